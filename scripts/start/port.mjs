// Is a port free, and if not, who holds it: enough for npm start to name the fix.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { createServer } from "node:net";
import { ABSENT_ADDRESS, LOOPBACK } from "./local-only.mjs";

/** Can `host` take `port`? An address this machine lacks (no IPv6) counts as free: nothing will listen there. */
function freeOn(host, port) {
  return new Promise((done) => {
    const probe = createServer()
      .once("error", (error) => done(host === LOOPBACK.ipv6 && ABSENT_ADDRESS.has(error.code)))
      .once("listening", () => probe.close(() => done(true)))
      .listen({ host, port, ipv6Only: true });
  });
}

/**
 * Is `port` free on the loopback addresses the server listens on? Probed there only: the probe never opens the port
 * to the network, and a server listening on every interface holds the loopback port too, so it is found.
 */
export async function portIsFree(port) {
  return (await freeOn(LOOPBACK.ipv4, port)) && (await freeOn(LOOPBACK.ipv6, port));
}

/** Linux: the sockets listening on `port` (from /proc/net/tcp and tcp6), as inode numbers. */
function listeningInodes(port) {
  const inodes = new Set();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const columns = line.trim().split(/\s+/);
      const local = columns[1];
      const state = columns[3];
      if (!local || state !== "0A") continue; // 0A: LISTEN
      if (Number.parseInt(local.split(":").pop() ?? "", 16) === port) inodes.add(columns[9]);
    }
  }
  return inodes;
}

/**
 * The process listening on `port`, as "PID (command line)", or null where it cannot be told (another OS, or a
 * process of another user).
 */
export function portOwner(port) {
  if (process.platform !== "linux") return null;
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return null;
  let pids;
  try {
    pids = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  for (const pid of pids) {
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(inode)) {
        const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
        return `${pid} (${command.length > 80 ? `${command.slice(0, 77)}...` : command})`;
      }
    }
  }
  return null;
}

/** The message for a busy port: the process to stop, or how to find it, and the --port way round. */
export function busyPortMessage(port) {
  const owner = portOwner(port);
  const find = process.platform === "win32" ? `netstat -ano | findstr :${port}` : `lsof -i :${port}`;
  return [
    `Port ${port} is already in use${owner ? ` by process ${owner}` : ""}.`,
    owner ? `  Stop it (kill ${owner.split(" ")[0]}), then run npm start again;` : `  Find the process with  ${find}  and stop it, then run npm start again;`,
    `  or serve on another port:  npm start -- --port ${port + 1}   (then load the manifest that server serves, https://localhost:${port + 1}/manifest.xml).`,
  ].join("\n");
}

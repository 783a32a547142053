// `npm start` behaves like a server: it serves / with the way to everything, stops on SIGINT or SIGTERM sent to the
// npm process, and a busy port gets a message that names the fix. It serves this computer only: loopback addresses,
// requests addressed to localhost, no wildcard CORS, a private key. Its / page and banner say how to trust the
// development certificate, and / saves manifest.xml as a file. Runs the real npm start (a development build).
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { connect, createServer, isIP, type Server } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import LOAD_STEPS from "../../src/shared/load-steps.json";

const ROOT = resolve(__dirname, "../..");
const certificates = mkdtempSync(join(tmpdir(), "dsr-start-certs-"));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
afterAll(() => rmSync(certificates, { recursive: true, force: true }));

interface Started {
  readonly child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

function start(args: string[], env: Record<string, string> = {}): Started {
  const child = spawn(npm, ["start", "--", ...args], {
    cwd: ROOT,
    env: { ...process.env, DSR_CERT_DIR: certificates, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  return { child, output: () => output, exited };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((wake) => setTimeout(wake, 200));
  }
}

/** A free port, found by binding port 0. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function isListening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
      .once("error", () => done(true))
      .once("listening", () => probe.close(() => done(false)))
      .listen(port);
  });
}

// The dev server's certificate is made for this test: accept it for these local requests only.
async function get(url: string): Promise<{ status: number; body: string }> {
  const { request } = await import("node:https");
  return new Promise((done, fail) => {
    request(url, { rejectUnauthorized: false }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => done({ status: response.statusCode ?? 0, body }));
    })
      .on("error", fail)
      .end();
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request to one address of this machine, with the Host header a browser (or a rebinding page) would send. */
async function ask(address: string, port: number, path: string, host: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { request } = await import("node:https");
  return new Promise((done, fail) => {
    request({ host: address, port, path, headers: { ...headers, Host: host }, rejectUnauthorized: false }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
    })
      .on("error", fail)
      .end();
  });
}

/** Linux: the addresses listening on `port` (from /proc/net/tcp and tcp6), e.g. "127.0.0.1", "::1". */
function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== "0A" || Number.parseInt(local.split(":")[1] ?? "", 16) !== port) continue;
      const hex = local.split(":")[0] ?? "";
      // /proc writes each 32-bit word of the address in host (little-endian) byte order.
      const words = (hex.match(/.{8}/g) ?? []).map((word) => (word.match(/../g) ?? []).reverse().join(""));
      found.push(
        hex.length === 8 ? (words[0]?.match(/../g) ?? []).map((byte) => Number.parseInt(byte, 16)).join(".") : words.join("").replace(/(.{4})(?!$)/g, "$1:"),
      );
    }
  }
  return found;
}

const isLoopback = (address: string): boolean => address.startsWith("127.") || address === "0000:0000:0000:0000:0000:0000:0000:0001" || address === "::1";

/** This machine's own addresses that are not loopback (link-local IPv6 left out: it needs a zone to connect). */
function ownNetworkAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && !info.internal && !info.address.toLowerCase().startsWith("fe80:"))
    .map((info) => info?.address ?? "");
}

/** Resolves to the error code of a TCP connection to address:port, or "connected". */
function tryConnect(address: string, port: number): Promise<string> {
  return new Promise((done) => {
    const socket = connect({ host: address, port, family: isIP(address) });
    socket.setTimeout(5_000, () => {
      socket.destroy();
      done("timeout");
    });
    socket.once("connect", () => {
      socket.destroy();
      done("connected");
    });
    socket.once("error", (error: NodeJS.ErrnoException) => done(error.code ?? "error"));
  });
}

describe("npm start", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "serves / (preview, guide, load steps) and stops when npm gets %s",
    async (signal) => {
      const port = await freePort();
      const server = start(["--port", String(port)]);
      await until(() => server.output().includes("Ctrl+C stops the server"), "the server to be ready", 240_000);
      const index = await get(`https://localhost:${port}/`);
      expect(index.status).toBe(200);
      expect(index.body).toContain('href="/taskpane.html"');
      expect(index.body).toContain('href="/guide/index.html"');
      for (const host of LOAD_STEPS.hosts) expect(index.body).toContain(host.host);
      for (const entry of LOAD_STEPS.trust.systems) expect(index.body).toContain(`<h3>${entry.system}</h3>`);
      expect((await get(`https://localhost:${port}/taskpane.html`)).status).toBe(200);
      // The manifest it serves names this port. The page's link saves it as a file (to pick in Upload My Add-in);
      // the route itself stays plain XML, as anything that fetches the manifest expects.
      expect(index.body).toContain('<a href="/manifest.xml" download="manifest.xml">');
      const manifest = await ask("127.0.0.1", port, "/manifest.xml", `localhost:${port}`);
      expect(manifest.status).toBe(200);
      expect(manifest.headers["content-disposition"]).toBeUndefined();
      expect(manifest.body).toContain(`https://localhost:${port}/taskpane.html`);
      expect(manifest.body).not.toContain("localhost:3000");
      // The banner says where the certificate is and whether this computer trusts it (with the steps if not).
      expect(server.output()).toContain("Development certificate:");
      expect(server.output()).toMatch(/This computer trusts it|trust it once|does not trust it yet/);
      // What npm run build adds after webpack, made after the build and served from memory: the guide, the
      // workbook, and functions.json whose help links name this port.
      await until(async () => (await get(`https://localhost:${port}/guide/index.html`)).status === 200, "the guide", 120_000);
      const metadata = await get(`https://localhost:${port}/functions.json`);
      expect(metadata.body).toContain(`https://localhost:${port}/guide/functions.html#sepshare`);
      expect(metadata.body).not.toContain("localhost:3000");
      expect((await get(`https://localhost:${port}/dsr-datasets.xlsx`)).status).toBe(200);

      server.child.kill(signal);
      await server.exited;
      expect(await isListening(port)).toBe(false);
    },
    300_000,
  );

  it("a busy port gets a message naming --port and the process to stop", async () => {
    const port = await freePort();
    const blocker: Server = createServer().listen(port);
    await new Promise((done) => blocker.once("listening", done));
    try {
      const server = start(["--port", String(port)]);
      const code = await server.exited;
      expect(code).toBe(1);
      expect(server.output()).toContain(`Port ${port} is already in use`);
      expect(server.output()).toContain(`--port ${port + 1}`);
      if (process.platform === "linux") expect(server.output()).toContain(`by process ${process.pid}`);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it("refuses a port that is not a number", async () => {
    const server = start(["--port", "abc"]);
    expect(await server.exited).toBe(2);
    expect(server.output()).toContain("--port needs a port number");
  }, 60_000);
  it("serves this computer only: loopback addresses, requests addressed to localhost, no wildcard CORS, a private key", async () => {
    const key = join(certificates, "localhost.key");
    // A key an earlier run left readable by others is made private on start.
    if (existsSync(key) && process.platform !== "win32") chmodSync(key, 0o644);
    const port = await freePort();
    const server = start(["--port", String(port)]);
    try {
      await until(() => server.output().includes("Ctrl+C stops the server"), "the server to be ready", 240_000);
      await until(async () => (await get(`https://localhost:${port}/guide/index.html`)).status === 200, "the guide", 120_000);
      expect(server.output()).toContain(`This computer only: listening on 127.0.0.1`);

      // Every route: our pages and assets, the compiled files, office.js, webpack-dev-server's own, a missing one.
      const routes = ["/", "/index.html", "/taskpane.html", "/functions.js", "/functions.json", "/manifest.xml", "/dsr-datasets.xlsx", "/guide/index.html"];
      routes.push(
        "/office-js/office.js",
        "/webpack-dev-server",
        "/webpack-dev-server/invalidate",
        "/__webpack_dev_server__/sockjs.bundle.js",
        "/ws",
        "/nothing-here",
      );
      // A rebinding page's own name, an IP address (webpack-dev-server alone lets any through), another port.
      const foreign = [`rebind.example:${port}`, `192.0.2.1:${port}`, `localhost:${port + 1}`, "localhost"];
      for (const path of routes) {
        for (const host of foreign) {
          const answer = await ask("127.0.0.1", port, path, host);
          expect(answer.status, `${host}${path}`).toBe(403);
          expect(answer.body.trimEnd().split("\n"), `${host}${path}`).toHaveLength(1);
          expect(answer.headers["content-type"]).toMatch(/^text\/plain/);
        }
        // (Not /webpack-dev-server/invalidate from here: it would rebuild.)
        if (path.endsWith("/invalidate")) continue;
        const answer = await ask("127.0.0.1", port, path, `localhost:${port}`, { Origin: "https://rebind.example" });
        expect(answer.headers["access-control-allow-origin"], path).toBeUndefined();
      }
      const upgrade = await ask("127.0.0.1", port, "/ws", `rebind.example:${port}`, { Connection: "Upgrade", Upgrade: "websocket" });
      expect(upgrade.status).toBe(403);
      for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) expect((await ask("127.0.0.1", port, "/", host)).status, host).toBe(200);

      // functions.json is read cross-origin by Excel on the web only: that origin exactly, nobody else.
      const excel = "https://excel.officeapps.live.com";
      expect((await ask("127.0.0.1", port, "/functions.json", `localhost:${port}`, { Origin: excel })).headers["access-control-allow-origin"]).toBe(excel);
      const lookalike = "https://excel.officeapps.live.com.rebind.example";
      expect(
        (await ask("127.0.0.1", port, "/functions.json", `localhost:${port}`, { Origin: lookalike })).headers["access-control-allow-origin"],
      ).toBeUndefined();

      // Bound to loopback only, and not reachable on this machine's own network addresses.
      if (process.platform === "linux") {
        const bound = listeningAddresses(port);
        expect(bound.length).toBeGreaterThan(0);
        for (const address of bound) expect(isLoopback(address), address).toBe(true);
      }
      for (const address of ownNetworkAddresses()) expect(await tryConnect(address, port), address).toBe("ECONNREFUSED");
      expect(await tryConnect("127.0.0.1", port)).toBe("connected");
      // Where ::1 is bound (the banner says so), it answers like 127.0.0.1.
      if (server.output().includes("127.0.0.1 and ::1")) {
        expect((await ask("::1", port, "/", `localhost:${port}`)).status).toBe(200);
        expect((await ask("::1", port, "/", `rebind.example:${port}`)).status).toBe(403);
      }

      if (process.platform !== "win32") expect(statSync(key).mode & 0o777).toBe(0o600);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }
  }, 300_000);

  it("refuses a bad ADDIN_URL in one line before serving anything", async () => {
    const server = start(["--port", String(await freePort())], { ADDIN_URL: "http://dsr-addin.example.org/" });
    expect(await server.exited).toBe(2);
    // npm prints its own "> script" header lines first.
    const lines = server
      .output()
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith(">"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ADDIN_URL must be an https URL/);
  }, 60_000);
});

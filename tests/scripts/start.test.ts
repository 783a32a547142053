// `npm start` behaves like a server: it serves / with the way to everything, stops on SIGINT or SIGTERM sent to the
// npm process, and a busy port gets a message that names the fix. Runs the real npm start (a development build).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
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

function start(args: string[]): Started {
  const child = spawn(npm, ["start", "--", ...args], { cwd: ROOT, env: { ...process.env, DSR_CERT_DIR: certificates }, stdio: ["ignore", "pipe", "pipe"] });
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
      expect((await get(`https://localhost:${port}/taskpane.html`)).status).toBe(200);
      // The manifest it serves names this port.
      const manifest = await get(`https://localhost:${port}/manifest.xml`);
      expect(manifest.body).toContain(`https://localhost:${port}/taskpane.html`);
      expect(manifest.body).not.toContain("localhost:3000");
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
});

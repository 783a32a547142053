#!/usr/bin/env node
// `npm start [-- --port N]`: builds and serves the add-in on https://localhost:3000 (webpack's dev server, in this
// process, rebuilding on change), with development certificates generated for this user (no sudo), and says how to
// load it into Excel. Works on any machine, Excel or not, root or not: without certificates it serves http and the
// browser preview still works. Ctrl+C, SIGINT or SIGTERM stops it.
// It serves this computer only (scripts/start/local-only.mjs): loopback addresses, requests addressed to localhost.
// While data/ is invalid it builds nothing and every page says what is wrong (the same lines as npm run check:data).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, watch } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeData } from "./build-data.mjs";
import { formatProblems } from "./check-data.mjs";
import { caTrusted, cert, ensureCertificates, trustInstructions } from "./start/certificates.mjs";
import { hostGuard, listenAlso, LOOPBACK, metadataCorsHeaders } from "./start/local-only.mjs";
import { dataProblemsPage, indexPage, loadSteps } from "./start/pages.mjs";
import { releaseAssets } from "./start/release-assets.mjs";
import { busyPortMessage, portIsFree } from "./start/port.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const DEFAULT_PORT = 3000;

function parsePort(args) {
  const at = args.findIndex((arg) => arg === "--port" || arg.startsWith("--port="));
  if (at === -1) return DEFAULT_PORT;
  const value = args[at].includes("=") ? args[at].split("=")[1] : args[at + 1];
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.log(`--port needs a port number from 1 to 65535 (got "${value ?? ""}"), e.g. npm start -- --port 3001`);
    process.exit(2);
  }
  return port;
}

/**
 * ADDIN_URL names a release's host for npm run build; this server always names itself (localhost). A wrong value is
 * refused here too, in one line, so it is fixed before a release build meets it.
 */
function checkAddinUrl(port) {
  const { addinUrlProblem } = require(join(root, "scripts/addin-url.cjs"));
  const value = process.env.ADDIN_URL;
  if (!value) return;
  const problem = addinUrlProblem(value);
  if (problem !== null) {
    console.log(problem);
    process.exit(2);
  }
  console.log(`ADDIN_URL is for npm run build: this server's manifest names https://localhost:${port}/.`);
}

function banner(base, https, certificateState, port, addresses) {
  const steps = loadSteps(root);
  const manifest = port === DEFAULT_PORT ? join(root, "manifest.xml") : `${base}manifest.xml (download it: this port is not the one manifest.xml names)`;
  const lines = [
    "",
    `DSR Standards add-in is served at ${base}   (open it for the links below)`,
    `  This computer only: listening on ${addresses.join(" and ")}, port ${port}, for requests addressed to localhost.`,
    `  Task pane preview:  ${base}taskpane.html   (catalog, search, preview, copy/CSV; no Excel needed)`,
    `  User guide:         ${base}guide/index.html`,
    `  Offline workbook:   ${base}dsr-datasets.xlsx`,
    "",
  ];
  if (https) {
    lines.push(...trustInstructions({ ...certificateState, steps }), "");
    lines.push("Load it into Excel:", `  ${steps.intro}`, `  The manifest: ${manifest}`);
    for (const host of steps.hosts) {
      lines.push(`  ${host.host}:`, ...host.steps.map((step, index) => `    ${index + 1}. ${step}`));
    }
    lines.push(`  ${steps.after}`);
  } else {
    lines.push(
      "Serving plain http: Excel only loads add-ins over https, so this is for the browser preview.",
      "Fix the certificate error above, or set DSR_CERT_DIR to a folder with ca.crt, localhost.crt and localhost.key,",
      "then run npm start again to load the add-in into Excel.",
    );
  }
  lines.push("", "Editing a file rebuilds it: reload the task pane to see the change. Ctrl+C stops the server.", "");
  return lines.join("\n");
}

/**
 * Keeps the data package's state: checked and compiled (src/generated/, npm run data) before the first build and
 * again whenever a file in data/ changes; a rewritten generated module rebuilds the bundles.
 */
function dataGuard() {
  let problems = [];
  let last = null;
  const dataDir = join(root, "data");
  const check = () => {
    // Both compilations ask at once after one save: share one check.
    if (last && Date.now() - last.at < 2_000) return last.promise;
    const promise = writeData(root).then(({ problems: found }) => {
      const wasValid = problems.length === 0;
      problems = found;
      if (!wasValid && found.length === 0) console.log("\ndata/ is valid again: rebuilt.");
      return found;
    });
    last = { at: Date.now(), promise };
    return promise;
  };
  return {
    problems: () => problems,
    check,
    /**
     * Rechecks (and recompiles) data/ on every change there, and the formula builder's reference on every change of
     * a function's JSDoc or the guide's examples, then has webpack rebuild: fixed or broken.
     */
    watch(invalidate) {
      let timer = null;
      const changed = () => {
        clearTimeout(timer);
        timer = setTimeout(() => void check().then(invalidate), 200);
      };
      watch(dataDir, changed);
      watch(join(root, "src", "functions"), (_event, name) => {
        if (typeof name === "string" && name.endsWith(".function.ts")) changed();
      });
      watch(join(root, "scripts", "build-guide.content.mjs"), changed);
    },
    /**
     * Fails a (re)build while data/ is invalid and emits nothing from it. (Throwing from a hook would stop the
     * watcher; an error in the compilation keeps it watching for the fix.)
     */
    apply(compiler) {
      const { WebpackError } = compiler.webpack;
      compiler.hooks.thisCompilation.tap("DsrDataGuard", (compilation) => {
        if (problems.length > 0)
          compilation.errors.push(new WebpackError(`${formatProblems(problems)}\nNothing was rebuilt; every page says so until data/ is fixed.`));
      });
      compiler.hooks.shouldEmit.tap("DsrDataGuard", () => problems.length === 0);
    },
  };
}

/**
 * The processes that started this one: `npm start` runs `sh -c "node scripts/start.mjs"`, and a SIGTERM sent to npm
 * ends npm and sh without reaching node. Watching them lets the server stop with the npm process it belongs to.
 */
function launchers() {
  const pids = [process.ppid];
  if (process.platform !== "win32") {
    try {
      const grandparent = Number(execFileSync("ps", ["-o", "ppid=", "-p", String(process.ppid)], { encoding: "utf8" }).trim());
      if (grandparent > 1) pids.push(grandparent);
    } catch {
      // No ps: the parent alone is watched.
    }
  }
  return pids;
}

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error?.code === "EPERM";
  }
};

async function main() {
  const port = parsePort(process.argv.slice(2));
  checkAddinUrl(port);
  if (!(await portIsFree(port))) {
    console.log(busyPortMessage(port));
    process.exit(1);
  }
  const guard = dataGuard();
  const initial = await guard.check();
  const certificates = await ensureCertificates();
  const https = certificates !== null;
  process.env.DSR_DEV_PORT = String(port);
  const base = `${https ? "https" : "http"}://localhost:${port}/`;

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  // What webpack-cli's `serve --mode development --stats errors-warnings` would set.
  const config = {
    ...require(join(root, "webpack.config.js"))({ WEBPACK_SERVE: true }, { mode: "development" }),
    mode: "development",
    stats: "errors-warnings",
  };
  const compiler = webpack(config);
  guard.apply(compiler);
  const { rewriteJsonUrls, OFFICE_JS_DIST } = require(join(root, "webpack.config.js"));
  const assets = releaseAssets(root, (text) => (port === DEFAULT_PORT ? text : rewriteJsonUrls(text, `https://localhost:${port}/`)));
  compiler.hooks.done.tap("DsrReleaseAssets", (stats) => {
    if (!stats.hasErrors()) void assets.refresh(compiler);
  });

  const tls = https ? { cert: readFileSync(cert.crt), key: readFileSync(cert.key), ...(existsSync(cert.ca) ? { ca: readFileSync(cert.ca) } : {}) } : null;
  const server = new WebpackDevServer(
    {
      // Loopback only; ::1 is served too, below (webpack-dev-server listens on one address).
      host: LOOPBACK.ipv4,
      port,
      server: tls ? { type: "https", options: tls } : { type: "http" },
      // The loopback names, exactly: also what lets Excel on the web load the ribbon's icons from this server
      // (webpack-dev-server refuses cross-site image requests to any host not listed). The host guard below refuses
      // every other Host header, on every route. No CORS header but functions.json's (dsr-pages, below).
      allowedHosts: ["localhost", LOOPBACK.ipv4, LOOPBACK.ipv6],
      static: [{ directory: OFFICE_JS_DIST, publicPath: "/office-js", watch: false }],
      // No client script: the pages' Content-Security-Policy allows no connections. Changes rebuild; reload the
      // task pane to see them. No WebSocket server either: nothing would connect to it.
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
      devMiddleware: { writeToDisk: false },
      setupMiddlewares(middlewares) {
        middlewares.unshift({
          name: "dsr-pages",
          middleware(request, response, next) {
            const path = (request.url ?? "/").split("?")[0];
            // Excel on the web reads functions.json cross-origin (whoever serves it: the release assets, or the
            // compiled file before they are made); nothing else here is for another origin to read.
            if (path === "/functions.json")
              for (const [name, value] of Object.entries(metadataCorsHeaders(request.headers.origin))) response.setHeader(name, value);
            const problems = guard.problems();
            const html = (status, body) => {
              response.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
              response.end(body);
            };
            if (problems.length > 0 && (path === "/" || path.endsWith(".html") || path.endsWith(".js"))) {
              if (path.endsWith(".js")) {
                response.writeHead(503, { "Content-Type": "text/plain; charset=utf-8" });
                return response.end(formatProblems(problems));
              }
              return html(503, dataProblemsPage(problems));
            }
            if (path === "/" || path === "/index.html") return html(200, indexPage(root, base));
            return assets.middleware(request, response, next);
          },
        });
        middlewares.unshift({ name: "dsr-host-guard", middleware: hostGuard(port, https) });
        return middlewares;
      },
    },
    compiler,
  );
  let ipv6Server = null;

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the server.`);
    if (ipv6Server) {
      ipv6Server.closeAllConnections();
      await new Promise((done) => ipv6Server.close(done));
    }
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGHUP", () => void stop("SIGHUP"));
  const watched = launchers();
  setInterval(() => {
    if (watched.some((pid) => !isAlive(pid))) void stop("npm stopped");
  }, 500).unref();

  console.log(
    initial.length > 0 ? "Serving the data package's problems until they are fixed." : "Building the add-in (the first build takes a little while)...",
  );
  await server.start();
  ipv6Server = await listenAlso({ app: server.app, tls, host: LOOPBACK.ipv6, port });
  const addresses = ipv6Server ? [LOOPBACK.ipv4, LOOPBACK.ipv6] : [LOOPBACK.ipv4];
  guard.watch(() => server.middleware?.invalidate());
  if (initial.length > 0) {
    console.log(`Open ${base} to see them there too.`);
    return;
  }
  await new Promise((done) => compiler.hooks.done.tap("DsrFirstBuild", done));
  // Whether this computer trusts the CA is asked once the server is up (on Windows it starts PowerShell).
  const certificateState = { created: certificates?.created ?? false, trusted: https ? await caTrusted() : null };
  console.log(banner(base, https, certificateState, port, addresses));
}

await main();

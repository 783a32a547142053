#!/usr/bin/env node
// `npm start`: builds and serves the add-in on https://localhost:3000 (webpack serve, rebuilding on change),
// with development certificates generated for this user (no sudo), and says how to load it into Excel.
// Works on any machine, Excel or not, root or not: without certificates it serves http and the browser preview
// still works. Ctrl+C stops it.
import { spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PORT = 3000;
const CERT_DAYS = 365;
// office-addin-dev-certs' own location, so `npx office-addin-dev-certs install` and office-addin-debugging find them.
const certDir = process.env.DSR_CERT_DIR ?? join(homedir(), ".office-addin-dev-certs");
const cert = { ca: join(certDir, "ca.crt"), crt: join(certDir, "localhost.crt"), key: join(certDir, "localhost.key") };

/** Days the localhost certificate stays valid, or null if it is missing or unreadable. */
function daysLeft() {
  if (![cert.ca, cert.crt, cert.key].every((file) => existsSync(file))) return null;
  try {
    const validTo = new Date(new X509Certificate(readFileSync(cert.crt)).validTo).getTime();
    return (validTo - Date.now()) / 86_400_000;
  } catch (error) {
    console.log(`The certificate in ${certDir} cannot be read (${error instanceof Error ? error.message : String(error)}): making a new one.`);
    return null;
  }
}

/** Reuses valid certificates, or generates a CA and a localhost certificate. Returns false if it cannot. */
async function ensureCertificates() {
  const left = daysLeft();
  if (left !== null && left > 1) return { created: false };
  try {
    // generateCertificates writes nothing when a CA file exists: clear the expired set first.
    for (const file of Object.values(cert)) rmSync(file, { force: true });
    const { generateCertificates } = await import("office-addin-dev-certs");
    await generateCertificates(cert.ca, cert.crt, cert.key, CERT_DAYS);
    if (daysLeft() === null) throw new Error(`no certificate was written to ${certDir}`);
    return { created: true };
  } catch (error) {
    console.log(`Could not create development certificates: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

function portIsFree(port) {
  return new Promise((done) => {
    const probe = createServer()
      .once("error", () => done(false))
      .once("listening", () => probe.close(() => done(true)))
      .listen(port, "localhost");
  });
}

function trustInstructions(created) {
  return [
    `Certificates: ${certDir}${created ? " (new: trust the CA once, then restart your browser or Excel)" : ""}`,
    `  Trust the CA (ca.crt) where you load the add-in:`,
    `  - Windows or Mac: npx office-addin-dev-certs install   (asks the system to trust it)`,
    `  - Linux, Chrome/Chromium: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${cert.ca}`,
    `    (certutil is in libnss3-tools; Firefox: Settings > Certificates > Import ${cert.ca})`,
  ];
}

function banner(base, https, created) {
  const lines = [
    "",
    "DSR Standards add-in is served at " + base,
    `  Preview in any browser:  ${base}taskpane.html   (catalog, search, preview, copy/CSV; no Excel needed)`,
    `  User guide:              ${base}guide/index.html`,
    `  Offline workbook:        ${base}dsr-datasets.xlsx`,
    "",
  ];
  if (https) {
    lines.push(
      "Load it into Excel:",
      "  - Excel on the web: open a workbook, Home > Add-ins > More Add-ins > Upload My Add-in, choose",
      `    ${join(root, "manifest.xml")}`,
      "  - Excel on Windows or Mac: in another terminal, run  npx office-addin-debugging start manifest.xml desktop",
      "    (downloaded on demand; on Mac you can also copy manifest.xml to",
      "    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel)",
      "  Then Home > DSR Datasets opens the task pane, and =DSR.SEPSHARE(\"Huawei\") works in any cell.",
      "",
      ...trustInstructions(created),
    );
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

/** One GET of our own server, trusting the CA we made; resolves to the status code (0: not answering yet). */
function statusOf(url, ca) {
  return new Promise((done) => {
    const client = url.startsWith("https:") ? httpsGet : httpGet;
    const request = client(url, ca ? { ca } : {}, (response) => {
      response.resume();
      done(response.statusCode ?? 0);
    });
    request.on("error", () => done(0));
    request.setTimeout(5_000, () => request.destroy());
  });
}

async function waitUntilServing(url, ca, child) {
  // Up to 5 minutes for the first build on a slow machine; stop waiting if the server exits.
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt += 1) {
    if ((await statusOf(url, ca)) === 200) return true;
    await new Promise((wake) => setTimeout(wake, 500));
  }
  return false;
}

async function main() {
  if (!(await portIsFree(PORT))) {
    console.log(`Port ${PORT} is already in use (another npm start?). The manifest names https://localhost:${PORT}/: stop the other server first.`);
    process.exit(1);
  }
  const certificates = await ensureCertificates();
  const https = certificates !== null;
  const env = { ...process.env };
  if (https) Object.assign(env, { DSR_DEV_CERT: cert.crt, DSR_DEV_KEY: cert.key, DSR_DEV_CA: cert.ca });
  else for (const name of ["DSR_DEV_CERT", "DSR_DEV_KEY", "DSR_DEV_CA"]) delete env[name];

  console.log("Building the add-in (first build takes a little while)...");
  const webpackCli = join(root, "node_modules/webpack-cli/bin/cli.js");
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development", "--stats", "errors-warnings"], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  const stop = (signal) => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

  const base = `${https ? "https" : "http"}://localhost:${PORT}/`;
  const ca = https ? readFileSync(cert.ca) : null;
  if (await waitUntilServing(`${base}taskpane.html`, ca, child)) console.log(banner(base, https, certificates?.created ?? false));
}

await main();

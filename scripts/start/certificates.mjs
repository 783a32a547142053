// Development certificates for https://localhost, generated for this user by office-addin-dev-certs (no sudo).
// office-addin-dev-certs' `install` cannot trust its CA without admin rights and exits 0 anyway, so this never
// relies on its exit code: it checks the files it wrote.
// The private key is this user's alone: office-addin-dev-certs writes it with the default mode (world-readable under
// the usual umask 022), so it is generated in a private folder, made 0600 there, then moved into place; a key left
// readable by an earlier run is made 0600 on every start.
import { X509Certificate } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const CERT_DAYS = 365;
const OWNER_ONLY_FILE = 0o600;
const OWNER_ONLY_FOLDER = 0o700;
// office-addin-dev-certs' own location, so `npx office-addin-dev-certs install` finds them.
const defaultCertDir = join(homedir(), ".office-addin-dev-certs");
export const certDir = process.env.DSR_CERT_DIR ?? defaultCertDir;
export const cert = { ca: join(certDir, "ca.crt"), crt: join(certDir, "localhost.crt"), key: join(certDir, "localhost.key") };

/** Windows keeps no Unix modes (chmod sets only the read-only flag): its user profile folder is already private. */
const hasUnixModes = process.platform !== "win32";

/**
 * Makes the key readable by its owner only, and the default folder (ours and office-addin-dev-certs') 0700. A folder
 * named by DSR_CERT_DIR is the user's to set: only the key in it is changed.
 */
export function protectKey() {
  if (!hasUnixModes) return;
  const restrict = (path, mode) => {
    if (!existsSync(path) || (statSync(path).mode & 0o777) === mode) return;
    try {
      chmodSync(path, mode);
    } catch (error) {
      // Another user's file: it cannot be made private from here, and the user must know.
      console.log(
        `${path} is readable by others and cannot be made private (${error instanceof Error ? error.message : String(error)}): chmod ${mode.toString(8)} it.`,
      );
    }
  };
  restrict(cert.key, OWNER_ONLY_FILE);
  if (certDir === defaultCertDir) restrict(certDir, OWNER_ONLY_FOLDER);
}

/** Generates the three files in a private folder inside certDir (0700, as mkdtemp makes it), then moves them in. */
async function generateInto() {
  mkdirSync(certDir, { recursive: true, mode: OWNER_ONLY_FOLDER });
  const staging = mkdtempSync(join(certDir, ".new-"));
  try {
    const staged = { ca: join(staging, "ca.crt"), crt: join(staging, "localhost.crt"), key: join(staging, "localhost.key") };
    const { generateCertificates } = await import("office-addin-dev-certs");
    await generateCertificates(staged.ca, staged.crt, staged.key, CERT_DAYS);
    if (hasUnixModes) chmodSync(staged.key, OWNER_ONLY_FILE);
    // The key first: the CA's presence is what marks a complete set.
    for (const name of ["key", "crt", "ca"]) renameSync(staged[name], cert[name]);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

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

/** Reuses valid certificates, or generates a CA and a localhost certificate. Resolves to null if it cannot. */
export async function ensureCertificates() {
  const left = daysLeft();
  if (left !== null && left > 1) {
    protectKey();
    return { created: false };
  }
  try {
    // The expired or partial set goes first: a certificate must never be paired with another run's key.
    for (const file of Object.values(cert)) rmSync(file, { force: true });
    await generateInto();
    protectKey();
    if (daysLeft() === null) throw new Error(`no certificate was written to ${certDir}`);
    return { created: true };
  } catch (error) {
    console.log(`Could not create development certificates: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** The system whose trust steps apply here (src/shared/load-steps.json names them so). */
export function systemName(platform = process.platform) {
  return platform === "win32" ? "Windows" : platform === "darwin" ? "Mac" : "Linux";
}

// Where Linux keeps the bundle of trusted CAs that update-ca-certificates (Debian, Ubuntu) and update-ca-trust
// (Fedora) write.
const SYSTEM_BUNDLES = ["/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/ca-bundle.pem"];

/** The base64 body of a PEM certificate, on one line: how it appears in a bundle whatever its line breaks. */
const pemBody = (pem) => pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");

/**
 * Whether this computer trusts npm start's CA: true, false, or null when it cannot tell. Linux: the system bundle
 * holds this very CA. Windows and Mac: office-addin-dev-certs' own check (its verify: the CA's name in the user's
 * store or keychain), which looks in its default folder only.
 * @param {readonly string[]} bundles Linux's bundle files, the first that exists is read (a test names its own)
 */
export async function caTrusted(bundles = SYSTEM_BUNDLES) {
  if (!existsSync(cert.ca)) return null;
  if (process.platform === "linux") {
    const bundle = bundles.find((file) => existsSync(file));
    if (bundle === undefined) return null;
    const body = pemBody(readFileSync(cert.ca, "utf8"));
    return pemBody(readFileSync(bundle, "utf8")).includes(body);
  }
  if (certDir !== defaultCertDir) return null;
  const { getCaCertificateStatus, CertificateStatus } = await import("office-addin-dev-certs");
  try {
    const { status, error } = getCaCertificateStatus();
    if (status === CertificateStatus.Error) throw error;
    return status === CertificateStatus.Installed ? true : status === CertificateStatus.NotInstalled ? false : null;
  } catch (error) {
    // Its check runs a script (PowerShell, security): when that fails, the banner gives the steps anyway.
    console.log(`Could not check whether this computer trusts the development CA: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/**
 * What the banner says about the certificate: where it is, whether this computer trusts it, and if it does not (or
 * cannot tell) this system's steps from src/shared/load-steps.json, word for word.
 * @param {{ created: boolean, trusted: boolean | null, steps: { trust: { systems: { system: string, steps: string[] }[] } }, system?: string }} state
 */
export function trustInstructions({ created, trusted, steps, system = systemName() }) {
  const lines = [`Development certificate: ${certDir}${created ? " (made just now)" : ""}`];
  const own = steps.trust.systems.find((entry) => entry.system === system) ?? steps.trust.systems[0];
  const numbered = (list, from = 1) => list.map((step, index) => `    ${index + from}. ${step}`);
  if (trusted === true && system === "Linux") {
    // What is checked there is the system's list (step 1); the browsers keep their own.
    return [
      ...lines,
      "  The system trusts it. Chrome, Chromium and Firefox keep their own lists: if one says the connection is not private:",
      ...numbered(own.steps.slice(1), 2),
    ];
  }
  if (trusted === true) return [...lines, "  This computer trusts it: Excel and your browser will open https://localhost."];
  lines.push(
    trusted === false
      ? "  This computer does not trust it yet: Excel and your browser will refuse https://localhost until you do this once:"
      : "  If your browser says the connection is not private, or Excel cannot load the add-in, trust it once:",
  );
  lines.push(...numbered(own.steps));
  if (certDir !== defaultCertDir) lines.push(`  (DSR_CERT_DIR is set: your CA is ${cert.ca}, not the one in ~/.office-addin-dev-certs.)`);
  return lines;
}

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

export function trustInstructions(created) {
  return [
    `Certificates: ${certDir}${created ? " (new: trust the CA once, then restart your browser or Excel)" : ""}`,
    `  Trust the CA (ca.crt) where you load the add-in:`,
    `  - Windows or Mac: npx office-addin-dev-certs install   (asks the system to trust it; check that it says so)`,
    `  - Linux, Chrome/Chromium: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${cert.ca}`,
    `    (certutil is in libnss3-tools; Firefox: Settings > Certificates > Import ${cert.ca})`,
  ];
}

// Development certificates for https://localhost, generated for this user by office-addin-dev-certs (no sudo).
// office-addin-dev-certs' `install` cannot trust its CA without admin rights and exits 0 anyway, so this never
// relies on its exit code: it checks the files it wrote.
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const CERT_DAYS = 365;
// office-addin-dev-certs' own location, so `npx office-addin-dev-certs install` finds them.
export const certDir = process.env.DSR_CERT_DIR ?? join(homedir(), ".office-addin-dev-certs");
export const cert = { ca: join(certDir, "ca.crt"), crt: join(certDir, "localhost.crt"), key: join(certDir, "localhost.key") };

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

export function trustInstructions(created) {
  return [
    `Certificates: ${certDir}${created ? " (new: trust the CA once, then restart your browser or Excel)" : ""}`,
    `  Trust the CA (ca.crt) where you load the add-in:`,
    `  - Windows or Mac: npx office-addin-dev-certs install   (asks the system to trust it; check that it says so)`,
    `  - Linux, Chrome/Chromium: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${cert.ca}`,
    `    (certutil is in libnss3-tools; Firefox: Settings > Certificates > Import ${cert.ca})`,
  ];
}

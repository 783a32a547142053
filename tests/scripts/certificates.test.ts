// The development key (scripts/start/certificates.mjs) is readable by its owner only: generated so, in a folder npm
// start creates 0700, and made so on start when an earlier run left it readable by others.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Certificates = typeof import("../../scripts/start/certificates.mjs");

const scratch = mkdtempSync(join(tmpdir(), "dsr-certificates-"));
const certDir = join(scratch, "new-folder");
let certificates: Certificates;
const modeOf = (path: string): number => statSync(path).mode & 0o777;
// Windows keeps no Unix modes: there the files are checked to exist, as npm start wrote them.
const unixModes = process.platform !== "win32";

beforeAll(async () => {
  // certificates.mjs reads DSR_CERT_DIR when it loads.
  const saved = process.env.DSR_CERT_DIR;
  process.env.DSR_CERT_DIR = certDir;
  try {
    certificates = await import("../../scripts/start/certificates.mjs");
  } finally {
    if (saved === undefined) delete process.env.DSR_CERT_DIR;
    else process.env.DSR_CERT_DIR = saved;
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the development key", () => {
  it("is generated 0600, in a folder npm start creates 0700", async () => {
    expect(await certificates.ensureCertificates()).toEqual({ created: true });
    expect(readFileSync(certificates.cert.key, "utf8")).toContain("PRIVATE KEY");
    if (unixModes) {
      expect(modeOf(certificates.cert.key)).toBe(0o600);
      expect(modeOf(certDir)).toBe(0o700);
    }
  });

  it("left readable by an earlier run, is made 0600 on start (and reused)", async () => {
    chmodSync(certificates.cert.key, 0o644);
    expect(await certificates.ensureCertificates()).toEqual({ created: false });
    if (unixModes) expect(modeOf(certificates.cert.key)).toBe(0o600);
  });

  it("protectKey changes nothing but the key's mode", () => {
    const key = readFileSync(certificates.cert.key, "utf8");
    chmodSync(certificates.cert.key, 0o664);
    certificates.protectKey();
    if (unixModes) expect(modeOf(certificates.cert.key)).toBe(0o600);
    expect(readFileSync(certificates.cert.key, "utf8")).toBe(key);
  });
});

describe("whether this computer trusts the development CA (Linux: the system bundle holds it)", () => {
  it.runIf(process.platform === "linux")("is true when the bundle holds this CA, whatever its line breaks, and false when not", async () => {
    const ca = readFileSync(certificates.cert.ca, "utf8");
    const bundle = join(scratch, "ca-certificates.crt");
    const other = "-----BEGIN CERTIFICATE-----\nMIIBotherCA\n-----END CERTIFICATE-----\n";
    writeFileSync(bundle, other);
    expect(await certificates.caTrusted([bundle])).toBe(false);
    // update-ca-certificates rewrites each PEM with 64-character lines.
    const body = ca.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");
    writeFileSync(bundle, `${other}-----BEGIN CERTIFICATE-----\n${(body.match(/.{1,64}/g) ?? []).join("\n")}\n-----END CERTIFICATE-----\n`);
    expect(await certificates.caTrusted([bundle])).toBe(true);
    expect(await certificates.caTrusted([join(scratch, "no-bundle-here")])).toBeNull();
  });
});

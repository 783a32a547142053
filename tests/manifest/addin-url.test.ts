// ADDIN_URL (scripts/addin-url.cjs): anything but a plain https base URL is refused in one line, by the build itself
// (no stack trace, nothing built); a good one that needs escaping (& and ' in its path, an IDN host's "xn--") is
// written so that the manifest still parses to exactly that URL, validates, and functions.json still parses.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { attr, descendants, readManifest } from "./read-manifest";

const root = resolve(__dirname, "../..");
const source = readFileSync(resolve(root, "manifest.xml"), "utf8");
const scratch = mkdtempSync(join(tmpdir(), "dsr-addin-url-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface AddinUrlModule {
  DEV_URL: string;
  addinUrlProblem(value: string): string | null;
  rewriteManifestUrls(xml: string, baseUrl: string | null): string;
  rewriteJsonUrls(json: string, baseUrl: string | null): string;
}
interface CopyPattern {
  from: string;
  transform?: (content: Buffer) => string;
}
type WebpackConfig = (env: Record<string, unknown>, argv: { mode: string }) => { plugins: unknown[] };
const load = createRequire(import.meta.url);
const addinUrl = load(resolve(root, "scripts/addin-url.cjs")) as AddinUrlModule;
const webpackConfig = load(resolve(root, "webpack.config.js")) as WebpackConfig;

/** Values a user might set that must never reach a manifest. */
const BAD = [
  "http://dsr-addin.example.org/",
  "not a url",
  "https://dsr-addin.example.org/?a=1&b=2",
  'https://dsr-addin.example.org/a"b/',
  "https://analyst:s3cret@dsr-addin.example.org/",
  "https://dsr-addin.example.org/#top/",
  "https://dsr-addin.example.org/excel",
  "https://dsr-addin.example.org/a b/",
  "https://dsr-addin.example.org/\nBuilt",
];
/** The ones the build itself is run with (each run loads webpack): one of each kind the issue names. */
const BAD_BUILDS = BAD.slice(0, 5);
/** Needs escaping in XML (& and '), and in an XML comment (xn-- holds "--"). */
const NEEDS_ESCAPING = "https://xn--bcher-kva.example/team&co/o'brien/";

/** The build's own command line with ADDIN_URL set; where it would build is a scratch folder. */
function buildWith(value: string): { status: number | null; output: string; dist: string } {
  const dist = join(scratch, `dist-${BAD.indexOf(value)}`);
  const run = spawnSync(process.execPath, [join(root, "scripts/build.mjs"), "--mode", "production"], {
    cwd: root,
    env: { ...process.env, ADDIN_URL: value, DSR_DIST: dist },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, dist };
}

/** Every URL attribute the manifest names (DefaultValue of its URL-bearing elements), as the parser reads it. */
function urlsOf(root: Parameters<typeof descendants>[0]): string[] {
  const tags = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Url", "bt:Image"];
  return tags.flatMap((tag) => descendants(root, tag).map((node) => attr(node, "DefaultValue"))).filter((url) => url !== "");
}

/** The shared XML-schema validator, where it and xmllint are installed (CI); null elsewhere. */
function schemaValidator(): string | null {
  const validator = process.env.VALIDATE_MANIFEST ?? resolve(root, "../shared/tools/validate-manifest");
  const xmllint = spawnSync("xmllint", ["--version"]);
  return existsSync(validator) && xmllint.status === 0 ? validator : null;
}

describe("ADDIN_URL is refused in one line when it is not a plain https base URL", () => {
  it.each(BAD)("refuses %j, naming ADDIN_URL, in one line", (value) => {
    const problem = addinUrl.addinUrlProblem(value);
    expect(problem).toMatch(/^ADDIN_URL /);
    expect(problem?.split("\n")).toHaveLength(1);
    expect(problem).not.toContain("s3cret");
  });

  it("accepts a plain https base URL, with a port or a path", () => {
    for (const good of ["https://dsr-addin.example.org/", "https://dsr-addin.example.org:8443/excel/", NEEDS_ESCAPING]) {
      expect(addinUrl.addinUrlProblem(good), good).toBeNull();
    }
  });

  it.each(BAD_BUILDS)("npm run build with ADDIN_URL=%j prints one line naming ADDIN_URL, no stack trace, builds nothing", (value) => {
    const { status, output, dist } = buildWith(value);
    expect(status).toBe(1);
    const lines = output.trimEnd().split("\n");
    expect(lines, output).toHaveLength(1);
    expect(lines[0]).toMatch(/^ADDIN_URL /);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/^Built /m);
    expect(output).not.toContain("s3cret");
    expect(existsSync(dist)).toBe(false);
  });
});

describe("a good ADDIN_URL that needs escaping", () => {
  const rewritten = addinUrl.rewriteManifestUrls(source, NEEDS_ESCAPING);

  it("is what the build's manifest copy writes", () => {
    const saved = process.env.ADDIN_URL;
    process.env.ADDIN_URL = NEEDS_ESCAPING;
    try {
      const copy = webpackConfig({}, { mode: "production" }).plugins.flatMap((plugin) => (plugin as { patterns?: CopyPattern[] }).patterns ?? []);
      const manifestCopy = copy.find((pattern) => pattern.from === "manifest.xml");
      expect(manifestCopy?.transform?.(Buffer.from(source))).toBe(rewritten);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  });

  it("gives a manifest the offline parser reads back to exactly that URL, and the schema accepts", async () => {
    const file = join(scratch, "manifest.xml");
    writeFileSync(file, rewritten);
    const manifest = await readManifest(file);
    const sourceUrls = urlsOf((await readManifest(resolve(root, "manifest.xml"))).root);
    const urls = urlsOf(manifest.root);
    expect(urls).toEqual(sourceUrls.map((url) => url.replace(addinUrl.DEV_URL, NEEDS_ESCAPING)));
    expect(manifest.info.defaultSettings?.sourceLocation).toBe(`${NEEDS_ESCAPING}taskpane.html`);
    // A comment can hold no "--": the one naming the URL writes the hyphen %2D, the same URL.
    for (const comment of rewritten.match(/<!--([\s\S]*?)-->/g) ?? []) expect(comment.slice(4, -3)).not.toContain("--");
    expect(rewritten).not.toContain("localhost");
    const validator = schemaValidator();
    if (validator !== null) expect(spawnSync(validator, [file], { encoding: "utf8" }).status).toBe(0);
  });

  it("gives a functions.json that parses, its help links naming exactly that URL", () => {
    const metadata = JSON.stringify({ functions: [{ id: "SEPSHARE", helpUrl: `${addinUrl.DEV_URL}guide/functions.html#sepshare` }] }, null, 2);
    const parsed = JSON.parse(addinUrl.rewriteJsonUrls(metadata, 'https://dsr.example/a&b/"q"/')) as { functions: { helpUrl: string }[] };
    expect(parsed.functions[0]?.helpUrl).toBe('https://dsr.example/a&b/"q"/guide/functions.html#sepshare');
  });
});

// The manifest an administrator deploys: it validates against the add-in manifest schema (as written, as built, and
// as rewritten for production), keeps its identity, asks for no more than it needs, and every URL it names is
// served by the build, on one origin.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const dist = resolve(root, process.env.DSR_DIST ?? "dist");
const source = readFileSync(resolve(root, "manifest.xml"), "utf8");
const PRODUCTION_URL = "https://dsr-addin.example.org/excel/";

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode: string }): readonly { plugins: unknown[] }[];
  rewriteUrls(text: string, addinUrl: string | null): string;
  readAddinUrl(): string | null;
  DEV_URL: string;
}
const webpackConfig = createRequire(import.meta.url)(resolve(root, "webpack.config.js")) as WebpackConfigModule;

/** The shared validator (CI has it at ../shared; developers at /work/shared). */
function validatorPath(): string {
  const candidates = [resolve(root, "../shared/tools/validate-manifest"), "/work/shared/tools/validate-manifest"];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`validate-manifest not found in ${candidates.join(" or ")}`);
  return found;
}

function validate(file: string): { status: number | null; output: string } {
  const run = spawnSync(validatorPath(), [file], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function urlsOf(xml: string): string[] {
  return [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((match) => match[1] ?? "");
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function withAddinUrl<T>(value: string | undefined, run: () => T): T {
  const saved = process.env.ADDIN_URL;
  if (value === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = value;
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
}

describe("manifest.xml", () => {
  it("validates against the add-in manifest schema", () => {
    const result = validate(resolve(root, "manifest.xml"));
    expect(result.output).toContain("validates");
    expect(result.status).toBe(0);
  });

  it("the built dist/manifest.xml validates too", () => {
    expect(validate(resolve(dist, "manifest.xml")).status).toBe(0);
  });

  it("keeps its identity and asks for no more than it needs", () => {
    // The Id is the add-in's identity in every tenant that deployed it: it never changes.
    expect(source).toContain("<Id>29ab4079-a988-4d4f-89b2-6d5f6b26cf89</Id>");
    expect(source).toMatch(/<Version>\d+\.\d+\.\d+\.\d+<\/Version>/);
    expect(source).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(source).toMatch(/<Host Name="Workbook"\/>/);
    expect(source).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.\d"\/>/);
    expect(source).toMatch(/<bt:String id="[^"]+" DefaultValue="DSR"\/>/);
    expect(source).toMatch(/<SupportUrl DefaultValue="https:\/\/[^"]+"\/>/);
  });

  it("has a Home tab button that opens the task pane, with a supertip", () => {
    const tab = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(source)?.[1] ?? "";
    expect(tab).toMatch(/<Control xsi:type="Button"/);
    expect(tab).toMatch(/<Supertip>\s*<Title resid="[^"]+"\/>\s*<Description resid="[^"]+"\/>\s*<\/Supertip>/);
    expect(tab).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="([^"]+)"\/>/);
  });

  it.each([16, 32, 64, 80, 128])("has a %i px icon drawn for it", (size) => {
    expect(pngSize(resolve(root, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  it("names only URLs the build serves, on one origin (custom functions page, script and metadata together)", () => {
    const urls = urlsOf(source);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(webpackConfig.DEV_URL), url).toBe(true);
      const file = url.slice(webpackConfig.DEV_URL.length).split("#")[0] ?? "";
      expect(existsSync(resolve(dist, file)), `${url} is not in the build`).toBe(true);
    }
  });
});

describe("the production rewrite (ADDIN_URL)", () => {
  it("rewrites every development URL and the result validates", () => {
    const rewritten = webpackConfig.rewriteUrls(source, PRODUCTION_URL);
    expect(rewritten).not.toContain("localhost");
    for (const url of urlsOf(rewritten)) expect(url.startsWith(PRODUCTION_URL), url).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), "dsr-manifest-")), "manifest.xml");
    writeFileSync(file, rewritten);
    expect(validate(file).status).toBe(0);
  });

  it("rewrites the help links of functions.json", () => {
    const metadata = readFileSync(resolve(dist, "functions.json"), "utf8");
    const rewritten = JSON.parse(webpackConfig.rewriteUrls(metadata, PRODUCTION_URL)) as { functions: { helpUrl?: string }[] };
    for (const fn of rewritten.functions) expect(fn.helpUrl).toMatch(new RegExp(`^${PRODUCTION_URL.replace(/[./]/g, "\\$&")}guide/functions\\.html#[a-z]+$`));
  });

  it("rejects a base URL that is not https or does not end with /", () => {
    for (const bad of ["https://dsr-addin.example.org", "http://dsr-addin.example.org/", "dsr-addin.example.org/"]) {
      expect(() => withAddinUrl(bad, () => webpackConfig.readAddinUrl()), bad).toThrow(/ADDIN_URL/);
    }
    expect(withAddinUrl(PRODUCTION_URL, () => webpackConfig.readAddinUrl())).toBe(PRODUCTION_URL);
    expect(withAddinUrl(undefined, () => webpackConfig.readAddinUrl())).toBeNull();
  });

  it("a production build config loads office.js from Microsoft's CDN; a local one ships the copy", () => {
    const pageParameters = (configs: readonly { plugins: unknown[] }[]): unknown =>
      (configs.flatMap((config) => config.plugins).find((plugin) => (plugin as { userOptions?: { filename?: string } }).userOptions?.filename === "taskpane.html") as
        { userOptions: { templateParameters: { officeJsUrl: string } } }).userOptions.templateParameters.officeJsUrl;
    const production = withAddinUrl(PRODUCTION_URL, () => webpackConfig({}, { mode: "production" }));
    expect(pageParameters(production)).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const local = withAddinUrl(undefined, () => webpackConfig({}, { mode: "production" }));
    expect(pageParameters(local)).toBe("office-js/office.js");
    expect(existsSync(resolve(dist, "office-js/office.js"))).toBe(true);
  });
});

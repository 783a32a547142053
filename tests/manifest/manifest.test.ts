// The manifest an administrator deploys, read with office-addin-manifest (the parser Office's own tooling uses):
// it keeps its identity, asks for no more than it needs, names only what the build serves on one origin, and the
// production rewrite (ADDIN_URL) changes nothing but the origin. XML-schema validation needs xmllint and the
// shared schemas, so it is a CI step (`npm run validate:manifest`), not a test.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareVersions, EXCLUDED_HOSTS, HOST_MATRIX } from "../hosts/host-matrix";
import { attr, children, descendants, readManifest, requiredSets, resource, type ReadManifest } from "./read-manifest";

const root = resolve(__dirname, "../..");
const dist = resolve(root, process.env.DSR_DIST ?? "dist");
const source = readFileSync(resolve(root, "manifest.xml"), "utf8");
const PRODUCTION_URL = "https://dsr-addin.example.org/excel/";
const ADDIN_ID = "29ab4079-a988-4d4f-89b2-6d5f6b26cf89";

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode: string }): { plugins: unknown[] };
  rewriteManifestUrls(text: string, addinUrl: string | null): string;
  rewriteJsonUrls(text: string, addinUrl: string | null): string;
  readAddinUrl(): string | null;
  DEV_URL: string;
}
const webpackConfig = createRequire(import.meta.url)(resolve(root, "webpack.config.js")) as WebpackConfigModule;

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

/** Every URL the manifest names: attributes DefaultValue of its URL-bearing elements. */
function urlsOf(manifest: ReadManifest): string[] {
  const tags = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Url", "bt:Image"];
  return tags
    .flatMap((tag) => descendants(manifest.root, tag))
    .map((node) => attr(node, "DefaultValue"))
    .filter((url) => url !== "");
}

let scratch: string;
let manifest: ReadManifest;
let production: ReadManifest;
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "dsr-manifest-"));
  manifest = await readManifest(resolve(root, "manifest.xml"));
  const rewritten = join(scratch, "manifest.xml");
  writeFileSync(rewritten, webpackConfig.rewriteManifestUrls(source, PRODUCTION_URL));
  production = await readManifest(rewritten);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("manifest.xml, as office-addin-manifest reads it", () => {
  it("keeps its identity and asks for no more than it needs", () => {
    // The Id is the add-in's identity in every tenant that deployed it: it never changes.
    expect(manifest.info.id).toBe(ADDIN_ID);
    expect(manifest.info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(manifest.info.officeAppType).toBe("TaskPaneApp");
    expect(manifest.info.hosts).toEqual(["Workbook"]);
    expect(manifest.info.permissions).toBe("ReadWriteDocument");
    expect(manifest.info.defaultLocale).toBe("en-US");
    // One name for the product everywhere (manifest, ribbon, pane, guide, README, workbook).
    expect(manifest.info.displayName).toBe("DSR Standards");
    expect(manifest.info.providerName).not.toBe("");
  });

  it("names the DSR namespace for its custom functions, with script, page and metadata", () => {
    const extension = descendants(manifest.root, "ExtensionPoint").find((node) => attr(node, "xsi:type") === "CustomFunctions");
    expect(extension).toBeDefined();
    expect(resource(manifest.root, attr(children(extension, "Namespace")[0], "resid"))).toBe("DSR");
    const location = (tag: string): string => resource(manifest.root, attr(children(children(extension, tag)[0], "SourceLocation")[0], "resid"));
    expect(location("Script")).toMatch(/\/functions\.js$/);
    expect(location("Metadata")).toMatch(/\/functions\.json$/);
    expect(location("Page")).toMatch(/\/taskpane\.html$/);
  });

  it("runs the task pane and the functions in one long-lived shared runtime (the same resid everywhere)", () => {
    // https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime
    const runtimes = descendants(manifest.root, "Runtime");
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0];
    expect(attr(runtime, "lifetime")).toBe("long");
    const resid = attr(runtime, "resid");
    const functions = descendants(manifest.root, "ExtensionPoint").find((node) => attr(node, "xsi:type") === "CustomFunctions");
    expect(attr(children(children(functions, "Page")[0], "SourceLocation")[0], "resid")).toBe(resid);
    const action = descendants(manifest.root, "Action").find((node) => attr(node, "xsi:type") === "ShowTaskpane");
    expect(attr(children(action, "SourceLocation")[0], "resid")).toBe(resid);
    expect(resource(manifest.root, resid)).toMatch(/\/taskpane\.html$/);
    expect(requiredSets(manifest.root).get("SharedRuntime")).toBe("1.1");
  });

  it.each(HOST_MATRIX.map((row) => [row.excel, row.sets] as const))("installs on %s: it has every set the manifest requires", (_excel, sets) => {
    for (const [name, version] of requiredSets(manifest.root)) {
      expect(sets[name], `${name} ${version}`).toBeDefined();
      expect(compareVersions(sets[name] ?? "0", version), `${name} ${version}`).toBeGreaterThanOrEqual(0);
    }
  });

  it.each(EXCLUDED_HOSTS.map((host) => [host.excel, host] as const))("stays off %s", (_excel, host) => {
    const lacking = [...requiredSets(manifest.root)].filter(
      ([name, version]) => host.sets[name] === undefined || compareVersions(host.sets[name] ?? "0", version) < 0,
    );
    expect(lacking.length, host.why).toBeGreaterThan(0);
  });

  it("has a Home tab button that opens the task pane, with a supertip", () => {
    const tab = descendants(manifest.root, "OfficeTab").find((node) => attr(node, "id") === "TabHome");
    const button = descendants(tab ?? {}, "Control").find((node) => attr(node, "xsi:type") === "Button");
    expect(button).toBeDefined();
    const supertip = children(button, "Supertip")[0];
    expect(resource(manifest.root, attr(children(supertip, "Title")[0], "resid"))).not.toBe("");
    expect(resource(manifest.root, attr(children(supertip, "Description")[0], "resid"))).not.toBe("");
    const action = children(button, "Action")[0];
    expect(attr(action, "xsi:type")).toBe("ShowTaskpane");
    expect(resource(manifest.root, attr(children(action, "SourceLocation")[0], "resid"))).toBe(manifest.info.defaultSettings?.sourceLocation);
  });

  it("names icons that exist at their stated sizes", () => {
    const icons = descendants(manifest.root, "bt:Image")
      .map((node) => attr(node, "DefaultValue"))
      .filter((url) => url !== "");
    icons.push(manifest.info.iconUrl ?? "", manifest.info.highResolutionIconUrl ?? "");
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const url of icons) {
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(size, url).toBeGreaterThan(0);
      expect(pngSize(resolve(root, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it.each([16, 32, 64, 80, 128])("has a %i px icon drawn for it", (size) => {
    expect(pngSize(resolve(root, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  it("names only URLs the build serves, on one origin (custom functions page, script and metadata together)", () => {
    const urls = urlsOf(manifest);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(webpackConfig.DEV_URL), url).toBe(true);
      const file = url.slice(webpackConfig.DEV_URL.length).split("#")[0] ?? "";
      expect(existsSync(resolve(dist, file)), `${url} is not in the build`).toBe(true);
    }
  });

  it("the built dist/manifest.xml is the source manifest", () => {
    expect(readFileSync(resolve(dist, "manifest.xml"), "utf8")).toBe(source);
  });
});

describe("the production rewrite (ADDIN_URL)", () => {
  it("rewrites every development URL and changes nothing else", () => {
    expect(urlsOf(production).length).toBe(urlsOf(manifest).length);
    for (const url of urlsOf(production)) expect(url.startsWith(PRODUCTION_URL), url).toBe(true);
    expect(JSON.stringify(production.root)).not.toContain("localhost");
    const { iconUrl, highResolutionIconUrl, supportUrl, defaultSettings, ...rest } = production.info;
    const { iconUrl: _i, highResolutionIconUrl: _h, supportUrl: _s, defaultSettings: _d, ...sourceRest } = manifest.info;
    expect(rest).toEqual(sourceRest);
    expect([iconUrl, highResolutionIconUrl, supportUrl, defaultSettings?.sourceLocation].every((url) => url?.startsWith(PRODUCTION_URL))).toBe(true);
    expect(requiredSets(production.root)).toEqual(requiredSets(manifest.root));
  });

  it("rewrites the help links of functions.json", () => {
    const metadata = readFileSync(resolve(dist, "functions.json"), "utf8");
    const rewritten = JSON.parse(webpackConfig.rewriteJsonUrls(metadata, PRODUCTION_URL)) as { functions: { helpUrl?: string }[] };
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
    const pageParameters = (config: { plugins: unknown[] }): unknown =>
      (
        config.plugins.find((plugin) => (plugin as { userOptions?: { filename?: string } }).userOptions?.filename === "taskpane.html") as {
          userOptions: { templateParameters: { officeJsUrl: string } };
        }
      ).userOptions.templateParameters.officeJsUrl;
    const productionConfig = withAddinUrl(PRODUCTION_URL, () => webpackConfig({}, { mode: "production" }));
    expect(pageParameters(productionConfig)).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const local = withAddinUrl(undefined, () => webpackConfig({}, { mode: "production" }));
    expect(pageParameters(local)).toBe("office-js/office.js");
    expect(existsSync(resolve(dist, "office-js/office.js"))).toBe(true);
  });
});

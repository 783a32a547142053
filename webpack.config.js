// Builds dist/: the task pane page, the custom-functions page + script + functions.json (from JSDoc),
// the manifest and the assets, the user guide (dist/guide/) and the offline workbook (dist/dsr-datasets.xlsx).
//
// URLs: manifest.xml and the functions' help links name the development server, https://localhost:3000/.
// `ADDIN_URL=https://host/path/ npm run build` rewrites them to where the add-in will be hosted.
// office.js: a deployable build (ADDIN_URL set, or `--env cdn`) loads it from Microsoft's CDN; every other build
// (tests, `npm start`, the offline preview) uses the local copy from @microsoft/office-js, so nothing needs the internet.
// OFFICE_JS_URL overrides both.
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { Compilation, sources, WebpackError } = require("webpack");

const DEV_URL = "https://localhost:3000/";
/** `npm start -- --port N` serves elsewhere (scripts/start.mjs sets DSR_DEV_PORT); the served manifest follows. */
const DEV_PORT = Number(process.env.DSR_DEV_PORT) || 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_PACKAGE_DIST = path.join(__dirname, "node_modules/@microsoft/office-js/dist");
/** What office.js loads outside Office (and the English strings): enough for tests and the browser preview. */
const OFFICE_JS_LOCAL_FILES = ["office.js", "o15apptofilemappingtable.js", "en-us/**"];

/**
 * The ECMAScript level of the oldest engine each bundle meets (tests/engines checks every shipped script parses at
 * it, and runs the functions without the built-ins of later editions). Both run in the shared runtime's webview:
 * WebView2 on Windows (the manifest's sets admit no build that would open it in Internet Explorer), WKWebView on the
 * oldest Mac with ExcelApi 1.14, a current browser on the web; ES2017 is the floor of the Safari of those Macs.
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins (docs/ARCHITECTURE.md, "Runtime")
 */
const ENGINES = { functions: "ES2017", taskpane: "ES2017" };

/** What the functions compilation writes (relative to the output folder): the task pane's clean keeps it. */
const FUNCTIONS_OUTPUT = /^(functions\.(js|json)|functions\.js\.map|guide[\\/]|dsr-datasets\.xlsx)/;

/** The Excel custom functions, one file per function (src/functions/*.function.ts); their JSDoc is the metadata. */
const functionFiles = fs
  .readdirSync(path.join(__dirname, "src/functions"))
  .filter((file) => file.endsWith(".function.ts"))
  .sort()
  .map((file) => `./src/functions/${file}`);

/** The production base URL, checked: an https URL ending with "/" (every resource URL is appended to it). */
function readAddinUrl() {
  const value = process.env.ADDIN_URL;
  if (!value) return null;
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?\/$/.test(value)) {
    throw new Error(`ADDIN_URL must be an https URL ending with "/", e.g. https://dsr-addin.example.org/ (got "${value}")`);
  }
  return value;
}

/** Where the pages load office.js from, and whether the local copy is shipped in dist/office-js/. */
function officeJsLocation(env, addinUrl) {
  if (process.env.OFFICE_JS_URL) {
    return { officeJsUrl: process.env.OFFICE_JS_URL, copyLocal: false };
  }
  if (!env.local && (env.cdn || addinUrl)) {
    return { officeJsUrl: `${OFFICE_JS_CDN}office.js`, copyLocal: false };
  }
  return { officeJsUrl: "office-js/office.js", copyLocal: true };
}

/**
 * HTTPS for the dev server only (`webpack serve`): scripts/start.mjs generates the certificates and passes their
 * paths in DSR_DEV_CERT / DSR_DEV_KEY (/ DSR_DEV_CA). A build never reads them. Without them the server runs http.
 */
function devServerTransport() {
  const { DSR_DEV_CERT: cert, DSR_DEV_KEY: key, DSR_DEV_CA: ca } = process.env;
  if (cert && key && fs.existsSync(cert) && fs.existsSync(key)) {
    const options = { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
    if (ca && fs.existsSync(ca)) options.ca = fs.readFileSync(ca);
    return { type: "https", options };
  }
  return { type: "http" };
}

/** Replaces every development URL in a text asset with the production one. */
function rewriteUrls(text, addinUrl) {
  return addinUrl ? text.split(DEV_URL).join(addinUrl) : text;
}

/**
 * Release assets made from the compiled output: the production URLs in functions.json, the user guide (examples
 * computed by the built functions.js, so it cannot drift) and the offline workbook (the same table plans as the
 * task pane). Both generators live in scripts/ (ES modules, loaded on demand).
 */
class DsrReleaseAssetsPlugin {
  constructor({ addinUrl, serving }) {
    this.addinUrl = addinUrl;
    // While serving, a failing generator is a warning: the task pane and functions are still served.
    this.serving = serving;
  }

  apply(compiler) {
    const name = "DsrReleaseAssetsPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // Track the inputs of the generators so `webpack serve` rebuilds when they change.
      // (Only paths that exist: a missing one reads as a change and triggers a second build.)
      compilation.hooks.finishModules.tap(name, () => {
        for (const dir of ["data", "docs/guide/img", "src/core"].map((entry) => path.join(__dirname, entry))) {
          if (fs.existsSync(dir)) compilation.contextDependencies.add(dir);
        }
        const files = ["build-guide.mjs", "build-guide.content.mjs", "build-guide.runtime.mjs", "build-guide.html.mjs", "build-workbook.mjs"]
          .map((file) => path.join(__dirname, "scripts", file))
          .concat(path.join(__dirname, "docs/guide/README.md"));
        for (const file of files) if (fs.existsSync(file)) compilation.fileDependencies.add(file);
      });
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const metadata = compilation.getAsset("functions.json");
        if (metadata && this.addinUrl) {
          compilation.updateAsset("functions.json", new sources.RawSource(rewriteUrls(metadata.source.source().toString(), this.addinUrl)));
        }
      });
      // After minification: the guide runs the very functions.js that ships.
      compilation.hooks.processAssets.tapPromise({ name, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, async () => {
        if (compilation.errors.length > 0) return;
        try {
          const script = compilation.getAsset("functions.js");
          const metadata = compilation.getAsset("functions.json");
          if (!script || !metadata) throw new Error("functions.js or functions.json is missing from the build");
          const { buildGuidePages } = await import("./scripts/build-guide.mjs");
          const { pages, problems } = await buildGuidePages({
            root: __dirname,
            functionsJs: script.source.source().toString(),
            functionsJson: metadata.source.source().toString(),
          });
          for (const [file, content] of pages) compilation.emitAsset(file, new sources.RawSource(content));
          for (const problem of problems) compilation.warnings.push(new WebpackError(`User guide: ${problem}`));
          const { buildWorkbook } = await import("./scripts/build-workbook.mjs");
          compilation.emitAsset("dsr-datasets.xlsx", new sources.RawSource(await buildWorkbook({ root: __dirname })));
        } catch (error) {
          const failure = new WebpackError(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          (this.serving ? compilation.warnings : compilation.errors).push(failure);
        }
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const releaseUrl = production ? readAddinUrl() : null;
  // Where the served or built manifest points: the release URL, or the dev server on another port.
  const addinUrl = releaseUrl ?? (serving && DEV_PORT !== 3000 ? `https://localhost:${DEV_PORT}/` : null);
  const officeJs = officeJsLocation(env, releaseUrl);
  // Every page gets the same placeholders: <%= officeJsUrl %> in a template.
  const templateParameters = { officeJsUrl: officeJs.officeJsUrl };

  const copyPatterns = [
    { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteUrls(content.toString(), addinUrl) },
    { from: "assets/*.{png,svg}", to: "assets/[name][ext]" },
    // The task pane's stylesheets, linked from its page (the page's CSP allows no inline style).
    { from: "src/taskpane/*.css", to: "[name][ext]" },
    // ES5, shipped as written: it runs where the bundles cannot (src/taskpane/webview-check.js).
    { from: "src/taskpane/webview-check.js", to: "[name][ext]", info: { minimized: true } },
    { from: "docs/guide/img/*.png", to: "guide/img/[name][ext]", noErrorOnMissing: true },
  ];
  // The dev server serves the whole package at /office-js/ instead (below); a build ships the few files it needs.
  if (officeJs.copyLocal && !serving) {
    for (const file of OFFICE_JS_LOCAL_FILES) {
      // Shipped as Microsoft built them: marked minimized so Terser leaves them alone.
      copyPatterns.push({ from: file, context: OFFICE_JS_PACKAGE_DIST, to: "office-js/", info: { minimized: true } });
    }
  }

  // Two compilations writing to one folder: the task pane (and the static files), and the custom functions, whose
  // data loader leaves the package's documentation-only columns out so functions.js stays within its budget.
  const outputPath = path.resolve(__dirname, process.env.DSR_DIST || "dist");
  const shared = {
    devtool: production ? false : "source-map",
    resolve: { extensions: [".ts", ".js"] },
    performance: { hints: false },
    // `npm start` prints its own short summary: keep the dev server's banner out of it.
    infrastructureLogging: { level: serving ? "warn" : "info" },
  };
  // Each bundle is compiled down to the oldest engine that runs it (ENGINES; docs/ARCHITECTURE.md, "Engines").
  const tsRule = (target) => ({
    test: /\.ts$/,
    exclude: /node_modules/,
    use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, compilerOptions: { target } } },
  });
  // The core and the compiled data are pure (no module runs code on import): what a bundle never calls is left out.
  const pureCore = { test: /[\\/]src[\\/](core|generated)[\\/]/, sideEffects: false };

  return [
    {
      ...shared,
      name: "taskpane",
      entry: { taskpane: "./src/taskpane/index.ts" },
      output: {
        // DSR_DIST lets parallel builds (several developers, CI steps) use their own folder.
        path: outputPath,
        filename: "[name].js",
        // Cleans the folder, but never what the functions compilation writes into it.
        clean: { keep: FUNCTIONS_OUTPUT },
      },
      target: ["web", ENGINES.taskpane.toLowerCase()],
      module: { rules: [tsRule(ENGINES.taskpane), pureCore] },
      plugins: [
        new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], templateParameters }),
        new CopyWebpackPlugin({ patterns: copyPatterns }),
      ],
      devServer: {
        port: DEV_PORT,
        server: serving ? devServerTransport() : { type: "http" },
        headers: { "Access-Control-Allow-Origin": "*" },
        static: [{ directory: OFFICE_JS_PACKAGE_DIST, publicPath: "/office-js", watch: false }],
        // No client script: the pages' Content-Security-Policy allows no connections, and the custom-functions
        // runtime has no DOM. Changes rebuild; reload the task pane to see them.
        hot: false,
        liveReload: false,
        client: false,
        devMiddleware: { writeToDisk: false },
      },
    },
    {
      ...shared,
      name: "functions",
      target: ["web", ENGINES.functions.toLowerCase()],
      entry: { functions: "./src/functions/index.ts" },
      output: { path: outputPath, filename: "[name].js", clean: false },
      module: { rules: [tsRule(ENGINES.functions), pureCore] },
      // The data, compiled by npm run data: the functions embed their cut of the package, not the whole of it.
      resolve: {
        ...shared.resolve,
        alias: { [path.resolve(__dirname, "src/generated/package-model.ts")]: path.resolve(__dirname, "src/generated/functions-model.ts") },
      },
      plugins: [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }), new DsrReleaseAssetsPlugin({ addinUrl, serving })],
    },
  ];
};

// For tests/manifest: the same URL rewrite and ADDIN_URL check the build applies.
module.exports.rewriteUrls = rewriteUrls;
module.exports.readAddinUrl = readAddinUrl;
module.exports.DEV_URL = DEV_URL;
module.exports.ENGINES = ENGINES;

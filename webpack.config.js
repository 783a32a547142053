// Bundles the add-in into dist/: the task pane page (the shared runtime's page), functions.js and functions.json
// (from the functions' JSDoc), the manifest and the static files. Nothing else: `npm run build` (scripts/build.mjs)
// compiles the data before and writes the guide and the workbook after; `npm start` (scripts/start.mjs) serves it.
// URLs name the development server, https://localhost:3000/; with ADDIN_URL=https://host/path/ the copied manifest
// names that host. office.js: from Microsoft's CDN in a deployable build (ADDIN_URL, or `--env cdn`), else the local
// copy from @microsoft/office-js (tests, npm start, the offline preview); OFFICE_JS_URL overrides both.
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_DIST = path.join(__dirname, "node_modules/@microsoft/office-js/dist");
/** What office.js loads outside Office (and the English strings): enough for tests and the browser preview. */
const OFFICE_JS_LOCAL_FILES = ["office.js", "o15apptofilemappingtable.js", "en-us/**"];

/** The ECMAScript level of the oldest engine each bundle meets: tests/engines; docs/ARCHITECTURE.md, "Engines". */
const ENGINES = { functions: "ES2017", taskpane: "ES2017" };

/** The production base URL, checked: an https URL ending with "/" (every resource URL is appended to it). */
function readAddinUrl() {
  const value = process.env.ADDIN_URL;
  if (!value) return null;
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?\/$/.test(value)) {
    throw new Error(`ADDIN_URL must be an https URL ending with "/", e.g. https://dsr-addin.example.org/ (got "${value}")`);
  }
  return value;
}

/** Replaces every development URL in a text with the production one. */
const rewriteUrls = (text, addinUrl) => (addinUrl ? text.split(DEV_URL).join(addinUrl) : text);

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const releaseUrl = production ? readAddinUrl() : null;
  // The manifest names the release URL, or the dev server's port when `npm start -- --port N` chose another.
  const port = Number(process.env.DSR_DEV_PORT) || 3000;
  const manifestUrl = releaseUrl ?? (serving && port !== 3000 ? `https://localhost:${port}/` : null);
  const cdn = !env.local && (env.cdn || releaseUrl);
  const officeJsUrl = process.env.OFFICE_JS_URL || (cdn ? "https://appsforoffice.microsoft.com/lib/1/hosted/office.js" : "office-js/office.js");
  const outputPath = path.resolve(__dirname, process.env.DSR_DIST || "dist");

  const copyPatterns = [
    { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteUrls(content.toString(), manifestUrl) },
    { from: "assets/*.{png,svg}", to: "assets/[name][ext]" },
    // The task pane's stylesheets, linked from its page (its CSP allows no inline style of ours).
    { from: "src/taskpane/*.css", to: "[name][ext]" },
    // ES5, shipped as written: it runs where the bundles cannot (src/taskpane/webview-check.js).
    { from: "src/taskpane/webview-check.js", to: "[name][ext]", info: { minimized: true } },
    { from: "docs/guide/img/*.png", to: "guide/img/[name][ext]", noErrorOnMissing: true },
  ];
  // The dev server serves the whole package at /office-js/ (scripts/start.mjs); a build ships the few files it needs,
  // as Microsoft built them (marked minimized so Terser leaves them alone).
  if (!cdn && !process.env.OFFICE_JS_URL && !serving) {
    for (const file of OFFICE_JS_LOCAL_FILES) copyPatterns.push({ from: file, context: OFFICE_JS_DIST, to: "office-js/", info: { minimized: true } });
  }

  // Each bundle is compiled down to the oldest engine that runs it: TypeScript lowers the syntax, `target` webpack's.
  const rules = (engine) => [
    { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, compilerOptions: { target: engine } } } },
    // The core and the compiled data are pure (no module runs code on import): what a bundle never calls is left out.
    { test: /[\\/]src[\\/](core|generated)[\\/]/, sideEffects: false },
  ];
  const shared = {
    devtool: production ? false : "source-map",
    resolve: { extensions: [".ts", ".js"] },
    performance: { hints: false },
    infrastructureLogging: { level: serving ? "warn" : "info" },
  };

  return [
    {
      ...shared,
      name: "taskpane",
      entry: { taskpane: "./src/taskpane/index.ts" },
      // Two compilations share the folder: this one cleans it, but keeps the other's files and npm run build's.
      output: { path: outputPath, filename: "[name].js", clean: { keep: /^(functions\.(js|json)|functions\.js\.map|guide[\\/]|dsr-datasets\.xlsx)/ } },
      target: ["web", ENGINES.taskpane.toLowerCase()],
      module: { rules: rules(ENGINES.taskpane) },
      plugins: [
        new HtmlWebpackPlugin({
          filename: "taskpane.html",
          template: "./src/taskpane/taskpane.html",
          chunks: ["taskpane"],
          templateParameters: { officeJsUrl },
        }),
        new CopyWebpackPlugin({ patterns: copyPatterns }),
      ],
    },
    {
      ...shared,
      name: "functions",
      entry: { functions: "./src/functions/index.ts" },
      output: { path: outputPath, filename: "[name].js", clean: false },
      target: ["web", ENGINES.functions.toLowerCase()],
      module: { rules: rules(ENGINES.functions) },
      // The data, compiled by npm run data: the functions embed their cut of the package, not the whole of it.
      resolve: {
        ...shared.resolve,
        alias: { [path.resolve(__dirname, "src/generated/package-model.ts")]: path.resolve(__dirname, "src/generated/functions-model.ts") },
      },
      plugins: [
        new CustomFunctionsMetadataPlugin({
          output: "functions.json",
          input: fs
            .readdirSync(path.join(__dirname, "src/functions"))
            .filter((file) => file.endsWith(".function.ts"))
            .sort()
            .map((file) => `./src/functions/${file}`),
        }),
      ],
    },
  ];
};

// For scripts/build.mjs and the tests: the URL rewrite and ADDIN_URL check the build applies, and the engines.
Object.assign(module.exports, { rewriteUrls, readAddinUrl, DEV_URL, ENGINES, OFFICE_JS_DIST });

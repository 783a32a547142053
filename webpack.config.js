// Bundles the add-in into dist/: the task pane page (the shared runtime's page), functions.js and functions.json
// (from the functions' JSDoc), the manifest and the static files. Nothing else: `npm run build` (scripts/build.mjs)
// compiles the data before and writes the guide and the workbook after; `npm start` (scripts/start.mjs) serves it.
// URLs name the development server, https://localhost:3000/; with ADDIN_URL=https://host/path/ the copied manifest
// names that host. office.js: from Microsoft's CDN in a deployable build (ADDIN_URL, or `--env cdn`), else the local
// copy from @microsoft/office-js (tests, npm start, the offline preview); OFFICE_JS_URL overrides both.
const path = require("path");
const webpack = require("webpack");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
// ADDIN_URL: checked (one line when it is wrong) and escaped for the file it is written into.
const { DEV_URL, readAddinUrl, rewriteManifestUrls, rewriteJsonUrls } = require("./scripts/addin-url.cjs");

const OFFICE_JS_DIST = path.join(__dirname, "node_modules/@microsoft/office-js/dist");
/** What office.js loads outside Office (and the English strings): enough for tests and the browser preview. */
const OFFICE_JS_LOCAL_FILES = ["office.js", "o15apptofilemappingtable.js", "en-us/**"];

/** The magic comment that asks V8 to compile a script's functions eagerly, on its first line. */
const COMPILE_HINT = "//# allFunctionsCalledOnLoad";
/** The ECMAScript level of the oldest engine the scripts meet (one build: the same for both), tests/engines. */
const ENGINES = { functions: "ES2017", taskpane: "ES2017" };
/** The task pane's stylesheets (src/taskpane/), in cascade order: the theme's colours, the layout, the controls. */
const STYLESHEETS = ["taskpane-theme.css", "taskpane.css", "taskpane-controls.css", "taskpane-workbench.css"];

/** The first screen's markup (the catalog's options, the first dataset's heading), from `npm run data`. */
const FIRST_SCREEN = path.join(__dirname, "src/generated/first-screen.json");

/** The text of one stylesheet among CopyWebpackPlugin's assets. */
const cssOf = (assets, name) => assets.find((asset) => path.basename(asset.absoluteFilename) === name).data.toString();

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
    { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifestUrls(content.toString(), manifestUrl) },
    { from: "assets/*.{png,svg}", to: "assets/[name][ext]" },
    // The pane's stylesheets as one file (one request), in STYLESHEETS' order; linked: the CSP allows no inline style.
    { from: "src/taskpane/*.css", to: "taskpane.css", transformAll: (assets) => STYLESHEETS.map((name) => cssOf(assets, name)).join("\n") },
    // ES5, shipped as written: it runs where the bundles cannot (src/taskpane/webview-check.js).
    { from: "src/taskpane/webview-check.js", to: "[name][ext]", info: { minimized: true } },
    { from: "docs/guide/img/*.png", to: "guide/img/[name][ext]", noErrorOnMissing: true },
  ];
  // The dev server serves the whole package at /office-js/ (scripts/start.mjs); a build ships the few files it needs,
  // as Microsoft built them (marked minimized so Terser leaves them alone).
  if (!cdn && !process.env.OFFICE_JS_URL && !serving) {
    for (const file of OFFICE_JS_LOCAL_FILES) copyPatterns.push({ from: file, context: OFFICE_JS_DIST, to: "office-js/", info: { minimized: true } });
  }

  // Compiled down to the oldest engine that runs it: TypeScript lowers the syntax, `target` webpack's.
  const engine = ENGINES.taskpane;
  const rules = [
    { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, compilerOptions: { target: engine } } } },
    // The core and the compiled data are pure (no module runs code on import): what a bundle never calls is left out.
    { test: /[\\/]src[\\/](core|generated)[\\/]/, sideEffects: false },
  ];
  return {
    name: "addin",
    devtool: production ? false : "source-map",
    // One compilation and one webpack runtime (in functions.js; taskpane.js depends on it), so one instance of every
    // module on the shared runtime's page: the pane and the functions share the core and its one compiled model.
    entry: { functions: "./src/functions/index.ts", taskpane: { import: "./src/taskpane/index.ts", dependOn: "functions" } },
    output: {
      path: outputPath,
      filename: "[name].js",
      // Content-named (a new release is never served from an older cached chunk), loaded from the page's own folder
      // on the add-in's origin: relative, so the build's scripts also run in node:vm (the guide, the benches).
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "",
      // Keeps what npm run build writes after webpack (the guide, the workbook).
      clean: { keep: /^(guide[\\/]|dsr-datasets\.xlsx)/ },
    },
    // On demand (webpackChunkName): dsr-model (the functions' answers, the core and its one model, the pane's
    // preview and actions) and dsr-excel (the Excel adapter); what both use goes to dsr-shared.
    optimization: { splitChunks: { cacheGroups: { default: { name: "dsr-shared", minChunks: 2, priority: -20, reuseExistingChunk: true } } } },
    target: ["web", engine.toLowerCase()],
    resolve: { extensions: [".ts", ".js"] },
    module: { rules },
    performance: { hints: false },
    infrastructureLogging: { level: serving ? "warn" : "info" },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"], // functions.js first: its ids register at once
        chunksSortMode: "manual",
        // The template writes the script tags itself (deferred and render-blocking, src/taskpane/taskpane.html).
        inject: false,
        // The first screen's markup, so that the page arrives listed (src/taskpane/ui/catalog-markup.ts). A getter: the
        // plugin copies the parameters at each build (Object.assign), so a rebuild reads the file again.
        templateParameters: {
          officeJsUrl,
          get firstScreen() {
            return JSON.parse(fs.readFileSync(FIRST_SCREEN, "utf8")).markup;
          },
        },
      }),
      // V8's explicit compile hint (Chromium 136 and later, so WebView2; other engines read a comment): the pane's
      // start-up functions compile with the script, on the thread that streams it in while office.js loads, instead
      // of one by one on the main thread as startTaskPane first calls them (2 to 4 ms of the time to interactive).
      // https://v8.dev/blog/explicit-compile-hints. After Terser (which drops comments): on the minified file.
      new webpack.BannerPlugin({
        banner: COMPILE_HINT,
        raw: true,
        include: /^taskpane\.js$/,
        stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: fs
          .readdirSync(path.join(__dirname, "src/functions"))
          .filter((file) => file.endsWith(".function.ts"))
          .sort()
          .map((file) => `./src/functions/${file}`),
      }),
    ],
  };
};

// For scripts/build.mjs and the tests: the URL rewrites and ADDIN_URL check the build applies, and the engines.
Object.assign(module.exports, { COMPILE_HINT, rewriteManifestUrls, rewriteJsonUrls, readAddinUrl, DEV_URL, ENGINES, OFFICE_JS_DIST });

/* eslint-env node */
// Builds dist/: the task pane page, the custom-functions page + script + functions.json (from JSDoc),
// the manifest and the assets. Development URLs are rewritten to ADDIN_URL for production.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const fs = require("fs");

/** The Excel custom functions, one file per function (src/functions/*.function.ts); their JSDoc is the metadata. */
const functionFiles = fs
  .readdirSync(path.join(__dirname, "src/functions"))
  .filter((file) => file.endsWith(".function.ts"))
  .sort()
  .map((file) => `./src/functions/${file}`);

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.ts",
      functions: "./src/functions/index.ts",
    },
    output: {
      // DSR_DIST lets parallel builds (several developers, CI steps) use their own folder.
      path: path.resolve(__dirname, process.env.DSR_DIST || "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } } },
        // Data is embedded at build time as text: no fetch at run time.
        { resourceQuery: /raw/, type: "asset/source" },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "functions.html", template: "./src/functions/functions.html", chunks: ["functions"] }),
    ],
    performance: { hints: false },
  };
};

// ESLint (flat config): TypeScript rules for src/ and tests/, the Office add-in rules (load before read, no
// context.sync() in loops, ...) from eslint-plugin-office-addins, and the project's own bans (innerHTML, `any`).
// `npm run lint`. Formatting is not linted (no prettier rule): the code's layout is the authors' choice.
import { createRequire } from "node:module";
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

// The plugin's own list of Office.js navigation properties (proxies: nothing to load before using them).
const { navigational } = createRequire(import.meta.url)("eslint-plugin-office-addins/lib/utils/data/properties.json");
const navigationProperties = new Set(navigational);

/** The properties read off a proxy variable, e.g. `range.getColumn(0).format.font` -> ["format", "font"]. */
function propertyPathFrom(identifier) {
  const path = [];
  let node = identifier;
  while (node.parent) {
    const parent = node.parent;
    if (parent.type === "MemberExpression" && parent.object === node) {
      const called = parent.parent?.type === "CallExpression" && parent.parent.callee === parent;
      if (!called && parent.property.type === "Identifier") path.push(parent.property.name);
    } else if (!(parent.type === "CallExpression" && parent.callee === node)) break;
    node = parent;
  }
  return path;
}

/**
 * An office-addins rule minus its false positives: load-object-before-read and call-sync-before-read report any
 * property read of a proxy, including navigation properties (`range.worksheet`, `cf.topBottom`), which are proxies
 * themselves: nothing to load, nothing to sync. Reports whose path is only navigation properties are dropped;
 * every other report stands.
 */
function ignoringNavigationReads(rule) {
  return {
    meta: rule.meta,
    defaultOptions: rule.defaultOptions,
    create(context) {
      const filtered = Object.create(context, {
        report: {
          value(descriptor) {
            const path = descriptor.node ? propertyPathFrom(descriptor.node) : [];
            if (path.length > 0 && path.every((name) => navigationProperties.has(name))) return;
            context.report(descriptor);
          },
        },
      });
      return rule.create(filtered);
    },
  };
}

const dsrOfficeRules = {
  rules: {
    "load-object-before-read": ignoringNavigationReads(officeAddins.rules["load-object-before-read"]),
    "call-sync-before-read": ignoringNavigationReads(officeAddins.rules["call-sync-before-read"]),
  },
};

const officeAddinRules = {
  "office-addins/call-sync-after-load": "error",
  "dsr-office/call-sync-before-read": "error",
  "dsr-office/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

/** Writing HTML from strings is how data becomes script: the pages build DOM nodes instead. */
const noHtmlInjection = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: "No innerHTML/outerHTML: build nodes with textContent." },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "No insertAdjacentHTML: build nodes with textContent." },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: "No document.write." },
];

export default tseslint.config(
  // The lint fixtures break the rules on purpose (tests/lint checks they are caught).
  { ignores: ["dist/**", "node_modules/**", "coverage/**", ".cache/**", "test-results/**", "tests/lint/fixtures/**"] },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["vitest.config.mts"] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "office-addins": officeAddins, "dsr-office": dsrOfficeRules },
    rules: {
      ...officeAddinRules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...noHtmlInjection],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    // The core is pure: no Office, Excel, custom functions runtime or DOM (the typecheck enforces it too).
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "window", "document", "navigator", "fetch", "localStorage"],
    },
  },
  {
    files: ["src/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["tests/**/*.ts", "vitest.config.mts"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node }, sourceType: "module", ecmaVersion: 2023 },
    rules: { "no-unused-vars": ["error", { argsIgnorePattern: "^_" }] },
  },
  {
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    // Runs in Internet Explorer 11 as written: ES5, a classic script in the page (tests/engines parses it as ES5).
    files: ["src/taskpane/webview-check.js"],
    languageOptions: { globals: { ...globals.browser }, sourceType: "script", ecmaVersion: 5 },
  },
);

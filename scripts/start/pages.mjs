// The two pages npm start serves itself: `/` (where everything is, and how to load the add-in into Excel) and,
// while data/ is invalid, the page that says what is wrong instead of a task pane stuck on "Loading the datasets…".
import { readFileSync } from "node:fs";
import { escapeHtml } from "../build-guide.html.mjs";

const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** The load steps shared with the task pane and the guide (src/shared/load-steps.json). */
export function loadSteps(root) {
  return JSON.parse(readFileSync(`${root}/src/shared/load-steps.json`, "utf8"));
}

function page(title, body) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}"><title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/guide/guide.css"></head>
<body><main>${body}</main></body></html>
`;
}

function stepsHtml(steps) {
  const hosts = steps.hosts
    .map(
      (host) =>
        `<h3>${escapeHtml(host.host)}</h3><ol>${host.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join("")}</ol><p><a href="${escapeHtml(host.doc)}">Microsoft's instructions</a></p>`,
    )
    .join("");
  return `<p>${escapeHtml(steps.intro)}</p>${hosts}<p>${escapeHtml(steps.after)}</p>`;
}

/** How to trust npm start's certificate authority on each system, before loading the add-in. */
function trustHtml(steps) {
  const systems = steps.trust.systems
    .map((entry) => `<h3>${escapeHtml(entry.system)}</h3><ol>${entry.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join("")}</ol>`)
    .join("");
  return `<p>${escapeHtml(steps.trust.intro)}</p>${systems}<p><a href="${escapeHtml(steps.trust.doc)}">office-addin-dev-certs, the tool that makes it</a></p>`;
}

/** `/`: links to the preview, the guide, the workbook and the manifest, then how to load the add-in. */
export function indexPage(root, base) {
  const steps = loadSteps(root);
  const links = [
    ["taskpane.html", "Task pane preview", "the catalog, search, preview, copy and CSV download; runs in any browser, no Excel needed"],
    ["guide/index.html", "User guide", "a five-minute walkthrough"],
    ["guide/functions.html", "Function reference", "every =DSR formula with examples"],
    ["dsr-datasets.xlsx", "Offline workbook", "every dataset as a formatted Excel table"],
    ["manifest.xml", "manifest.xml", `the add-in's manifest for this server (${base}): saves the file to pick in Upload My Add-in`],
  ];
  // The manifest is a file to pick in Upload My Add-in: the link saves it (the download attribute, same origin), while
  // /manifest.xml itself stays the plain XML Excel fetches.
  const downloads = new Set(["manifest.xml", "dsr-datasets.xlsx"]);
  const list = links
    .map(([href, label, what]) => {
      const save = downloads.has(href) ? ` download="${href}"` : "";
      return `<li><a href="/${href}"${save}>${escapeHtml(label)}</a>: ${escapeHtml(what)}</li>`;
    })
    .join("");
  return page(
    "DSR Standards: development server",
    `<h1>DSR Standards add-in</h1><p>Served at ${escapeHtml(base)}.</p><ul>${list}</ul><h2>First, trust the development certificate</h2>${trustHtml(steps)}<h2>Load the add-in into Excel</h2>${stepsHtml(steps)}`,
  );
}

/** Every page while data/ is invalid: the problems, one per line, as npm run check:data prints them. */
export function dataProblemsPage(problems) {
  const items = problems.map((problem) => `<li><code>${escapeHtml(problem)}</code></li>`).join("");
  return page(
    "DSR Standards: the data package is invalid",
    `<h1>The data package is invalid</h1><p>The add-in was not rebuilt: ${problems.length === 1 ? "this problem" : `these ${problems.length} problems`} in <code>data/</code> must be fixed first (CONTRIBUTING.md explains each check). Saving a fix rebuilds; reload this page.</p><ul>${items}</ul>`,
  );
}

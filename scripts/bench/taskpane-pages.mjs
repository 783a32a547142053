// The pages the task pane bench loads beside taskpane.html (scripts/bench/taskpane.mjs), and the server that serves
// them with the build. Two references: a bare page that loads office.js and marks in an inline script (issue 11's
// baseline), and the floor of a page under our CSP: office.js, the stylesheet and one deferred script that only
// marks, each fetched as taskpane.html fetches them. And two cuts of the pane itself, so that each run says where
// the time above the floor goes: its own page with the add-in's scripts replaced by that one marking script (the
// document, its head and the requests), then with functions.js put back (what registering the functions adds);
// what is left to the whole pane is taskpane.js.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

export const BLANK_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title><script src="office-js/office.js"></script></head><body><p>baseline</p><script>performance.mark("dsr:interactive")</script></body></html>';
export const FLOOR_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><link rel="preload" as="style" href="taskpane.css"><link rel="preload" as="script" href="__mark.js"><script src="office-js/office.js"></script><link rel="stylesheet" href="taskpane.css"><script defer src="__mark.js"></script></head><body><p>floor</p></body></html>';
const MARK_SCRIPT = 'performance.mark("dsr:interactive")';

/** taskpane.html with one of its bundles' script tag and preload replaced by the marking script, or removed. */
function withBundle(html, bundle, replacement) {
  const name = bundle.replace(".", "\\.");
  const tag = new RegExp(`<script\\b[^>]*\\bsrc="?${name}"?[^>]*></script>`);
  const preload = new RegExp(`<link\\b[^>]*\\brel="?preload"?[^>]*\\bhref="?${name}"?[^>]*>`);
  if (!tag.test(html) || !preload.test(html))
    throw new Error(`The built taskpane.html has no script tag and preload of ${bundle}: the bench's cuts of the pane need updating.`);
  return replacement === null
    ? html.replace(tag, "").replace(preload, "")
    : html.replace(tag, `<script defer src="${replacement}"></script>`).replace(preload, `<link rel="preload" as="script" href="${replacement}">`);
}

/** The cuts of the pane: its page with a marking script instead of both bundles, and with functions.js kept. */
export function paneCuts(html) {
  const withFunctions = withBundle(html, "taskpane.js", "__mark.js");
  return { page: withBundle(withFunctions, "functions.js", null), withFunctions };
}

/** Serves dist/ (office.js from the package) and the reference pages, on a free port of 127.0.0.1. */
export function serve(root, dist) {
  const officeJs = readFileSync(join(root, "node_modules/@microsoft/office-js/dist/office.js"));
  const cuts = paneCuts(readFileSync(join(dist, "taskpane.html"), "utf8"));
  const pages = { "/__baseline.html": BLANK_PAGE, "/__floor.html": FLOOR_PAGE, "/__pane-page.html": cuts.page, "/__pane-functions.html": cuts.withFunctions };
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? "/").split("?")[0]);
    if (path in pages) return response.writeHead(200, { "Content-Type": TYPES[".html"] }).end(pages[path]);
    if (path === "/__mark.js") return response.writeHead(200, { "Content-Type": TYPES[".js"] }).end(MARK_SCRIPT);
    if (path.endsWith("/office.js")) return response.writeHead(200, { "Content-Type": TYPES[".js"] }).end(officeJs);
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

// Turns the guide's Markdown into self-contained HTML pages (marked renders it): one stylesheet, a
// Content-Security-Policy that allows nothing but the page's own files, no scripts, no external resources.
import { Marked } from "marked";

const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

export function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Relative links between guide pages: README.md -> index.html, functions.md -> functions.html. */
function pageLink(href) {
  if (/^[a-z]+:/i.test(href) || href.startsWith("#")) return href;
  return href.replace(/(^|\/)README\.md(?=$|#)/, "$1index.html").replace(/\.md(?=$|#)/, ".html");
}

/**
 * The guide's Markdown as rendered by marked (GitHub-flavoured: tables, code, images, links), with four local
 * touches: links between guide pages point at the HTML pages, bare URLs in quoted references stay text (the pages
 * link out only where the guide says so), tables scroll in a narrow window, and header cells say they head columns.
 */
const guideMarked = new Marked({
  gfm: true,
  tokenizer: {
    url() {
      return undefined;
    },
  },
  walkTokens(token) {
    if (token.type === "link") token.href = pageLink(token.href);
  },
});

/** Markdown to an HTML fragment. */
export function markdownToHtml(markdown) {
  return guideMarked
    .parse(markdown, { async: false })
    .replace(/<table>/g, '<div class="table"><table>')
    .replace(/<\/table>/g, "</table></div>")
    .replace(/<th(?=[ >])/g, '<th scope="col"');
}

/** A whole page: the fragment in a document with the guide's stylesheet and CSP. */
export function htmlPage(title, markdown) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="guide.css">
<link rel="icon" href="../assets/icon-32.png">
</head>
<body>
<nav class="top"><a href="index.html">Walkthrough</a> · <a href="functions.html">Function reference</a></nav>
<main>
${markdownToHtml(markdown)}
</main>
</body>
</html>
`;
}

export const GUIDE_CSS = `:root { color-scheme: light dark; --fg: #242424; --bg: #ffffff; --muted: #616161; --line: #e0e0e0;
  --accent: #107c41; --code-bg: #f5f5f5; }
@media (prefers-color-scheme: dark) { :root { --fg: #f0f0f0; --bg: #1f1f1f; --muted: #adadad; --line: #3d3d3d;
  --accent: #4cc38a; --code-bg: #2b2b2b; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 "Segoe UI", system-ui, -apple-system, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 60rem; margin: 0 auto; padding: 0 1rem 4rem; }
nav.top { padding: .6rem 1rem; border-bottom: 1px solid var(--line); font-size: .9rem; }
a { color: var(--accent); }
h1 { font-size: 1.7rem; margin: 1.5rem 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; padding-top: .5rem; border-top: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; }
code { font: .9em ui-monospace, Consolas, monospace; background: var(--code-bg); padding: .1em .3em; border-radius: 3px; }
pre { background: var(--code-bg); padding: .8rem; overflow-x: auto; }
pre code { padding: 0; }
.table { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
th { background: var(--code-bg); }
img { max-width: min(100%, 26rem); height: auto; border: 1px solid var(--line); }
blockquote { margin: 1rem 0; padding: .2rem 1rem; border-left: 4px solid var(--accent); color: var(--muted); }
`;

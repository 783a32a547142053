// Turns the guide's Markdown (the subset the guide uses: headings, anchors, paragraphs, lists, tables, code,
// images, links, bold/italic) into self-contained HTML pages: one stylesheet, a Content-Security-Policy that allows
// nothing but the page's own files, no scripts, no external resources.

const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

export function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Relative links between guide pages: README.md -> index.html, functions.md -> functions.html. */
function pageLink(href) {
  if (/^[a-z]+:/i.test(href) || href.startsWith("#")) return href;
  return href.replace(/(^|\/)README\.md(?=$|#)/, "$1index.html").replace(/\.md(?=$|#)/, ".html");
}

/** Inline Markdown: code spans first (their content is literal), then images, links, bold, italic. */
export function inline(text) {
  const parts = text.split(/(`[^`]*`)/);
  return parts
    .map((part) => {
      if (part.startsWith("`") && part.endsWith("`") && part.length >= 2) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      let html = escapeHtml(part);
      html = html.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_, alt, src) => `<img src="${src}" alt="${alt}">`);
      html = html.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => `<a href="${pageLink(href)}">${label}</a>`);
      html = html.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
      html = html.replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s.,;:)]|$)/g, "$1<em>$2</em>");
      return html;
    })
    .join("");
}

function tableCells(line) {
  const cells = [];
  let current = "";
  let inCode = false;
  const body = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (char === "\\" && body[index + 1] === "|") {
      current += "|";
      index += 1;
    } else if (char === "`") {
      inCode = !inCode;
      current += char;
    } else if (char === "|" && !inCode) {
      cells.push(current.trim());
      current = "";
    } else current += char;
  }
  cells.push(current.trim());
  return cells;
}

function renderTable(lines) {
  const header = tableCells(lines[0]);
  const rows = lines.slice(2).map(tableCells);
  const headHtml = header.some((cell) => cell !== "") ? `<thead><tr>${header.map((cell) => `<th scope="col">${inline(cell)}</th>`).join("")}</tr></thead>` : "";
  const bodyHtml = rows.map((row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join("")}</tr>`).join("\n");
  return `<div class="table"><table>${headHtml}<tbody>\n${bodyHtml}\n</tbody></table></div>`;
}

/** Markdown (the guide's subset) to an HTML fragment. */
export function markdownToHtml(markdown) {
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  const out = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (line.trim() === "" || /^<!--.*-->$/.test(line.trim())) {
      index += 1;
    } else if (/^<a id="[a-z0-9-]+"><\/a>$/.test(line.trim())) {
      out.push(line.trim());
      index += 1;
    } else if (line.startsWith("```")) {
      const code = [];
      index += 1;
      while (index < lines.length && !lines[index].startsWith("```")) code.push(lines[index++]);
      index += 1;
      out.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(" ");
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
      index += 1;
    } else if (line.trimStart().startsWith("|")) {
      const block = [];
      while (index < lines.length && lines[index].trimStart().startsWith("|")) block.push(lines[index++]);
      out.push(renderTable(block));
    } else if (/^\s*([-*]|\d+\.) /.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items = [];
      while (index < lines.length && (/^\s*([-*]|\d+\.) /.test(lines[index]) || /^\s{2,}\S/.test(lines[index]))) {
        const item = lines[index++];
        if (/^\s*([-*]|\d+\.) /.test(item)) items.push(item.replace(/^\s*([-*]|\d+\.) /, ""));
        else items[items.length - 1] += ` ${item.trim()}`;
      }
      const tag = ordered ? "ol" : "ul";
      out.push(`<${tag}>${items.map((item) => `<li>${inline(item)}</li>`).join("\n")}</${tag}>`);
    } else if (line.startsWith("> ")) {
      const quote = [];
      while (index < lines.length && lines[index].startsWith("> ")) quote.push(lines[index++].slice(2));
      out.push(`<blockquote><p>${inline(quote.join(" "))}</p></blockquote>`);
    } else {
      const paragraph = [];
      while (index < lines.length && lines[index].trim() !== "" && !/^(#{1,6} |\||```|<a id=|\s*([-*]|\d+\.) |> )/.test(lines[index])) {
        paragraph.push(lines[index++].trim());
      }
      out.push(`<p>${inline(paragraph.join(" "))}</p>`);
    }
  }
  return out.join("\n");
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

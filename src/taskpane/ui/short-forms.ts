// The paper's short forms and where a text uses them, without the DOM: the pane marks them as <abbr> (./abbr.ts), and
// the build writes the catalog's options with the same marks into the page (./catalog-markup.ts).

export const SHORT_FORMS: Readonly<Record<string, string>> = {
  DSR: "Digital Silk Road",
  SEP: "standard-essential patent",
  SEPs: "standard-essential patents",
  BRI: "Belt and Road Initiative",
  IoT: "Internet of Things",
};

/** A piece of text: as written, or a short form with the words it stands for. */
export type ShortFormPart = string | { readonly short: string; readonly words: string };

/** The pattern's source, compiled on first use (not as the pane's first script loads). */
const SHORT_FORM_SOURCE = `\\b(${Object.keys(SHORT_FORMS).join("|")})\\b`;

/** The text cut at its short forms; joined again, the pieces are the text unchanged. */
export function shortFormParts(text: string): ShortFormPart[] {
  const parts: ShortFormPart[] = [];
  let at = 0;
  // An exec loop: String.prototype.matchAll is newer than the engines the pane supports (ES2017, Safari 12).
  const pattern = new RegExp(SHORT_FORM_SOURCE, "g");
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const short = match[1] ?? "";
    const index = match.index;
    // Part of a longer name (NB-IoT, SEP-related): left as written (no lookbehind: Safari 12 has none).
    if (text.charAt(index - 1) === "-" || text.charAt(index + short.length) === "-") continue;
    if (index > at) parts.push(text.slice(at, index));
    parts.push({ short, words: SHORT_FORMS[short] ?? short });
    at = index + short.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

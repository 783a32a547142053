// The paper's short forms, marked where the pane repeats them: <abbr title> gives the words on hover and to assistive
// technology (https://developer.mozilla.org/docs/Web/HTML/Element/abbr). Each is spelled out in full where a reader
// first meets it: the header says "Digital Silk Road (DSR)", the datasets' summaries "standard-essential patent (SEP)".

import { h } from "./dom";

export const SHORT_FORMS: Readonly<Record<string, string>> = {
  DSR: "Digital Silk Road",
  SEP: "standard-essential patent",
  SEPs: "standard-essential patents",
  BRI: "Belt and Road Initiative",
  IoT: "Internet of Things",
};

const SHORT_FORM = new RegExp(`\\b(${Object.keys(SHORT_FORMS).join("|")})\\b`, "g");

/** The text with each short form as an <abbr> naming its words; the text itself is unchanged. */
export function withShortForms(text: string): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let at = 0;
  // An exec loop: String.prototype.matchAll is newer than the engines the pane supports (ES2017, Safari 12).
  const pattern = new RegExp(SHORT_FORM.source, "g");
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const word = match[1] ?? "";
    const index = match.index;
    // Part of a longer name (NB-IoT, SEP-related): left as written (no lookbehind: Safari 12 has none).
    if (text.charAt(index - 1) === "-" || text.charAt(index + word.length) === "-") continue;
    if (index > at) parts.push(text.slice(at, index));
    parts.push(h("abbr", { text: word, attrs: { title: SHORT_FORMS[word] ?? word } }));
    at = index + word.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

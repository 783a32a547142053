// The paper's short forms, marked where the pane repeats them: <abbr title> gives the words on hover and to assistive
// technology (https://developer.mozilla.org/docs/Web/HTML/Element/abbr). Each is spelled out in full where a reader
// first meets it: the header says "Digital Silk Road (DSR)", the datasets' summaries "standard-essential patent (SEP)".

import { h } from "./dom";
import { shortFormParts } from "./short-forms";

export { SHORT_FORMS } from "./short-forms";

/** The text with each short form as an <abbr> naming its words; the text itself is unchanged. */
export function withShortForms(text: string): (Node | string)[] {
  return shortFormParts(text).map((part) => (typeof part === "string" ? part : h("abbr", { text: part.short, attrs: { title: part.words } })));
}

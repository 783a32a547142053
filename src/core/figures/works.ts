// A works-cited entry by what a user types: its key ("pohlmann-2018") or its in-text citation ("Pohlmann (2018)",
// "Pohlmann 2018"), and one part of it (the full reference by default). DSR.SOURCE is its Excel face.

import { referenceText } from "./cite";
import { getDataset, getSource } from "../names/catalog";
import type { CoreContext } from "../package/context";
import { isOmitted } from "./lookups";
import { didYouMean, quoteInput, typedNameKey } from "../names/normalize";
import { cellText as textOf } from "../package/rows";
import type { Lookup, Result, WorkCited } from "../types";
import { Vocabulary } from "../names/vocabulary";

const WORKS_CITED_ID = "works-cited";

/** The parts of an entry DSR.SOURCE can return; "reference" is the full reference as printed. */
export type WorkPart = "reference" | "citation" | "authors" | "year" | "title" | "container" | "url";
export const WORK_PARTS: readonly WorkPart[] = ["reference", "citation", "authors", "year", "title", "container", "url"];

/** Each context's vocabulary of works, built on first use. */
const vocabularies = new WeakMap<CoreContext, Vocabulary>();

/** Keys, with each entry's in-text citation as an alias (how a message names it: "Pohlmann (2018)"); built on first use. */
export function worksVocabulary(context: CoreContext): Vocabulary {
  let vocabulary = vocabularies.get(context);
  if (vocabulary === undefined) {
    const entries = (getDataset(context, WORKS_CITED_ID)?.rows ?? []).map((row) => ({
      name: textOf(row, "key"),
      label: textOf(row, "citation"),
      aliases: [textOf(row, "citation")],
    }));
    vocabulary = new Vocabulary(
      { noun: "Works cited", context: "the works cited", argument: "A work cited", listLimit: 12, listedBy: 'DSR.TABLE("Works Cited")' },
      entries,
    );
    vocabularies.set(context, vocabulary);
  }
  return vocabulary;
}

function resolvePart(input: unknown): Result<WorkPart> {
  if (isOmitted(input)) return { ok: true, value: "reference" };
  const key = typedNameKey(input);
  const part = WORK_PARTS.find((candidate) => candidate === key || (key === "link" && candidate === "url") || (key === "author" && candidate === "authors"));
  if (part !== undefined) return { ok: true, value: part };
  const shown = typeof input === "string" ? quoteInput(input.trim()) : "That value";
  return {
    ok: false,
    reason: "unknown-name",
    message: `${shown} is not a part of an entry in the works cited. Parts: ${WORK_PARTS.join(", ")}.${didYouMean(input, WORK_PARTS)}`,
  };
}

function partOf(work: WorkCited, part: WorkPart): string | number | null {
  switch (part) {
    case "reference":
      return referenceText(work);
    case "year":
      return work.year;
    default:
      return work[part] === "" ? null : work[part];
  }
}

/** One part of a works-cited entry (the full reference by default), found by key or in-text citation. */
export function workCited(context: CoreContext, keyInput: unknown, partInput?: unknown): Lookup<string | number> {
  const resolved = worksVocabulary(context).resolve(keyInput);
  if (!resolved.ok) return { ok: false, reason: resolved.reason, message: resolved.message };
  const part = resolvePart(partInput);
  if (!part.ok) return part;
  const work = getSource(context, resolved.value);
  const value = work === null ? null : partOf(work, part.value);
  if (work === null || value === null) {
    return { ok: false, reason: "not-available", message: `The works cited give no ${part.value} for ${worksVocabulary(context).spokenName(resolved.value)}.` };
  }
  return { ok: true, value, unit: typeof value === "number" ? "year" : "text", sourceKey: work.key };
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
/** The reference's date after its title: ". June.", ".” November." or ", July 18." (CIGI style: the month, and a day if any). */
const PRINTED_DATE = new RegExp(`[.,]["”]? (${MONTHS})( \\d{1,2})?\\.(?= |$)`, "g");

/** When a work appeared, as its Works Cited entry prints it: "June 2020", "July 18, 2018", or the year alone. */
export function publishedOf(work: WorkCited): string | null {
  // The last date before the URL (an exec loop: String.prototype.matchAll is newer than the engines, ES2017).
  let last: RegExpExecArray | null = null;
  PRINTED_DATE.lastIndex = 0;
  for (let found = PRINTED_DATE.exec(work.reference); found !== null; found = PRINTED_DATE.exec(work.reference)) last = found;
  if (last === null) return work.year === null ? null : String(work.year);
  const [, month, day] = last;
  const year = work.year === null ? "" : String(work.year);
  return day === undefined ? `${month} ${year}`.trim() : `${month}${day}, ${year}`.replace(/, $/, "");
}

// The catalog: datasets, the valid names of every vocabulary, company resolution and works-cited entries.

import type { CoreContext } from "../package/context";
import { isOmitted } from "../figures/lookups";
import type { Dataset, DatasetId, DatasetInfo, NameKind, NamedItem, Resolution, SourceKey, WorkCited } from "../types";
import type { Vocabulary } from "./vocabulary";
import { didYouMean, quoteInput } from "./normalize";

export const NAME_KINDS: readonly NameKind[] = ["datasets", "companies", "sources", "measures", "countries", "figures", "acronyms"];

export function listDatasets(context: CoreContext): readonly DatasetInfo[] {
  return context.model.datasets.map((dataset) => dataset.info);
}

/** A dataset by its exact id (use resolveDataset for what a user typed). */
export function getDataset(context: CoreContext, id: DatasetId): Dataset | null {
  if (typeof id !== "string") return null;
  return context.model.datasetsById.get(id) ?? null;
}

export function resolveDataset(context: CoreContext, input: unknown): Resolution<DatasetId> {
  return context.vocabularies.datasets.resolve(input);
}

/** A company's canonical name, among every company of the paper's tables or within one dataset (id or any dataset name). */
export function resolveCompany(context: CoreContext, input: unknown, datasetId?: DatasetId): Resolution {
  if (isOmitted(datasetId)) return context.vocabularies.companies.resolve(input);
  const dataset = context.vocabularies.datasets.resolve(datasetId);
  const vocabulary = context.vocabularies.companiesByDataset.get(dataset.ok ? dataset.value : String(datasetId));
  if (vocabulary === undefined) {
    const valid = [...context.vocabularies.companiesByDataset.keys()];
    return {
      ok: false,
      reason: "unknown-name",
      input: String(datasetId),
      valid,
      message: `${String(datasetId)} has no companies. Datasets with companies: ${valid.join(", ")}.`,
    };
  }
  return vocabulary.resolve(input);
}

/** Each name kind is a vocabulary of the same name: the core builds them once per package. */
function vocabularyOf(context: CoreContext, kind: NameKind): Vocabulary {
  return context.vocabularies[kind];
}

/** The valid names of one vocabulary, in the paper's order, each with a label. Unknown kinds list nothing. */
export function listNames(context: CoreContext, kind: NameKind): readonly NamedItem[] {
  if (!NAME_KINDS.includes(kind)) return [];
  return vocabularyOf(context, kind).namedItems();
}

/** Resolves what a user typed as a NameKind ("Companies", " figures "). */
export function resolveNameKind(input: unknown): Resolution<NameKind> {
  const text = typeof input === "string" ? input.trim().toLowerCase() : "";
  const kind = NAME_KINDS.find(
    (candidate) =>
      candidate === text || candidate === `${text}s` || (text === "company" && candidate === "companies") || (text === "country" && candidate === "countries"),
  );
  if (kind !== undefined) return { ok: true, value: kind };
  // Quoted back shortened (a cell may pass 32,767 characters); a value that is not text is never spelled out.
  const shown = typeof input === "string" ? quoteInput(input.trim()) : "That value";
  return {
    ok: false,
    reason: "unknown-name",
    input: shown,
    valid: NAME_KINDS,
    message: `${shown || "An empty kind"} is not a list of names. Kinds: ${NAME_KINDS.join(", ")}.${didYouMean(input, NAME_KINDS)}`,
  };
}

/** A works-cited entry by its exact key. */
export function getSource(context: CoreContext, key: SourceKey): WorkCited | null {
  if (typeof key !== "string") return null;
  return context.model.worksCited.get(key) ?? null;
}

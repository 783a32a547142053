// The insert options the task pane remembers between sessions (localStorage), read defensively: a missing,
// old or hand-edited value falls back to the defaults field by field. Parsing is pure (storage is passed in);
// browserStorage opens the browser's, for the pane.

import type { TableLayout } from "../core/index";
import type { Destination } from "./excel/insert";

export interface InsertSettings {
  readonly destination: Destination;
  readonly layout: TableLayout;
  readonly includeCaption: boolean;
  readonly includeCitation: boolean;
  /** The dataset last looked at, restored on the next visit. */
  readonly datasetId: string | null;
}

export const SETTINGS_KEY = "dsr.taskpane.settings.v1";

export const DEFAULT_SETTINGS: InsertSettings = {
  destination: "selection",
  layout: "paper",
  includeCaption: true,
  includeCitation: true,
  datasetId: null,
};

function pick<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

export function parseSettings(text: string | null): InsertSettings {
  if (text === null) return DEFAULT_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // A corrupt value is replaced by the defaults on the next save: nothing to report to the user.
    return DEFAULT_SETTINGS;
  }
  if (typeof raw !== "object" || raw === null) return DEFAULT_SETTINGS;
  const record = raw as Record<string, unknown>;
  return {
    destination: pick<Destination>(record["destination"], ["selection", "new-sheet"], DEFAULT_SETTINGS.destination),
    layout: pick<TableLayout>(record["layout"], ["paper", "long"], DEFAULT_SETTINGS.layout),
    includeCaption: pick(record["includeCaption"], [true, false], DEFAULT_SETTINGS.includeCaption),
    includeCitation: pick(record["includeCitation"], [true, false], DEFAULT_SETTINGS.includeCitation),
    datasetId: typeof record["datasetId"] === "string" && record["datasetId"].length < 100 ? record["datasetId"] : null,
  };
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Reads the settings; a store that throws (storage disabled, private mode) gives the defaults. */
export function loadSettings(store: KeyValueStore | null): InsertSettings {
  if (store === null) return DEFAULT_SETTINGS;
  try {
    return parseSettings(store.getItem(SETTINGS_KEY));
  } catch {
    // Storage refused (privacy settings): the options still work, they just are not remembered.
    return DEFAULT_SETTINGS;
  }
}

/** Saves the settings; returns false when the store refused (the caller may say options won't be remembered). */
export function saveSettings(store: KeyValueStore | null, settings: InsertSettings): boolean {
  if (store === null) return false;
  try {
    store.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

/** Whether two settings say the same (field by field: their key order may differ). */
export function sameSettings(a: InsertSettings, b: InsertSettings): boolean {
  return (
    a.destination === b.destination &&
    a.layout === b.layout &&
    a.includeCaption === b.includeCaption &&
    a.includeCitation === b.includeCitation &&
    a.datasetId === b.datasetId
  );
}

/** The browser's storage, or null where its privacy settings block it: the options still work, unremembered. */
export function browserStorage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

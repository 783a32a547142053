// About this figure on cells that are not a figure, for every dataset: a row's text cell explains its row (what it
// is, where in the paper, its source), a cell the paper leaves empty says that source gives no figure there (and what
// the other sources give), and an ID cell says what the ID is for. No slug reads as what a row is about.
import { describe, expect, test } from "vitest";
import { explainFigure, getDataset, listDatasets, type FigureExplanation, type FigureRef } from "../../../src/core/index";
import { dateAtPrecision, displayFieldOrder, keyFieldOf } from "../../../src/core/tables/table-display";
import { looksLikeKey } from "../../fixtures/key-pattern";

function explained(ref: FigureRef): FigureExplanation {
  const result = explainFigure(ref);
  if (!result.ok) throw new Error(`${JSON.stringify(ref)}: ${result.message}`);
  return result.value;
}

const DATASETS = listDatasets();

/** Every empty cell of every dataset's paper layout. */
const EMPTY_CELLS = DATASETS.flatMap((info) =>
  (getDataset(info.id)?.rows ?? []).flatMap((row, index) =>
    info.fields
      .filter((field) => {
        const value = row[field.name];
        // A key figure worded with no number is a figure: its words are its value.
        const worded = info.id === "key-figures" && field.name === "value" && row["value_text"] !== "" && row["value_text"] !== null;
        return (value === null || value === undefined || value === "") && !worded;
      })
      .map((field) => ({ datasetId: info.id, layout: "paper" as const, row: index, column: field.name })),
  ),
);

describe("a row's text cell explains the row", () => {
  test.each(DATASETS.map((info) => [info.id, displayFieldOrder(info)[0] ?? ""] as const))("%s: its first column, %s", (datasetId, column) => {
    const figure = explained({ datasetId, layout: "paper", row: 0, column });
    expect(figure.kind).toBe("row");
    expect(figure.display).not.toBe("n/a");
    expect(figure.entity, "what the row is about").not.toBeNull();
    expect(looksLikeKey(figure.entity)).toBe(false);
    expect(figure.note).toMatch(/^One row of .+, in .+\. Its source is .+\. This cell is its “.+”\.$/);
    expect(figure.note).toContain(figure.place.label.replace(/ section$/, " part"));
    expect(figure.note).toContain(figure.place.pages ?? "no pages");
  });

  test("Table 1's policy: its title, its place and its source", () => {
    const figure = explained({ datasetId: "policies", layout: "paper", row: 0, column: "policy" });
    expect(figure.entity).toBe("Plan for the Development of the National Standardization System Construction (2016-2020)");
    expect(figure.note).toBe(
      'One row of Table 1: China\'s Major Policies for Technology Standard Setting and Promotion, in Table 1 (in the section "Strategies for Standard Setting and Promotion", pp. 4–6). Its source is State Council (2015). This cell is its “Policy”.',
    );
  });
});

describe("an ID cell says what the ID is for", () => {
  const keyed = DATASETS.filter((info) => keyFieldOf(info) !== null);
  test("four or more datasets have an ID", () => expect(keyed.length).toBeGreaterThanOrEqual(4));
  test.each(keyed.map((info) => [info.id, keyFieldOf(info) ?? ""] as const))("%s: %s", (datasetId, column) => {
    const figure = explained({ datasetId, layout: "paper", row: 0, column });
    expect(figure.kind).toBe("id");
    expect(figure.note).toMatch(/^A stable identifier for joining this row of .+ with other tables/);
    expect(figure.about).not.toMatch(/slug/i);
    expect(looksLikeKey(figure.entity)).toBe(false);
  });
});

describe("a cell the paper leaves empty says so", () => {
  test("every dataset's empty cells are found (Tables 2, 3 and 4 among them)", () => {
    const datasets = new Set(EMPTY_CELLS.map((ref) => ref.datasetId));
    expect([...datasets]).toEqual(expect.arrayContaining(["patents-5g", "sep-shares-5g", "smart-city-ai-companies"]));
  });

  test(`${EMPTY_CELLS.length} empty cells: no figure, a sentence saying whose figure is missing`, () => {
    for (const ref of EMPTY_CELLS) {
      const figure = explained(ref);
      expect(figure.kind, JSON.stringify(ref)).toBe("empty");
      expect(figure.note, JSON.stringify(ref)).toMatch(/gives no figure for|gives no “|leaves .+ blank in Table \d/);
      expect(looksLikeKey(figure.entity), JSON.stringify(ref)).toBe(false);
    }
  });

  test.each([
    [5, "stoll", "Stoll gives no figure for Nokia in Table 3.", ["3.48%", "12.18%"]],
    [6, "stoll", "Stoll gives no figure for ZTE in Table 3.", ["4.1%", "n/a"]],
  ] as const)("Table 3, row %i, %s: %s", (row, column, note, others) => {
    const figure = explained({ datasetId: "sep-shares-5g", layout: "paper", row, column });
    expect(figure.note).toBe(note);
    expect(figure.otherEstimates.map((other) => other.display)).toEqual(others);
  });

  test("Table 2 and Table 4 name the column and the row", () => {
    const zte = EMPTY_CELLS.find((ref) => ref.datasetId === "patents-5g");
    const cambricon = EMPTY_CELLS.find((ref) => ref.datasetId === "smart-city-ai-companies");
    if (zte === undefined || cambricon === undefined) throw new Error("no empty cell");
    expect(explained(zte).note).toBe("The paper gives no figure for ZTE under “SEP Declarations for 5G” in Table 2 (it prints n/a).");
    expect(explained(cambricon).note).toBe("The paper leaves Cambricon's “Overseas/BRI Presence” blank in Table 4.");
  });
});

describe("About on a row's text names what identifies the row", () => {
  const IDENTIFYING: ReadonlySet<string> = new Set(["date", "year", "period", "measure", "technology"]);
  /** Every text cell that is a row's text (not a figure, an ID or an empty cell), of every row of every dataset. */
  const rowCells = DATASETS.flatMap((info) =>
    (getDataset(info.id)?.rows ?? []).flatMap((_, row) =>
      displayFieldOrder(info).map((column) => ({ datasetId: info.id, layout: "paper" as const, row, column })),
    ),
  )
    .map((ref) => ({ ref, figure: explained(ref) }))
    .filter(({ figure }) => figure.kind === "row");

  test("every dataset has row text cells to explain", () => {
    expect(new Set(rowCells.map(({ ref }) => ref.datasetId)).size).toBe(DATASETS.length);
  });

  test("a timeline event: its date at its own precision (2005, March 2015), on every cell but the date itself", () => {
    const timeline = getDataset("timeline")?.rows ?? [];
    const events = rowCells.filter(({ ref }) => ref.datasetId === "timeline" && ref.column !== "date");
    expect(events.length).toBeGreaterThanOrEqual(timeline.length);
    for (const { ref, figure } of events)
      expect(figure.identity, JSON.stringify(ref)).toContainEqual({ label: "Date", text: dateAtPrecision(String(timeline[ref.row]?.["date"])) });
    const march = events.find(({ ref }) => timeline[ref.row]?.["date"] === "2015-03");
    expect(march?.figure.identity).toEqual([{ label: "Date", text: "March 2015" }]);
    expect(explained({ datasetId: "timeline", layout: "paper", row: 0, column: "date" }).identity).toEqual([]);
  });

  test.each([
    ["policies", "policy", "Date"],
    ["works-cited", "title", "Year"],
    ["standards-bodies", "body", "Period"],
    ["mobile-iot-rankings", "company", "Technology"],
    ["key-figures", "quote", "Measure"],
  ])("%s: its %s cell names the row's %s", (datasetId, column, label) => {
    const figure = explained({ datasetId, layout: "paper", row: 0, column });
    expect(figure.identity.map((item) => item.label)).toContain(label);
    for (const item of figure.identity) expect(looksLikeKey(item.text), item.text).toBe(false);
  });

  test("every row's text cell: what the row is about, and more wherever that alone does not tell the row apart", () => {
    const subjects = new Map<string, Set<number>>();
    for (const { ref, figure } of rowCells) {
      const key = `${ref.datasetId}\u0000${figure.entity ?? ""}`;
      subjects.set(key, (subjects.get(key) ?? new Set()).add(ref.row));
    }
    for (const { ref, figure } of rowCells) {
      expect(figure.entity, JSON.stringify(ref)).not.toBeNull();
      const shared = (subjects.get(`${ref.datasetId}\u0000${figure.entity ?? ""}`)?.size ?? 0) > 1;
      // Two rows about the same thing (Huawei in two rankings, two events of one day) are told apart by a date, a
      // measure...; the cell explained may itself be that (its text is then About's own line).
      if (shared && !IDENTIFYING.has(ref.column)) expect(figure.identity.length, JSON.stringify(ref)).toBeGreaterThan(0);
    }
  });
});

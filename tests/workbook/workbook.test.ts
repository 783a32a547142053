// The offline workbook (dist/dsr-datasets.xlsx), read back with exceljs: every dataset on its own sheet as a
// formatted Excel table whose every value matches the data package, the same captions, formats, citations and table
// names as the task pane's insert, the paper's highlighted maxima, the facts, the works cited and the README.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { cite, facts, getDataset, getSource, LONG_HEADERS, listDatasets } from "../../src/core/index";
import { typeSizeProblems } from "../../scripts/check-workbook-print.mjs";
import { KEY_PATTERN, looksLikeKey } from "../fixtures/key-pattern";
import { MIN_PRINTED_POINTS, printedTypeSizes } from "../../scripts/workbook-print-size.mjs";
import { planTable } from "../../src/core/index";
import type { CellValue } from "../../src/core/types";

const root = resolve(__dirname, "../..");
const workbookFile = resolve(root, process.env.DSR_DIST ?? "dist", "dsr-datasets.xlsx");
const OPTIONS = { layout: "paper", includeCaption: true, includeCitation: true } as const;

let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  if (!existsSync(workbookFile)) throw new Error(`${workbookFile} is missing: build first (npm run build)`);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(workbookFile);
});

/** The sheet that holds a table of this name. */
function sheetWithTable(tableName: string): ExcelJS.Worksheet {
  // ExcelJS keeps a sheet's tables by name in `tables`, which its typings leave out.
  const tablesOf = (candidate: ExcelJS.Worksheet): Readonly<Record<string, unknown>> => (candidate as { tables?: Record<string, unknown> }).tables ?? {};
  const sheet = workbook.worksheets.find((candidate) => Object.keys(tablesOf(candidate)).includes(tableName));
  if (!sheet) throw new Error(`No sheet holds table ${tableName}`);
  return sheet;
}

function tableRef(sheet: ExcelJS.Worksheet, tableName: string): string {
  const table = sheet.getTable(tableName) as unknown as { table?: { tableRef?: string; ref?: string } };
  return table.table?.tableRef ?? table.table?.ref ?? "";
}

/** A cell as the package would hold it: empty -> null. */
function read(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  throw new Error(`Cell ${cell.address} holds ${JSON.stringify(value)}: values only, please`);
}

describe("the offline workbook", () => {
  it("has a README, one sheet per dataset, Facts and Sources", () => {
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe("README");
    expect(names).toContain("Facts");
    expect(names).toContain("Sources");
    expect(workbook.worksheets).toHaveLength(listDatasets().length + 2);
  });

  it("names each sheet as the paper names its dataset, within Excel's 31 characters, and the README links to each", () => {
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(["Table 1 Policies", "Table 3 SEP shares", "Timeline", "Acronyms"]));
    for (const name of names) expect(name.length, name).toBeLessThanOrEqual(31);
    const readme = workbook.getWorksheet("README");
    const links: { text: string; hyperlink: string }[] = [];
    readme?.eachRow((row) => {
      const value = row.getCell(1).value;
      if (value !== null && typeof value === "object" && "hyperlink" in value) links.push(value as { text: string; hyperlink: string });
    });
    expect(links.map((link) => link.text)).toEqual(names.slice(1));
    for (const link of links) expect(link.hyperlink).toBe(`#'${link.text}'!A1`);
  });

  it("prints like a report: A4, one page wide where 8 pt type fits, else across pages with the header row and first column repeated", () => {
    for (const sheet of workbook.worksheets) {
      const setup = sheet.pageSetup;
      expect(setup.paperSize, sheet.name).toBe(9);
      expect(setup.printTitlesRow, sheet.name).toMatch(/^\d+:\d+$/);
      expect(sheet.headerFooter.oddFooter, sheet.name).toContain("&A");
      if (setup.fitToPage) {
        expect(setup.fitToWidth, sheet.name).toBe(1);
        expect(setup.fitToHeight, sheet.name).toBe(0);
      } else {
        expect(setup.printTitlesColumn, sheet.name).toBe("A:A");
        // Across, then down: a band of rows is read with all its columns before the next band.
        expect(setup.pageOrder, sheet.name).toBe("overThenDown");
        expect(setup.scale, sheet.name).toBeGreaterThanOrEqual(73);
      }
    }
    expect(workbook.getWorksheet("Table 3 SEP shares")?.pageSetup.orientation).toBe("portrait");
    expect(workbook.getWorksheet("Table 3 SEP shares")?.pageSetup.fitToPage).toBe(true);
    expect(workbook.getWorksheet("Key figures")?.pageSetup.orientation).toBe("landscape");
    expect(workbook.getWorksheet("Table 3 SEP shares")?.pageSetup.printArea).toBe("A1:D14");
  });

  it("no sheet prints its type below 8 pt (smallest font x print scale); Facts and Sources span pages instead", () => {
    const sizes = printedTypeSizes(workbook);
    expect(sizes.map((size) => size.sheet)).toEqual(workbook.worksheets.map((sheet) => sheet.name));
    for (const size of sizes) expect(size.points, size.sheet).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
    expect(typeSizeProblems(sizes)).toEqual([]);
    for (const name of ["Facts", "Sources"]) expect(workbook.getWorksheet(name)?.pageSetup.fitToPage, name).toBe(false);
  });

  it("the README's lines wrap across its contents' columns, so none is cut at the page's edge", () => {
    const sheet = workbook.getWorksheet("README");
    if (!sheet) throw new Error("README missing");
    let lines = 0;
    sheet.eachRow((row, number) => {
      const text = row.getCell(1).value;
      const merged = row.getCell(1).isMerged;
      if (typeof text !== "string" || text === "") return;
      if (String(row.getCell(2).value ?? "") !== "" && !merged) return; // the contents' header row
      lines += 1;
      expect(merged, `README row ${number}`).toBe(true);
      expect(row.getCell(1).alignment.wrapText, `README row ${number}`).toBe(true);
    });
    expect(lines).toBeGreaterThan(8);
    expect(sheet.pageSetup.printArea).toMatch(/^A1:E\d+$/);
  });

  it.each(listDatasets().map((info) => [info.id]))("%s: every value of the data package, in a table named as the task pane names it", (id) => {
    const dataset = getDataset(id);
    if (!dataset) throw new Error(`no dataset ${id}`);
    const plan = planTable(id, OPTIONS);
    const sheet = sheetWithTable(plan.tableName);
    const headerRow = 1 + plan.footprint.headerRow;
    expect(sheet.getCell(1, 1).value).toBe(plan.caption);
    expect(tableRef(sheet, plan.tableName)).toMatch(new RegExp(`^A${headerRow}:`));
    // The plan's cells, in its columns (the reader's order: a key last under ID), are the data's, as the plan words them.
    plan.columns.forEach((column, index) => {
      expect(sheet.getCell(headerRow, index + 1).value).toBe(column.header);
      plan.rows.forEach((row, rowIndex) => {
        expect(read(sheet.getCell(headerRow + 1 + rowIndex, index + 1)), `${id} row ${rowIndex + 1} ${column.key}`).toEqual(row[index] ?? null);
      });
    });
    // Every number of the data package is there, unchanged.
    dataset.info.fields.forEach((field) => {
      const column = plan.columns.findIndex((candidate) => candidate.key === field.name);
      dataset.rows.forEach((row, index) => {
        const value = row[field.name];
        if (typeof value === "number") expect(read(sheet.getCell(headerRow + 1 + index, column + 1)), `${id} row ${index + 1} ${field.name}`).toBe(value);
      });
    });
    // Nothing below the body but the citation lines, after one empty row.
    const afterBody = headerRow + dataset.rows.length + 1;
    expect(read(sheet.getCell(afterBody, 1))).toBeNull();
    const citation = cite(id);
    expect(citation.ok).toBe(true);
    expect(String(sheet.getCell(afterBody + 1, 1).value)).toBe(`Source: ${citation.ok ? citation.value : ""}`);
  });

  it.each(listDatasets().map((info) => [info.id]))("%s: number formats of the task pane's insert (shares as percentages, counts grouped)", (id) => {
    const dataset = getDataset(id);
    if (!dataset) throw new Error(`no dataset ${id}`);
    const plan = planTable(id, OPTIONS);
    const sheet = sheetWithTable(plan.tableName);
    const firstBody = 2 + plan.footprint.headerRow;
    plan.columns.forEach((column, index) => {
      const field = dataset.info.fields.find((candidate) => candidate.name === column.key);
      dataset.rows.forEach((_, row) => {
        const format = sheet.getCell(firstBody + row, index + 1).numFmt ?? "General"; // exceljs leaves General unstored
        expect(format, `${id} ${column.key} row ${row + 1}`).toBe(column.cellFormats?.[row] ?? column.numberFormat);
        if (field?.unit === "share") expect(format).toMatch(/%$/);
        if (field?.unit === "count" && field.type === "integer") expect(format).toBe("#,##0");
        if (column.kind === "text") expect(format).toBe("@");
      });
    });
  });

  it.each(listDatasets().map((info) => [info.id, info.highlightMaxFields]))(
    "%s: the paper's highest figures are highlighted by conditional formatting",
    (id, highlighted) => {
      const plan = planTable(id, OPTIONS);
      const sheet = sheetWithTable(plan.tableName);
      const rules = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string; rank?: number }[] }[] }).conditionalFormattings ?? [];
      expect(rules).toHaveLength(highlighted.length);
      const firstBody = 2 + plan.footprint.headerRow;
      for (const field of highlighted) {
        const column = plan.columns.findIndex((candidate) => candidate.key === field) + 1;
        const letter = String.fromCharCode(64 + column);
        const rule = rules.find((candidate) => candidate.ref === `${letter}${firstBody}:${letter}${firstBody + plan.rows.length - 1}`);
        expect(rule?.rules[0]).toMatchObject({ type: "top10", rank: 1 });
      }
    },
  );

  // Transcribed from the paper (Tables 2 and 3), as printed: the workbook must show these.
  it.each([
    ["sep-shares-5g", "Huawei", 2, 0.0792, "7.92%"],
    ["sep-shares-5g", "Huawei", 3, 0.1936, "19.36%"],
    ["sep-shares-5g", "Ericsson", 4, 0.161, "16.1%"],
    ["sep-shares-5g", "Samsung", 4, 0.11, "11%"],
    ["patents-5g", "Huawei", 2, 3147, "3,147"],
    ["patents-5g", "Huawei", 5, 19473, "19,473"],
    ["patents-5g", "Qualcomm", 7, 9980, "9,980"],
    ["patents-5g", "Intel", 4, 148, "148"],
  ] as const)("%s %s column %i is %s (the paper prints %s)", (id, company, column, value, _printed) => {
    const plan = planTable(id, OPTIONS);
    const sheet = sheetWithTable(plan.tableName);
    const headerRow = 1 + plan.footprint.headerRow;
    const rowIndex = plan.rows.findIndex((row) => row[0] === company);
    expect(sheet.getCell(headerRow + 1 + rowIndex, 1).value).toBe(company);
    expect(sheet.getCell(headerRow + 1 + rowIndex, column).value).toBeCloseTo(value, 10);
  });

  it("shows the paper's n/a as an empty cell, never as text", () => {
    const plan = planTable("sep-shares-5g", OPTIONS);
    const sheet = sheetWithTable(plan.tableName);
    const zteRow = 2 + plan.footprint.headerRow + plan.rows.findIndex((row) => row[0] === "ZTE");
    expect(read(sheet.getCell(zteRow, 3))).toBeNull();
    expect(read(sheet.getCell(zteRow, 4))).toBeNull();
  });

  it("Facts: All figures, every fact of the core one row each, in the one pivot-ready column list", () => {
    const sheet = sheetWithTable("DSR_Facts");
    const all = facts();
    const plan = planTable("All figures", { layout: "long", includeCaption: true, includeCitation: true });
    expect(all.length).toBeGreaterThan(100);
    expect(plan.rows).toHaveLength(all.length);
    const headerRow = 1 + plan.footprint.headerRow;
    expect((sheet.getRow(headerRow).values as unknown[]).slice(1)).toEqual([...LONG_HEADERS]);
    const valueColumn = LONG_HEADERS.indexOf("Value") + 1;
    all.forEach((fact, index) => {
      const row = headerRow + 1 + index;
      plan.rows[index]?.forEach((cell, column) => expect(read(sheet.getCell(row, column + 1)), `fact ${index + 1} column ${column + 1}`).toEqual(cell));
      expect(read(sheet.getCell(row, valueColumn))).toEqual(fact.value);
      if (fact.unit === "share" && fact.value !== null) expect(sheet.getCell(row, valueColumn).numFmt).toMatch(/%$/);
      if (fact.unit === "count" && fact.value !== null) expect(sheet.getCell(row, valueColumn).numFmt).toBe("#,##0");
    });
    expect(read(sheet.getCell(headerRow + 1 + all.length, 1))).toBeNull();
  });

  it("Sources: every works-cited entry with its full reference", () => {
    const works = getDataset("works-cited");
    const sheet = workbook.getWorksheet("Sources");
    if (!works || !sheet) throw new Error("works cited missing");
    // Each entry's key is its ID, the last column.
    const idColumn = planTable("works-cited", OPTIONS).header.indexOf("ID") + 1;
    expect(idColumn).toBe(planTable("works-cited", OPTIONS).header.length);
    const keys = new Set<string>();
    sheet.eachRow((row) => keys.add(String(row.getCell(idColumn).value)));
    for (const row of works.rows) expect(keys.has(String(row["key"]))).toBe(true);
  });

  it("README: what it is, the licence with its attribution, how to cite, and the contents", () => {
    const sheet = workbook.getWorksheet("README");
    if (!sheet) throw new Error("README missing");
    const text: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value))));
    const all = text.join("\n");
    expect(all).toContain("Creative Commons Attribution-NonCommercial-NoDerivs 3.0");
    expect(all).toContain("Centre for International Governance Innovation");
    expect(all).toContain(getSource("cigi-264")?.reference ?? "missing reference");
    for (const info of listDatasets()) expect(all).toContain(planTable(info.id, OPTIONS).tableName);
  });

  it("shows no internal key: a value that looks like one is only in a column headed ID", () => {
    for (const sheet of workbook.worksheets) {
      const idColumns = new Set<number>();
      sheet.eachRow((row) => row.eachCell((cell, column) => (cell.value === "ID" ? idColumns.add(column) : undefined)));
      sheet.eachRow((row) =>
        row.eachCell((cell, column) => {
          if (!idColumns.has(column)) expect(looksLikeKey(cell.value), `${sheet.name}!${cell.address}: ${String(cell.value)}`).toBe(false);
        }),
      );
      expect(sheet.name, "a sheet's name").not.toMatch(KEY_PATTERN);
      if (idColumns.size > 0) expect(Math.max(...idColumns), `${sheet.name}: ID is the last column`).toBe(sheet.columnCount);
    }
  });

  it("holds values only: no formulas anywhere", () => {
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)));
    }
  });
});

// What each button does, and what the status says afterwards: in Excel through the ExcelHostApi (insert,
// PivotTable, chart, go to, refresh), in a browser through the clipboard and a download.

import { ALL_FIGURES_ID, planCitationText, planToCsv, planToTsv, type TablePlan } from "../../core/index";
import LOAD_STEPS from "../../shared/load-steps.json";
import { plainErrorText } from "../error-text";
import type { Availability } from "../excel/capabilities";
import type { InsertOutcome } from "../excel/insert";
import type { BuildOutcome } from "../excel/pivot";
import type { ExcelHostApi, HostMode } from "../host";
import type { ActionSpec, ActionsView, FollowUp } from "./actions-view";
import { h } from "./dom";
import type { InsertOptions } from "./options-view";

export interface ActionContext {
  plan(): TablePlan;
  /** The paper layout of the current dataset (charts chart the table as printed). */
  paperPlan(): TablePlan;
  /** The current plan with its caption and citation lines, whatever the options (the CSV's sidecar). */
  citedPlan(): TablePlan;
  /** The paper's licence, as its sidecar names it: "Licence: Creative Commons ... (URL)". */
  licence(): string;
  options(): InsertOptions;
  title(): string;
  readonly actions: ActionsView;
  /** Switches the destination to a new worksheet (after a blocked insert), remembered like any choice. */
  useNewSheet(): void;
}

const reasonOf = (availability: Availability): string | null => (availability.ok ? null : availability.reason);

function blockedFollowUps(context: ActionContext, retry: () => Promise<void>, problem: string): FollowUp[] {
  if (problem === "workbook-protected") return [];
  return [
    {
      label: "Insert on a new worksheet",
      busyLabel: "Inserting…",
      run: () => {
        context.useNewSheet();
        return retry();
      },
    },
  ];
}

async function insert(context: ExcelContextActions, ifExists: "report" | "copy"): Promise<void> {
  const plan = context.base.plan();
  const outcome = await context.api.insert({ plan, destination: context.base.options().destination, ifExists });
  report(context, plan, outcome);
}

async function insertCopy(context: ExcelContextActions): Promise<void> {
  const plan = context.base.plan();
  report(context, plan, await context.api.insert({ plan, destination: "new-sheet", ifExists: "copy" }));
}

interface ExcelContextActions {
  readonly base: ActionContext;
  readonly api: ExcelHostApi;
}

function report(context: ExcelContextActions, plan: TablePlan, outcome: InsertOutcome): void {
  const { actions } = context.base;
  if (outcome.kind === "inserted") {
    const moved = outcome.movedToNewSheet
      ? " This Excel cannot check the selected area for tables, PivotTables and merged cells, or put its formats back if a write fails, so the table went on a new worksheet."
      : "";
    actions.status(
      "success",
      `Inserted ${context.base.title()} as the table ${outcome.tableName} at ${outcome.address}: ${plan.rows.length} rows, ${plan.columns.length} columns.${moved}`,
    );
  } else if (outcome.kind === "exists") {
    actions.status("info", `${context.base.title()} is already in this workbook as ${outcome.tableName} (sheet ${outcome.sheetName}).`, [
      {
        label: "Go to it",
        busyLabel: "Going…",
        run: async () => {
          await context.api.goTo(outcome.tableName);
          actions.status("success", `Selected ${outcome.tableName}.`);
        },
      },
      {
        label: "Refresh its values",
        busyLabel: "Refreshing…",
        run: async () => {
          const refreshed = await context.api.refresh(plan, outcome.tableName);
          actions.status(
            refreshed.kind === "refreshed" ? "success" : "warning",
            refreshed.kind === "refreshed" ? `Refreshed the ${refreshed.rows} rows of ${refreshed.tableName} from the paper's data.` : refreshed.message,
          );
        },
      },
      // The selection is usually the table itself: the copy goes on a sheet of its own.
      { label: "Insert a copy on a new worksheet", busyLabel: "Inserting…", run: () => insertCopy(context) },
    ]);
  } else {
    actions.status(
      "warning",
      outcome.message,
      blockedFollowUps(context.base, () => insert(context, "report"), outcome.problem),
    );
  }
}

function reportBuilt(context: ExcelContextActions, outcome: BuildOutcome, what: string, retry: () => Promise<void>, copy?: () => Promise<void>): void {
  const { actions } = context.base;
  if (outcome.kind === "blocked") {
    actions.status("warning", outcome.message, blockedFollowUps(context.base, retry, outcome.problem));
    return;
  }
  if (outcome.kind === "exists" && copy !== undefined) {
    // A PivotTable lives on a sheet of its own: go there, or build another one on purpose.
    actions.status("info", `${outcome.tableName} already has a PivotTable, ${outcome.objectName}, on the sheet ${outcome.sheetName}: nothing was added.`, [
      {
        label: "Go to it",
        busyLabel: "Going…",
        run: async () => {
          await context.api.goToSheet(outcome.sheetName);
          actions.status("success", `Showing the sheet ${outcome.sheetName}.`);
        },
      },
      { label: "Build another PivotTable", busyLabel: "Building the PivotTable…", run: copy },
    ]);
    return;
  }
  if (outcome.kind === "exists") {
    actions.status("info", `${outcome.objectName} is already beside ${outcome.tableName} on the sheet ${outcome.sheetName}: nothing was added.`, [
      {
        label: "Go to it",
        busyLabel: "Going…",
        run: async () => {
          await context.api.goTo(outcome.tableName);
          actions.status("success", `Selected ${outcome.tableName}; its chart is beside it.`);
        },
      },
    ]);
    return;
  }
  const first = outcome.tableInserted ? `Inserted the table ${outcome.tableName}, then added ` : "Added ";
  actions.status("success", `${first}${what} on the sheet ${outcome.sheetName}.`);
}

/** One reason for both buttons, so that the pane says it once ("PivotTable, Chart: …"). */
const TEXT_ONLY = "This dataset is text: it has no figures to pivot or to chart.";

/** Why a dataset has no chart, short enough to sit under the buttons at 320 px (the title is just above). */
function noChartReason(plan: TablePlan): string {
  if (plan.datasetId === ALL_FIGURES_ID)
    return "Every figure of the paper mixes shares, counts and years: insert it and build a PivotTable, or chart one table.";
  if (plan.pivot === null) return TEXT_ONLY;
  return "Its figures are of different kinds: there are no figures to chart side by side. Build a PivotTable instead.";
}

export function excelActions(base: ActionContext, api: ExcelHostApi): ActionSpec[] {
  const context: ExcelContextActions = { base, api };
  const plan = base.plan();
  const paper = base.paperPlan();
  const pivotCopy = async (): Promise<void> =>
    reportBuilt(context, await api.pivot(base.plan(), base.options().destination, true), "another PivotTable", pivotCopy);
  const pivot = async (): Promise<void> => reportBuilt(context, await api.pivot(base.plan(), base.options().destination), "a PivotTable", pivot, pivotCopy);
  const chart = async (): Promise<void> => reportBuilt(context, await api.chart(base.paperPlan(), base.options().destination), "a bar chart beside it", chart);
  return [
    {
      id: "action-insert",
      label: "Insert",
      busyLabel: "Inserting…",
      primary: true,
      disabledReason: reasonOf(api.capabilities.insert),
      run: () => insert(context, "report"),
    },
    {
      id: "action-pivot",
      label: "PivotTable",
      busyLabel: "Building the PivotTable…",
      disabledReason: reasonOf(api.capabilities.pivot) ?? reasonOf(api.capabilities.insert) ?? (plan.pivot === null ? TEXT_ONLY : null),
      run: pivot,
    },
    {
      id: "action-chart",
      label: "Chart",
      busyLabel: "Drawing the chart…",
      disabledReason: reasonOf(api.capabilities.chart) ?? reasonOf(api.capabilities.insert) ?? (paper.chart === null ? noChartReason(plan) : null),
      run: chart,
    },
  ];
}

function fileName(plan: TablePlan, extension: "csv" | "txt" = "csv"): string {
  return `${plan.datasetId}${plan.layout === "long" ? "-facts" : ""}${extension === "txt" ? "-citation" : ""}.${extension}`;
}

/** Saves a text file through a download link (the byte order mark makes Excel read it as UTF-8: Chinese titles). */
function save(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob(["\uFEFF", text], { type: `${type};charset=utf-8` }));
  const link = h("a", { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function browserActions(base: ActionContext): ActionSpec[] {
  const copy = async (): Promise<void> => {
    const plan = base.plan();
    if (navigator.clipboard === undefined) throw new Error("This browser gives the page no clipboard (it needs https or localhost). Use Download CSV instead.");
    try {
      await navigator.clipboard.writeText(planToTsv(plan));
    } catch (error) {
      throw new Error(`The browser did not allow copying (${plainErrorText(error)}). Use Download CSV instead.`);
    }
    base.actions.status("success", `Copied ${plan.rows.length} rows and ${plan.columns.length} columns as tab-separated text: paste it into any spreadsheet.`);
  };
  const download = async (): Promise<void> => {
    // Plain data: one header row and one row per record, whatever the lines-outside-the-table options say.
    const plan = base.plan();
    save(fileName(plan), planToCsv(plan), "text/csv");
    base.actions.status("success", `Downloaded ${fileName(plan)} (${plan.rows.length} rows, one header row). Its citation: Download citation.`);
  };
  const downloadCitation = async (): Promise<void> => {
    const plan = base.citedPlan();
    save(fileName(plan, "txt"), planCitationText(plan, base.licence(), fileName(plan)), "text/plain");
    base.actions.status("success", `Downloaded ${fileName(plan, "txt")}: what ${fileName(plan)} holds, its sources and the paper's licence.`);
  };
  return [
    { id: "action-copy", label: "Copy table", busyLabel: "Copying…", primary: true, disabledReason: null, run: copy },
    { id: "action-download", label: "Download CSV", busyLabel: "Preparing…", disabledReason: null, run: download },
    { id: "action-download-citation", label: "Download citation", busyLabel: "Preparing…", disabledReason: null, run: downloadCitation },
  ];
}

const WHY: Readonly<Record<string, string>> = {
  "no-office-js": "Office's script (office.js) could not load, so this page runs on its own.",
  "not-in-office": "This page is open in a browser, not in Excel.",
  "other-host": "This Office application is not Excel.",
};

/** How to load the add-in into Excel, host by host: the same steps as npm start and the user guide. */
function loadSteps(): HTMLElement {
  return h("details", { className: "load-steps" }, [
    h("summary", { text: "How to load the add-in into Excel" }),
    h("p", { className: "meta", text: LOAD_STEPS.intro }),
    ...LOAD_STEPS.hosts.flatMap((host) => [
      h("h3", { className: "load-steps-host", text: host.host }),
      h(
        "ol",
        {},
        host.steps.map((step) => h("li", { text: step })),
      ),
    ]),
    h("p", { className: "meta", text: LOAD_STEPS.after }),
  ]);
}

/** The line under the actions: how to get the add-in into Excel when outside it. */
export function hostNote(mode: HostMode): HTMLElement[] {
  if (mode.kind === "excel" || mode.why === "loading") return [];
  return [
    h("p", {
      className: "meta",
      text: `${WHY[mode.why] ?? ""} Copy or download any table here. To insert formatted, cited tables, PivotTables and charts, load the add-in into Excel.`,
    }),
    loadSteps(),
    h("p", { className: "meta" }, [
      h("a", { text: "Download every dataset as one Excel workbook (dsr-datasets.xlsx)", attrs: { href: "dsr-datasets.xlsx", download: "" } }),
    ]),
  ];
}

// What the workbench and bibliography benchmarks share: the companies Table 3 gives an IPlytics share for, and a
// calculator for the recording fake that answers DSR.SEPSHARE from the core (the tests use the real functions).
// A reference argument is read through valueAt, the fake's value of that cell.

/** Companies with an IPlytics share (every source then has a row to answer). */
export function tableThreeCompanies(core) {
  return core
    .listNames("companies")
    .map((item) => item.name)
    .filter((name) => core.sepShare(name, "IPlytics").ok);
}

/** The fake's calculate(formula, valueAt): a SEPSHARE call's value, or its "all" spill; null for anything else. */
export function sepShareCalculator(core) {
  return (formula, valueAt = () => undefined) => {
    const call = core.parseFormula(formula).calls[0];
    if (call === undefined || call.name !== "SEPSHARE") return null;
    const [company, source] = call.args.map((argument) =>
      argument.kind === "text" ? argument.value : argument.kind === "reference" ? valueAt(argument.address) : undefined,
    );
    if (source === "all") {
      const all = core.sepShareAllSources(company);
      return all.ok ? [all.value.map((share) => ({ value: share.result.ok ? share.result.value : "#N/A" }))] : null;
    }
    const share = core.sepShare(company, source);
    return [[{ value: share.ok ? share.value : "#N/A" }]];
  };
}

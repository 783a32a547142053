// How a citation, a table's note or a shared workbook names the data it was taken from: the package's version and its
// date, so that a reader can tell which release of the data a figure comes from (data/CHANGELOG.md lists them).

import type { DataRelease } from "../types";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "7 December 2026" for "2026-12-07"; the text itself if it is not such a date. */
function longDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : isoDate;
}

/** "data version 1.1.0 (7 December 2026)"; "unreleased data" for a package that declares no version. */
export function releaseText(release: DataRelease): string {
  if (release.date === "") return "unreleased data";
  return `data version ${release.version} (${longDate(release.date)})`;
}

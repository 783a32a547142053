// Types of ./taskpane-pages.mjs, for the tests.
import type { Server } from "node:http";

export const BLANK_PAGE: string;
export const FLOOR_PAGE: string;
/** The cuts of the pane: its page with a marking script instead of both bundles, and with functions.js kept. */
export function paneCuts(html: string): { page: string; withFunctions: string };
/** Serves dist/ (office.js from the package) and the reference pages, on a free port of 127.0.0.1. */
export function serve(root: string, dist: string): Promise<Server>;

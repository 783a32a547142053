// Types of scripts/build-guide.mjs for the TypeScript tests that call it.
import type { FunctionScript } from "./build-guide.runtime.mjs";

export interface GuideInput {
  readonly root: string;
  /** The build's chunks and functions.js, in evaluation order (build-guide.runtime.mjs, functionsScripts). */
  readonly functionsScripts: readonly FunctionScript[];
  readonly functionsJson: string;
}
export declare const anchorOf: (name: string) => string;
export declare function buildGuide(input: GuideInput): Promise<{ markdown: string; problems: string[] }>;
export declare function buildGuidePages(input: GuideInput): Promise<{ pages: Map<string, string>; problems: string[]; markdown: string }>;

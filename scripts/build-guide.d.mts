// Types of scripts/build-guide.mjs for the TypeScript tests that call it.
export interface GuideInput {
  readonly root: string;
  readonly functionsJs: string;
  readonly functionsJson: string;
}
export declare const anchorOf: (name: string) => string;
export declare function buildGuide(input: GuideInput): Promise<{ markdown: string; problems: string[] }>;
export declare function buildGuidePages(input: GuideInput): Promise<{ pages: Map<string, string>; problems: string[]; markdown: string }>;

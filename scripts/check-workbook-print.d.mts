// Types of scripts/check-workbook-print.mjs for the TypeScript tests that call it.
export declare const MAX_PAGES: number;
export declare function printProblems(pages: readonly string[]): string[];
export declare function printedPages(xlsx: string): { pages: string[] } | { problem: string };
export declare function typeSizeProblems(sizes: readonly { sheet: string; points: number }[]): string[];

// Types of scripts/start/pages.mjs for the TypeScript tests that call it.
export declare function indexPage(root: string, base: string): string;
export declare function dataProblemsPage(problems: readonly string[]): string;

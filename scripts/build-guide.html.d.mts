// Types of scripts/build-guide.html.mjs for the TypeScript tests that call it.
export declare function escapeHtml(text: string): string;

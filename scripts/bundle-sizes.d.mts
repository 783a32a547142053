// Types of scripts/bundle-sizes.mjs for the TypeScript tests that call it.
/** The local scripts a page loads at start (src attributes), office.js and remote URLs left out. */
export declare function initialScripts(html: string): string[];

// Types of scripts/browser/chromium.mjs for the TypeScript tests that launch a browser.
import type { Browser, LaunchOptions } from "playwright-core";
export declare const CHROMIUM_ARGS: readonly string[];
export declare function chromiumLaunchOptions(): Promise<LaunchOptions & { args: string[]; headless: true }>;
export declare function launchChromium(extra?: LaunchOptions): Promise<Browser>;

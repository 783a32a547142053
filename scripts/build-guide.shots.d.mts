// Types of scripts/build-guide.shots.mjs for the TypeScript test that checks the screenshots.
import type { Harness } from "../tests/taskpane/browser-harness";
export declare const SCREENSHOTS_COMMAND: string;
export declare const SCREENSHOTS_RECORD: string;
export declare const WIDTH: number;
export declare const SHOTS: readonly { readonly file: string }[];
export declare function sha256(content: string | Buffer): string;
export declare function captureShots(harness: Harness, options?: { imageDir?: string; log?: (line: string) => void }): Promise<Record<string, string>>;

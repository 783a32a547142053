// Types of scripts/build-guide.runtime.mjs for the TypeScript tests that call it.
export interface FunctionScript {
  readonly file: string;
  readonly text: string;
}
type Registered = Map<string, (...args: unknown[]) => unknown>;
export declare const ERROR_CODES: Readonly<Record<string, string>>;
export declare function functionsScripts(files: readonly string[], read: (file: string) => string): FunctionScript[];
export declare function readFunctionsScripts(dist: string): FunctionScript[];
export declare function loadBuiltFunctions(
  scripts: readonly FunctionScript[],
  errorClass?: new (code: string, message?: string) => unknown,
): Promise<Registered>;
export declare function loadFunctionScripts(scripts: readonly FunctionScript[], errorClass?: new (code: string, message?: string) => unknown): Registered;

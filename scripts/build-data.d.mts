// Types of scripts/build-data.mjs for the TypeScript tests that call it.
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}
export declare const GENERATED: readonly {
  readonly path: string;
  readonly name: string;
  readonly type: string;
  readonly from: string;
  readonly about: string;
}[];
export declare const GENERATED_MARKUP: { readonly path: string; readonly about: string };
export declare const GENERATED_PATHS: readonly string[];
export declare function compileData(root: string): Promise<{ problems: string[]; files: GeneratedFile[] }>;
export declare function staleFiles(root: string, files: readonly GeneratedFile[]): GeneratedFile[];
export declare function writeData(root: string): Promise<{ problems: string[]; written: string[] }>;

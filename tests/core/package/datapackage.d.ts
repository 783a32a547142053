// The part of the Frictionless reference reader for JavaScript (npm datapackage 1.1.10, untyped) the package test uses:
// https://github.com/frictionlessdata/datapackage-js#package and #resource.
declare module "datapackage" {
  export interface ReadOptions {
    readonly keyed?: boolean;
    readonly cast?: boolean;
    /** Replaces each foreign key's value by the row it refers to; a key that refers to nothing is an error. */
    readonly relations?: boolean;
  }
  export interface Resource {
    readonly name: string;
    readonly descriptor: Readonly<Record<string, unknown>>;
    read(options: ReadOptions & { readonly keyed: true }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { readonly basePath?: string; readonly strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: readonly Error[];
    readonly resources: readonly Resource[];
  }
}

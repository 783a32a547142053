// Types of scripts/start/certificates.mjs for the TypeScript tests that call it.
export declare const certDir: string;
export declare const cert: { readonly ca: string; readonly crt: string; readonly key: string };
export declare function protectKey(): void;
export declare function ensureCertificates(): Promise<{ created: boolean } | null>;
export declare function systemName(platform?: string): "Windows" | "Mac" | "Linux";
export declare function caTrusted(bundles?: readonly string[]): Promise<boolean | null>;
export interface TrustSteps {
  readonly trust: { readonly systems: readonly { readonly system: string; readonly steps: readonly string[] }[] };
}
export declare function trustInstructions(state: { created: boolean; trusted: boolean | null; steps: TrustSteps; system?: string }): string[];

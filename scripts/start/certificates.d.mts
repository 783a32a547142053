// Types of scripts/start/certificates.mjs for the TypeScript tests that call it.
export declare const certDir: string;
export declare const cert: { readonly ca: string; readonly crt: string; readonly key: string };
export declare function protectKey(): void;
export declare function ensureCertificates(): Promise<{ created: boolean } | null>;
export declare function trustInstructions(created: boolean): string[];

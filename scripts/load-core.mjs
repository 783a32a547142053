// Loads the TypeScript core (src/core/index.ts and table-plan.ts) into a Node script at build time, through the same Vite pipeline
// vitest uses (TypeScript, JSON and `?raw` CSV imports), so the build scripts read the data exactly as the add-in does.
import { createServer } from "vite";

/**
 * Runs `use(core)` with the core module loaded from `root`, then closes the loader.
 * @template T
 * @param {string} root the repository root
 * @param {(core: Record<string, any>) => Promise<T> | T} use
 * @returns {Promise<T>}
 */
export async function withCore(root, use) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    // The core API plus the table plans (src/core/table-plan.ts), as one object.
    const core = { ...(await server.ssrLoadModule("/src/core/index.ts")), ...(await server.ssrLoadModule("/src/core/table-plan.ts")) };
    return await use(core);
  } finally {
    await server.close();
  }
}

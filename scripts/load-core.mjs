// Loads TypeScript modules of the project (the core, src/core/index.ts, which re-exports the table plans; or a test
// harness) into a Node script, through the same Vite pipeline vitest uses (TypeScript and JSON imports),
// so the build scripts read the data exactly as the add-in does.
import { createServer } from "vite";

/**
 * Runs `use(module)` with the module at `path` (from the repository root) loaded, then closes the loader.
 * @template T
 * @param {string} root the repository root
 * @param {string} path e.g. "/src/core/index.ts"
 * @param {(module: Record<string, any>) => Promise<T> | T} use
 * @returns {Promise<T>}
 */
export async function withModule(root, path, use) {
  return withModules(root, [path], ([module]) => use(module));
}

/**
 * Runs `use(modules)` with every module at `paths` loaded through one loader, then closes it.
 * @template T
 * @param {string} root the repository root
 * @param {string[]} paths e.g. ["/src/core/index.ts", "/tests/taskpane/fake-excel.ts"]
 * @param {(modules: Record<string, any>[]) => Promise<T> | T} use
 * @returns {Promise<T>}
 */
export async function withModules(root, paths, use) {
  return withLoader(root, async (load) => {
    const modules = [];
    for (const path of paths) modules.push(await load(path));
    return use(modules);
  });
}

/**
 * Runs `use(load)` with one loader: `load(path)` loads a module when asked (after earlier steps wrote what it
 * imports, as npm run build does: data, then the core that embeds it), all through one Vite server.
 * @template T
 * @param {string} root the repository root
 * @param {(load: (path: string) => Promise<Record<string, any>>) => Promise<T> | T} use
 * @returns {Promise<T>}
 */
export async function withLoader(root, use) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await use((path) => server.ssrLoadModule(path));
  } finally {
    await server.close();
  }
}

/**
 * Runs `use(core)` with the core API (table plans included) loaded from `root`, then closes the loader.
 * @template T
 * @param {string} root the repository root
 * @param {(core: Record<string, any>) => Promise<T> | T} use
 * @returns {Promise<T>}
 */
export function withCore(root, use) {
  return withModule(root, "/src/core/index.ts", use);
}

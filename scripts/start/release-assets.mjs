// What npm run build adds after webpack (scripts/build.mjs), made by npm start after each successful rebuild and
// served from memory: functions.json with the served port in its help links, the user guide's pages (examples
// computed by the functions just built) and the offline workbook.
import { join } from "node:path";
import { buildGuidePages } from "../build-guide.mjs";
import { functionsScripts } from "../build-guide.runtime.mjs";
import { buildWorkbook } from "../build-workbook.mjs";
import { withCore } from "../load-core.mjs";

const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json", ".xlsx": "application/octet-stream" };
const typeOf = (file) => TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream";

/**
 * @param {string} root
 * @param {(text: string) => string} rewriteUrls the development URLs as the served port names them
 */
export function releaseAssets(root, rewriteUrls) {
  /** @type {Map<string, string | Buffer>} by URL path */
  let files = new Map();
  let latest = Promise.resolve();

  /** Remakes the assets from the compilation's output (the dev server keeps it in memory). */
  async function make(compiler) {
    const output = compiler.outputFileSystem;
    const read = (file) => output.readFileSync(join(compiler.outputPath, file), "utf8").toString();
    const functionsJson = rewriteUrls(read("functions.json"));
    const scripts = functionsScripts(output.readdirSync(compiler.outputPath).map(String), read);
    const next = new Map([["/functions.json", functionsJson]]);
    await withCore(root, async (core) => {
      const guide = await buildGuidePages({ root, functionsScripts: scripts, functionsJson, core });
      for (const problem of guide.problems) console.log(`User guide: ${problem}`);
      for (const [file, content] of guide.pages) next.set(`/${file}`, content);
      next.set("/dsr-datasets.xlsx", await buildWorkbook({ root, core }));
    });
    files = next;
  }

  return {
    /** Queues a remake after a successful build; a failure is reported and the previous assets stay served. */
    refresh(compiler) {
      latest = latest
        .then(() => make(compiler))
        .catch((error) => console.log(`The guide or the workbook could not be made: ${error instanceof Error ? error.message : String(error)}`));
      return latest;
    },
    /** Serves an asset it holds; passes every other request on. */
    middleware(request, response, next) {
      const path = (request.url ?? "/").split("?")[0];
      const body = files.get(path);
      if (body === undefined) return next();
      response.writeHead(200, { "Content-Type": typeOf(path), "Cache-Control": "no-store" });
      return response.end(body);
    },
  };
}

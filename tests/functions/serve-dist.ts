// Serves a built dist/ folder on 127.0.0.1 for the bundle test (the functions page, functions.js, office-js/).
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Readonly<Record<string, string>> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json" };

export interface ServedFolder {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveDist(folder: string): Promise<ServedFolder> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    const file = join(root, normalize(decodeURIComponent((request.url ?? "/").split("?")[0] ?? "/")));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))) };
}

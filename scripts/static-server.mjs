// A small static file server for dist/, on 127.0.0.1 only.
// Usage: node scripts/static-server.mjs <folder> <port>   (port 0 picks a free one)
// Prints "listening on http://127.0.0.1:<port>" once ready.

import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

/** Starts serving `folder` (a path, or a function giving the path for each
 * request, so a test can swap builds); resolves to the server once it listens. */
export function serve(folder, port) {
  const rootOf = typeof folder === "function" ? () => resolve(folder()) : () => resolve(folder);
  const server = createServer(async (request, response) => {
    const root = rootOf();
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
      });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
    }
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [folder = "dist", port = "8080"] = process.argv.slice(2);
  const server = await serve(folder, Number(port));
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
}

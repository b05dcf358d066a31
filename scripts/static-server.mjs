// A small static file server for dist/, on 127.0.0.1 only. Like a real host it
// sends text and wasm brotli-compressed to browsers that accept it, with the
// README's caching headers (hashed files kept for a year; the others checked each
// time, by their ETag), so what the tests and the benchmark load weighs what a
// visitor downloads.
// Usage: node scripts/static-server.mjs <folder> <port>   (port 0 picks a free one)
// Prints "listening on http://127.0.0.1:<port>" once ready.

import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

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

/** Types already compressed, sent as they are. */
const COMPRESSED = new Set([".png"]);

/** A file whose name (or folder) carries the build's hash, such as
 * `main-0123456789abcdef.css`: it never changes, so it may be kept for a year. */
const HASHED = /-[0-9a-f]{16}(_bg)?(\.[a-z]+|\/)/;

/** Brotli versions of the files served so far, by path, size and change time. */
const brotli = new Map();

/** The brotli-compressed `body` of `file`, made once per version of the file. */
async function compressed(file, body) {
  const { size, mtimeMs } = await stat(file);
  const key = `${file} ${size} ${mtimeMs}`;
  if (!brotli.has(key)) {
    brotli.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  }
  return brotli.get(key);
}

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
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
      const headers = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
        etag,
        vary: "accept-encoding",
      };
      if (request.headers["if-none-match"] === etag) {
        response.writeHead(304, headers).end();
        return;
      }
      const acceptsBrotli = /\bbr\b/.test(request.headers["accept-encoding"] ?? "");
      if (acceptsBrotli && !COMPRESSED.has(extname(file))) {
        response.writeHead(200, { ...headers, "content-encoding": "br" });
        response.end(await compressed(file, body));
      } else {
        response.writeHead(200, headers);
        response.end(body);
      }
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

// Measures dist/: every file raw, gzip (level 9) and brotli (quality 11) bytes.
// Usage: node scripts/size.mjs <folder>   prints a table and the totals.

import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { isLanguagePack, isPrecached } from "./site-files.mjs";

/** The most a visitor's copy of `dist/` may weigh, brotli-compressed, in bytes:
 * the one place it is set. */
export const BROTLI_BUDGET_BYTES = 162 * 1024;



async function filesUnder(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** Sizes of every file under `folder`, and their totals. */
export async function measure(folder) {
  const files = [];
  for (const path of await filesUnder(folder)) {
    const bytes = await readFile(path);
    files.push({
      file: relative(folder, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    });
  }
  const total = (key) => files.reduce((sum, file) => sum + file[key], 0);
  // What a visitor's browser downloads: the files the offline worker stores,
  // plus one language pack (the largest).
  const precached = files.filter((file) => isPrecached(file.file)).reduce((sum, file) => sum + file.brotli, 0);
  const packs = files.filter((file) => isLanguagePack(file.file)).map((file) => file.brotli);
  const visitor = precached + Math.max(0, ...packs);
  return { files, total: { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") }, precached, visitor };
}

function table({ files, total }) {
  const rows = [["file", "raw", "gzip", "brotli"], ...files.map((f) => [f.file, f.raw, f.gzip, f.brotli])];
  rows.push(["total", total.raw, total.gzip, total.brotli]);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows
    .map((row) =>
      row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join("  "),
    )
    .join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await measure(process.argv[2] ?? "dist");
  console.log(table(report));
  console.log(`a visitor's download (the offline copy and the largest language pack): ${report.visitor} of ${BROTLI_BUDGET_BYTES} brotli bytes`);
}

// Measures dist/: every file raw, gzip (level 9) and brotli (quality 11) bytes.
// Usage: node scripts/size.mjs <folder>   prints a table and the totals.

import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The most a visitor's copy of `dist/` may weigh, brotli-compressed, in bytes:
 * the one place it is set. */
export const BROTLI_BUDGET_BYTES = 150 * 1024;

/** Language packs: a visitor downloads at most one of them. */
const LANGUAGE_PACK = /^lang-[a-z]+\.js$/;

/** Files for others, never downloaded by the checker itself: the embedding
 * guide and script for clinics' web teams, and the FHIR Questionnaire for tools. */
const NOT_FOR_VISITORS = ["embed.html", "embed-host.js", "questionnaire.json"];

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
  // Everything a visitor's browser can download (the offline worker fetches
  // every file of the app): all but the files for others and the language
  // packs, plus the largest pack.
  const forVisitors = files.filter((file) => !NOT_FOR_VISITORS.includes(file.file));
  const packs = forVisitors.filter((file) => LANGUAGE_PACK.test(file.file)).map((file) => file.brotli);
  const rest = forVisitors.filter((file) => !LANGUAGE_PACK.test(file.file)).reduce((sum, file) => sum + file.brotli, 0);
  const visitor = rest + Math.max(0, ...packs);
  return { files, total: { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") }, visitor };
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
  console.log(`a visitor's copy (${NOT_FOR_VISITORS.join(", ")} and all but one language pack left out): ${report.visitor} of ${BROTLI_BUDGET_BYTES} brotli bytes`);
}

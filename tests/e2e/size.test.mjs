// What a visitor's browser can download from dist/ (every file of the app, with
// one language pack) stays within the budget (brotli bytes are deterministic).

import assert from "node:assert/strict";
import { test } from "node:test";
import { BROTLI_BUDGET_BYTES, measure } from "../../scripts/size.mjs";

test("a visitor's copy of dist/ weighs no more than the brotli budget", async () => {
  const { files, visitor } = await measure("dist");
  assert.ok(files.some((file) => file.file.endsWith(".wasm")), "dist/ holds the app's wasm");
  assert.ok(files.some((file) => file.file === "lang-es.js"), "the language packs are measured");
  assert.ok(
    visitor <= BROTLI_BUDGET_BYTES,
    `a visitor's copy is ${visitor} brotli bytes, over the budget of ${BROTLI_BUDGET_BYTES}`,
  );
});

// The whole of dist/ stays within the download budget (brotli bytes are deterministic).

import assert from "node:assert/strict";
import { test } from "node:test";
import { BROTLI_BUDGET_BYTES, measure } from "../../scripts/size.mjs";

test("dist/ weighs no more than the brotli budget", async () => {
  const { files, total } = await measure("dist");
  assert.ok(files.some((file) => file.file.endsWith(".wasm")), "dist/ holds the app's wasm");
  assert.ok(
    total.brotli <= BROTLI_BUDGET_BYTES,
    `dist/ is ${total.brotli} brotli bytes, over the budget of ${BROTLI_BUDGET_BYTES}`,
  );
});

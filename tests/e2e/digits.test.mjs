// Number fields read the digits of any script: an Arabic reader's keyboard types
// Arabic-Indic digits, and "٧" is the answer 7.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, SELF_CARE_IDS, STEP, answerByIds, answerStepByIds, appReady, catalog, launch } from "./support.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test("in Arabic, the pain score typed as ٧ is taken as 7, and ١١ is out of range", async () => {
  const ar = await catalog("ar");
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${BASE_URL}?lang=ar`);
  await appReady(page);
  await page.locator(".start .button-primary").click();
  for (const answers of SELF_CARE_IDS.slice(0, STEP.spasm)) await answerStepByIds(page, answers);

  await page.locator("#step-title").waitFor();
  // Cramps every week bring the pain score.
  await answerByIds(page, SELF_CARE_IDS[STEP.spasm].map(([question, value]) => [question, question === "frequency" ? "weekly" : value]));
  const field = page.locator("#severity");
  await field.pressSequentially("١١");
  await page.locator("#severity-range").waitFor();
  await field.fill("");
  await field.pressSequentially("٧");
  await page.locator("#severity-range").waitFor({ state: "detached" });
  assert.equal(await field.inputValue(), "٧", "the field shows what was typed");
  assert.equal(await field.getAttribute("aria-invalid"), null);

  await page.locator("form button[type=submit]").click();
  for (const answers of SELF_CARE_IDS.slice(STEP.spasm + 1)) await answerStepByIds(page, answers);
  await page.locator("#review-title").waitFor();
  const severity = page.locator(".review-item", { hasText: ar["question.severity.short"] });
  assert.equal(await severity.locator("dd").innerText(), `7 ${ar["question.severity.unit"]}`);
  assert.deepEqual(errors, []);
  await context.close();
});

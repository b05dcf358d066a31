// axe-core on every screen of a full path (and the page on how the checker
// decides), and on a result that tells back
// what decided it, at desktop width and at 320 px, and no sideways scrolling
// at 320 px.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";
import { BASE_URL, SELF_CARE_IDS, SELF_CARE_PATH, STEP, answerByIds, answerStep, answerStepByIds, idsWith, launch, openApp, walkByIds } from "./support.mjs";

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** axe's violations on the page as it is now, as readable lines. */
async function violations(page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    }),
  );
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

/** Checks the current screen and records problems under its name. */
async function checkScreen(page, name, width, problems) {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  for (const line of await violations(page)) problems.push(`${name}: ${line}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (width <= 320 && overflow > 0) problems.push(`${name}: ${overflow} px of sideways scrolling`);
}

for (const width of [1280, 320]) {
  test(`axe finds no violations on any screen at ${width} px`, async () => {
    const problems = [];
    const { context, page } = await openApp(browser, { viewport: { width, height: 800 } });
    await checkScreen(page, "start", width, problems);
    await page.getByRole("button", { name: "Start" }).click();
    for (const answers of SELF_CARE_PATH) {
      const title = await page.getByRole("heading", { level: 1 }).first().innerText();
      await page.getByRole("button", { name: "Next" }).click();
      await checkScreen(page, `${title} (with the missing-answer messages)`, width, problems);
      await answerStep(page, answers);
    }
    await checkScreen(page, "review", width, problems);
    await page.getByRole("button", { name: "See what to do" }).click();
    await page.getByRole("heading", { level: 1, name: "Care at home is enough for now" }).waitFor();
    await checkScreen(page, "result", width, problems);
    await page.getByRole("button", { name: "Summary for a doctor or nurse" }).click();
    await page.getByRole("heading", { level: 1, name: "Summary for a doctor or nurse" }).waitFor();
    await checkScreen(page, "summary", width, problems);
    await page.locator(".app-footer").getByRole("link", { name: "How the checker decides" }).click();
    await page.getByRole("heading", { level: 1, name: "How the checker decides" }).waitFor();
    await checkScreen(page, "how the checker decides", width, problems);
    await context.close();

    const emergency = await openApp(browser, { viewport: { width, height: 800 } });
    await emergency.page.getByRole("button", { name: "Start" }).click();
    await answerStep(emergency.page, SELF_CARE_PATH[0]);
    await emergency.page.getByLabel(/^Chest pain/).click();
    await emergency.page.getByRole("heading", { level: 1, name: "Call for help now" }).waitFor();
    await checkScreen(emergency.page, "emergency", width, problems);
    await emergency.context.close();

    const calfPain = await openApp(browser, { viewport: { width, height: 800 } });
    await walkByIds(calfPain.page, idsWith({ symptoms: [["symptoms", "calf_pain_stays"], ["clot_risks", "none"]] }));
    await calfPain.page.getByRole("button", { name: "See what to do" }).click();
    await calfPain.page.getByRole("heading", { level: 1, name: "Get medical help today" }).waitFor();
    await checkScreen(calfPain.page, "result with what you told us", width, problems);
    await calfPain.context.close();

    const crampNow = await openApp(browser, { viewport: { width, height: 800 } });
    await crampNow.page.locator(".start .button-primary").click();
    for (const answers of SELF_CARE_IDS.slice(0, STEP.spasm)) await answerStepByIds(crampNow.page, answers);
    await crampNow.page.locator("#step-title").waitFor();
    await answerByIds(crampNow.page, [["feel", "cramp"], ["happening_now", "yes"]]);
    await crampNow.page.locator(".help-now").waitFor();
    await checkScreen(crampNow.page, "help during a cramp", width, problems);
    await crampNow.context.close();

    assert.deepEqual(problems, []);
  });
}

test("axe finds no violations in the dark colour scheme", async () => {
  const problems = [];
  const { context, page } = await openApp(browser, { colorScheme: "dark" });
  await checkScreen(page, "start", 1280, problems);
  await page.getByRole("button", { name: "Start" }).click();
  for (const answers of SELF_CARE_PATH) {
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await answerStep(page, answers);
  }
  await checkScreen(page, "review", 1280, problems);
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { level: 1, name: "Care at home is enough for now" }).waitFor();
  await checkScreen(page, "result", 1280, problems);
  await context.close();
  assert.deepEqual(problems, []);
});

test("axe finds no violations on a summary in Arabic and English, at 1280 and 320 px", async () => {
  const problems = [];
  for (const width of [1280, 320]) {
    const { context, page } = await openApp(browser, { viewport: { width, height: 800 } });
    await page.goto(`${BASE_URL}?lang=ar&region=au`);
    await walkByIds(page, SELF_CARE_IDS);
    await page.locator(".review .button-primary").click();
    await page.locator(".result .button-primary").click();
    await page.locator('.summary-part[lang="en"]').waitFor();
    await checkScreen(page, "summary", width, problems);
    await context.close();
  }
  assert.deepEqual(problems, []);
});

// The whole questionnaire with the keyboard only: Tab, arrows, Space and Enter.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { SELF_CARE_PATH, focusedHeading, launch, openApp } from "./support.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** Presses Tab until `isTarget(focused element)` holds in the page; fails after 100 presses. */
async function tabUntil(page, isTarget, arg) {
  for (let presses = 0; presses < 100; presses += 1) {
    if (await page.evaluate(isTarget, arg)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached the control for ${JSON.stringify(arg)}`);
}

/** Whether the focused control belongs to the question whose legend contains `question`. */
const inQuestion = ({ question }) =>
  document.activeElement?.closest("fieldset")?.querySelector("legend")?.textContent.includes(question) ?? false;

const labelOfFocus = () => document.activeElement?.labels?.[0]?.textContent ?? document.activeElement?.getAttribute("aria-label") ?? "";

async function answerWithKeys(page, question, value) {
  await tabUntil(page, inQuestion, { question });
  if (typeof value === "number") {
    await page.keyboard.type(String(value));
    return;
  }
  const type = await page.evaluate(() => document.activeElement.type);
  if (type === "radio") {
    for (let presses = 0; presses < 12; presses += 1) {
      if ((await page.evaluate(labelOfFocus)).startsWith(value)) break;
      await page.keyboard.press("ArrowDown");
    }
    if (!(await page.evaluate(() => document.activeElement.checked))) await page.keyboard.press("Space");
  } else {
    await tabUntil(page, ({ question, value }) => {
      const label = document.activeElement?.labels?.[0]?.textContent ?? document.activeElement?.getAttribute("aria-label") ?? "";
      return label.startsWith(value) && (document.activeElement.closest("fieldset")?.querySelector("legend")?.textContent.includes(question) ?? false);
    }, { question, value });
    await page.keyboard.press("Space");
  }
  assert.ok((await page.evaluate(labelOfFocus)).startsWith(value), `${value} has focus`);
}

test("a person can answer every step and read the result with the keyboard only", async () => {
  const { context, page, errors } = await openApp(browser);
  await tabUntil(page, () => document.activeElement?.textContent?.trim() === "Start");
  await page.keyboard.press("Enter");
  for (const answers of SELF_CARE_PATH) {
    await page.waitForFunction(() => /^H1$/.test(document.activeElement?.tagName ?? ""));
    for (const [question, value] of answers) {
      if (question === "Where are the spasms") {
        // The body map's region, reached with Tab and ticked with Space.
        await tabUntil(page, () => document.activeElement?.getAttribute("aria-label")?.startsWith("Lower leg") ?? false);
        await page.keyboard.press("Space");
        assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-checked")), "true");
        assert.ok(await page.locator("input").and(page.getByLabel(value, { exact: true })).isChecked(), "the list follows the map");
      } else {
        await answerWithKeys(page, question, value);
      }
    }
    await tabUntil(page, () => document.activeElement?.textContent?.trim() === "Next");
    await page.keyboard.press("Enter");
  }
  await page.waitForFunction(() => document.activeElement?.textContent === "Check your answers");
  await tabUntil(page, () => document.activeElement?.textContent?.trim() === "See what to do");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.tagName === "H1");
  assert.equal(await focusedHeading(page), "Care at home is enough for now");
  await tabUntil(page, () => document.activeElement?.textContent?.trim() === "Start again");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Muscle spasm and cramp checker" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

// Spanish and Arabic, the language switch, and each region's numbers.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";
import { BASE_URL, SELF_CARE_IDS, appReady, catalog, launch, walkByIds } from "./support.mjs";

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

async function open(query, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${BASE_URL}${query}`);
  await appReady(page);
  return { context, page, errors };
}

async function axeViolations(page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"] } }),
  );
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test("a full path in Spanish", async () => {
  const es = await catalog("es");
  const { context, page, errors } = await open("?lang=es");
  assert.equal(await page.locator("html").getAttribute("lang"), "es");
  assert.equal(await page.locator("html").getAttribute("dir"), "ltr");
  assert.equal(await page.locator("h1").innerText(), es.app_name);
  assert.equal(await page.locator(".translation-pending").innerText(), es.translation_pending);
  await walkByIds(page, SELF_CARE_IDS);
  assert.equal(await page.locator("#review-title").innerText(), es.review_title);
  await page.locator(".review .button-primary").click();
  await page.getByRole("heading", { level: 1, name: es.level_self_care }).waitFor();
  assert.match(await page.locator("main").innerText(), new RegExp(es["advice.stretch_and_rub.text"].slice(0, 30)));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a full path in Arabic, right to left, with no accessibility violations", async () => {
  const ar = await catalog("ar");
  const { context, page, errors } = await open("?lang=ar");
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  assert.equal(await page.locator("html").getAttribute("lang"), "ar");
  const problems = (await axeViolations(page)).map((line) => `start: ${line}`);
  await page.locator(".start .button-primary").click();
  await page.locator("#step-title").waitFor();
  assert.equal(await page.locator("#step-title").innerText(), ar["step.who.title"]);
  problems.push(...(await axeViolations(page)).map((line) => `step: ${line}`));
  await page.locator("form .button:not(.button-primary)").click();
  await walkByIds(page, SELF_CARE_IDS);
  await page.locator(".review .button-primary").click();
  await page.getByRole("heading", { level: 1, name: ar.level_self_care }).waitFor();
  problems.push(...(await axeViolations(page)).map((line) => `result: ${line}`));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow} px of sideways scrolling`);
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("switching language mid-way keeps the answers and the step", async () => {
  const es = await catalog("es");
  const { context, page } = await open("?lang=en");
  await throughWho(page);
  await page.locator("#red_flags-none").check();
  await page.locator("form button[type=submit]").click();
  await page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  await page.getByRole("button", { name: "Español" }).click();
  await page.getByRole("heading", { level: 1, name: es["step.where.title"] }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "es");
  assert.equal(new URL(page.url()).search, "?lang=en", "the choice is not put in the query (a reload would send it)");
  assert.equal(await page.getByRole("button", { name: "Español" }).getAttribute("aria-pressed"), "true");
  await page.locator("form .button:not(.button-primary)").click();
  await page.getByRole("heading", { level: 1, name: es["step.red_flags.title"] }).waitFor();
  assert.ok(await page.locator("#red_flags-none").isChecked(), "the answer is still there");
  await page.reload();
  await page.getByRole("heading", { level: 1, name: es["step.red_flags.title"] }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "es", "a reload keeps the language chosen in the tab");
  await context.close();
});

/** Presses Start and answers the who step for an adult answering for themselves. */
async function throughWho(page) {
  await page.locator(".start .button-primary").click();
  await page.locator("#age_group-adult").check();
  await page.locator("#answering_for-self").check();
  await page.locator("form button[type=submit]").click();
}

async function emergencyScreen(page) {
  await throughWho(page);
  await page.locator("#red_flags-chest").click();
  await page.locator("#stop-title").waitFor();
}

test("region=us shows 911 on the emergency screen", async () => {
  const { context, page } = await open("?region=us");
  await emergencyScreen(page);
  const call = page.locator(".call-now");
  assert.equal(await call.getAttribute("href"), "tel:911");
  assert.equal(await call.innerText(), "Call 911 now");
  await context.close();
});

test("region=gb shows 999 for emergencies and NHS 111 for help today", async () => {
  const { context, page } = await open("?region=gb");
  assert.equal(await page.locator("#region").inputValue(), "gb", "the region is chosen on the start screen");
  await emergencyScreen(page);
  assert.equal(await page.locator(".call-now").getAttribute("href"), "tel:999");
  assert.match(await page.locator("main").innerText(), /You can also call 112/);
  await context.close();

  const urgent = await open("?region=gb");
  await walkByIds(urgent.page, SELF_CARE_IDS.map((step, index) => (index === SELF_CARE_IDS.length - 1 ? [["pregnancy", "no"], ["has_conditions", "no"], ["takes_medicines", "yes"], ["medicines", "statin"], ["statin_new", "yes"]] : step)));
  await urgent.page.locator(".review .button-primary").click();
  await urgent.page.getByRole("heading", { level: 1, name: "Get medical help today" }).waitFor();
  const service = urgent.page.locator(".service a");
  assert.equal(await service.getAttribute("href"), "tel:111");
  assert.equal(await service.innerText(), "For help today without an emergency, call NHS 111 on 111.");
  await urgent.context.close();
});

test("choosing a region on the start screen sets the numbers", async () => {
  const { context, page } = await open("");
  await page.locator("#region").selectOption("au");
  await emergencyScreen(page);
  assert.equal(await page.locator(".call-now").getAttribute("href"), "tel:000");
  await context.close();
});

/** Where the first occurrence of `part` inside `selector` is drawn, left edge in CSS pixels. */
function leftOf(page, selector, part) {
  return page.locator(selector).evaluate((element, part) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(part);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + part.length);
        return range.getBoundingClientRect().left;
      }
    }
    return null;
  }, part);
}

test("on a right-to-left page a phone number keeps its own order: 1800 022 222 reads left to right", async () => {
  const { context, page } = await open("?lang=ar&region=au");
  await page.locator(".start .button-primary").click();
  await page.locator("#answering_for-someone_else").check();
  await page.locator("#age_group-baby").click();
  await page.locator("#stop-title").waitFor();
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  const service = ".service a";
  assert.match(await page.locator(service).innerText(), /1800 022 222/);
  const first = await leftOf(page, service, "1800");
  const last = await leftOf(page, service, "222");
  assert.ok(first !== null && last !== null, "both parts of the number are drawn");
  assert.ok(first < last, `"1800" is drawn left of "222" (${first} < ${last})`);
  await context.close();
});

test("a language pack made for another build of the app is refused: the page stays in its language and says so", async () => {
  const { context, page, errors } = await open("?lang=en");
  // The pack a newer deploy would serve: the same texts, for another key list
  // (routed for the offline worker's requests too).
  await context.route("**/lang-fr.js", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/^export const keys = "[0-9a-f]+";/, 'export const keys = "0000000000000000";');
    await route.fulfill({ response, body });
  });
  await page.getByRole("button", { name: "Français" }).click();
  await page.getByRole("status").getByText("Français could not be loaded. Check your connection, then try again.").waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.equal(await page.getByRole("button", { name: "Français" }).getAttribute("aria-pressed"), "false");
  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Muscle spasm and cramp checker");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a language whose pack cannot be loaded at the start: the app starts in English and says so", async () => {
  const context = await browser.newContext();
  await context.route("**/lang-es.js", (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${BASE_URL}?lang=es`);
  await appReady(page);
  await page.getByRole("status").getByText("Español could not be loaded. Check your connection, then try again.").waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("heading", { level: 1, name: "About the person" }).waitFor();
  await context.close();
});

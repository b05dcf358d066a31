// The embedding clinic's name, phone and website on the results that send a
// person to a doctor: shown as text and plain links, and hostile values are
// ignored or cut, never injected.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { answerStepByIds, idsWith, launch, openApp, walkByIds } from "./support.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** The self-care path with a statin taken for years: a routine result. */
const ROUTINE_IDS = idsWith({ takes_medicines: [["takes_medicines", "yes"], ["medicines", "statin"], ["statin_new", "no"]] });

/** The query of a clinic's options, each value URL-encoded. */
function clinicQuery(options) {
  return `?${new URLSearchParams(options)}`;
}

/** Opens the app with `query` and walks to the routine result. */
async function routineResult(query) {
  const opened = await openApp(browser, {}, query);
  await walkByIds(opened.page, ROUTINE_IDS);
  await opened.page.locator(".review .button-primary").click();
  await opened.page.getByRole("heading", { level: 1, name: "Book a routine appointment" }).waitFor();
  return opened;
}

test("a routine result shows the clinic's name, a link that dials it and one that opens its website", async () => {
  const { context, page, errors } = await routineResult(
    clinicQuery({ clinic: "Riverside Practice", clinic_phone: "+44 (0)20 7946-0000", clinic_url: "https://riverside.example/book" }),
  );
  const clinic = page.locator(".clinic");
  assert.equal(await clinic.getByRole("heading").innerText(), "Contact Riverside Practice");
  const call = clinic.getByRole("link", { name: "Call +44 (0)20 7946-0000" });
  assert.equal(await call.getAttribute("href"), "tel:+4402079460000");
  const site = clinic.getByRole("link", { name: "Their website (opens in a new tab)" });
  assert.equal(await site.getAttribute("href"), "https://riverside.example/book");
  assert.equal(await site.getAttribute("target"), "_blank");
  assert.equal(await site.getAttribute("rel"), "noopener noreferrer");

  await page.getByRole("button", { name: "Summary for a doctor or nurse" }).click();
  await page.locator("#summary-title").waitFor();
  assert.equal(await page.locator(".clinic a[href^='tel:']").getAttribute("href"), "tel:+4402079460000", "the summary has it too");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the emergency screen shows the emergency number first and the clinic after it", async () => {
  const { context, page } = await openApp(browser, {}, clinicQuery({ region: "gb", clinic: "Riverside Practice", clinic_phone: "020 7946 0000" }));
  await page.locator(".start .button-primary").click();
  await answerStepByIds(page, [["answering_for", "self"], ["age_group", "adult"]]);
  await page.locator("#red_flags-chest").click();
  await page.locator("#stop-title").waitFor();
  const order = await page.locator("main a[href^='tel:']").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  assert.equal(order[0], "tel:999");
  assert.ok(order.indexOf("tel:02079460000") > 0, order.join());
  await context.close();
});

test("hostile clinic options are ignored or cut, and nothing is injected", async () => {
  const longName = `${"Clinic ".repeat(70)}end`;
  const { context, page, errors } = await routineResult(
    clinicQuery({
      clinic: `<img src=x onerror="window.injected=1">${longName}`,
      clinic_phone: "0800-CALL-NOW",
      clinic_url: "javascript:window.injected=1",
    }),
  );
  const heading = await page.locator(".clinic").count();
  assert.equal(heading, 0, "no phone and no https address: no way to reach the clinic is shown");
  await context.close();

  const second = await routineResult(clinicQuery({ clinic: `<img src=x onerror="window.injected=1">${longName}`, clinic_phone: "111", clinic_url: "http://clinic.example" }));
  const name = `<img src=x onerror="window.injected=1">${longName}`;
  const title = await second.page.locator(".clinic h2").innerText();
  assert.equal(title, `Contact ${name.slice(0, 60).trimEnd()}`, "shown as text, cut to 60 characters");
  assert.equal(await second.page.locator(".clinic img, main img[src='x']").count(), 0, "no element is made from the name");
  assert.equal(await second.page.locator(".clinic a").count(), 1, "only the phone: an http address is not https");
  assert.equal(await second.page.evaluate(() => window.injected), undefined);
  assert.deepEqual([...errors, ...second.errors], []);
  await second.context.close();
});

test("a self-care result shows no clinic", async () => {
  const { context, page } = await openApp(browser, {}, clinicQuery({ clinic: "Riverside Practice", clinic_phone: "020 7946 0000" }));
  await walkByIds(page, idsWith({}));
  await page.locator(".review .button-primary").click();
  await page.locator("#result-title").waitFor();
  assert.equal(await page.locator(".clinic").count(), 0);
  await context.close();
});

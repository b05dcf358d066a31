// What a person goes through: how much there is to read and tap on an ordinary
// path, help the moment a cramp is happening, and a result that speaks to them.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { SELF_CARE_IDS, STEP, answerByIds, answerStepByIds, catalog, idsWith, launch, openApp, walkByIds } from "./support.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** The words a person sees in the main part of the screen: the text as shown,
 * with a closed drop-down counting only its chosen entry. The header and
 * footer are the same on every screen and are not counted. */
function wordsOnScreen(page) {
  return page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true);
    for (const select of copy.querySelectorAll("select")) {
      select.replaceWith(main.querySelector(`#${select.id}`).selectedOptions[0]?.textContent ?? "");
    }
    copy.style.position = "absolute";
    document.body.append(copy);
    const words = copy.innerText.split(/\s+/).filter(Boolean).length;
    copy.remove();
    return words;
  });
}

test("the ordinary night-cramp path needs at most 900 words read and 25 taps to the result", async (t) => {
  const { context, page } = await openApp(browser, { viewport: { width: 360, height: 780 } });
  const read = [["start", await wordsOnScreen(page)]];
  let taps = 0;
  const tap = async (locator) => {
    await locator.click();
    taps += 1;
  };
  await tap(page.locator(".start .button-primary"));
  for (const answers of SELF_CARE_IDS) {
    await page.locator("#step-title").waitFor();
    for (const [question, value] of answers) await tap(page.locator(`#${question}-${value}`));
    read.push([await page.locator("#step-title").innerText(), await wordsOnScreen(page)]);
    await tap(page.locator("form button[type=submit]"));
  }
  await page.locator("#review-title").waitFor();
  read.push(["review", await wordsOnScreen(page)]);
  await tap(page.locator(".review .button-primary"));
  await page.getByRole("heading", { level: 1, name: "Care at home is enough for now" }).waitFor();
  const words = read.reduce((sum, [, count]) => sum + count, 0);
  t.diagnostic(`${words} words, ${taps} taps: ${read.map(([screen, count]) => `${screen} ${count}`).join(", ")}`);
  assert.ok(words <= 900, `${words} words to read before the result`);
  assert.ok(taps <= 25, `${taps} taps to the result`);
  await context.close();
});

/** Walks to the spasm step with `where`, then says a cramp is happening now. */
async function crampNow(page, where) {
  await page.locator(".start .button-primary").click();
  const path = idsWith({ where: where.map((place) => ["where", place]) });
  for (const answers of path.slice(0, STEP.spasm)) await answerStepByIds(page, answers);
  await page.locator("#step-title").waitFor();
  await answerByIds(page, [["feel", "cramp"], ["happening_now", "yes"]]);
}

test("a cramp happening now in the calf shows at once how to ease it, with the drawing, then the questions go on", async () => {
  const en = await catalog("en");
  const { context, page, errors } = await openApp(browser);
  await crampNow(page, ["calf"]);
  const help = page.getByRole("complementary", { name: "While the cramp lasts" });
  await help.waitFor();
  const text = await help.innerText();
  assert.match(text, /calf or the back of the thigh, sit with the leg straight and pull the top of the foot up/);
  assert.match(text, /lasts more than 10 minutes/);
  assert.match(text, new RegExp(en.help_now_go_on));
  assert.ok(await help.locator("svg.drawing").isVisible(), "the stretch is drawn");
  const [helpBox, nextQuestion] = [await help.boundingBox(), await page.locator("#now_lasted-legend").boundingBox()];
  assert.ok(helpBox.y < nextQuestion.y, "the help comes right after the answer, before the next question");
  await answerByIds(page, [["now_lasted", "under_10"], ["duration", "minutes"], ["frequency", "sometimes"], ["timing", "night"], ["context", "none"]]);
  await page.locator("form button[type=submit]").click();
  await page.getByRole("heading", { level: 1, name: "Other symptoms and wounds" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a cramp in the front of the thigh shows the thigh stretch; a chest spasm shows no stretching", async () => {
  const thigh = await openApp(browser);
  await crampNow(thigh.page, ["thigh"]);
  const help = thigh.page.getByRole("complementary", { name: "While the cramp lasts" });
  assert.match(await help.innerText(), /front of the thigh, hold on to a chair for balance/);
  assert.equal(await help.locator("svg.drawing").count(), 2, "both stretches are drawn");
  await thigh.context.close();
  const chest = await openApp(browser);
  await chest.page.locator(".start .button-primary").click();
  for (const answers of idsWith({ where: [["where", "chest"]], limb_signs: [] }).slice(0, STEP.spasm)) {
    if (answers.length) await answerStepByIds(chest.page, answers);
  }
  await answerByIds(chest.page, [["feel", "cramp"], ["happening_now", "yes"]]);
  await chest.page.locator("#now_lasted-legend").waitFor();
  assert.equal(await chest.page.getByRole("complementary").count(), 0, "no stretching for a chest spasm");
  await chest.context.close();
});

/** The texts of the headings of the result, and of the section headed `name`. */
async function resultFor(page, path) {
  await walkByIds(page, path);
  await page.locator(".review .button-primary").click();
  await page.locator("#result-title").waitFor();
  return page.locator(".result").getByRole("heading").allInnerTexts();
}

test("a self-care result names the harmless pattern the answers fit, with its sources", async () => {
  const en = await catalog("en");
  const { context, page } = await openApp(browser);
  const headings = await resultFor(page, SELF_CARE_IDS);
  assert.equal(headings[0], en.level_self_care);
  const pattern = page.getByRole("region", { name: en.advice_pattern });
  assert.match(await pattern.innerText(), /ordinary night cramps/);
  await pattern.getByText(en.sources).click();
  assert.ok(await pattern.getByRole("link", { name: /NHS: Leg cramps/ }).isVisible());
  assert.match(await page.locator("#result-why + p").innerText(), new RegExp(en.why_level_self_care.split(".")[0]));
  await context.close();
});

test("an urgent result says why this level, keeps lesser reasons apart, and says what to do and watch for while waiting", async () => {
  const en = await catalog("en");
  const { context, page } = await openApp(browser);
  const calfPainAndSleep = idsWith({ symptoms: [["symptoms", "calf_pain_stays"], ["symptoms", "sleep"], ["clot_risks", "none"]] });
  const headings = await resultFor(page, calfPainAndSleep);
  assert.equal(headings[0], en.level_urgent);
  const why = page.getByRole("region", { name: en.why });
  assert.match(await why.innerText(), new RegExp(en.why_level_urgent.split(".")[0]));
  assert.match(await why.innerText(), /blood clot in the leg/);
  assert.doesNotMatch(await why.innerText(), /disturb sleep/, "a routine reason is not given as the reason for today");
  assert.match(await page.getByRole("region", { name: en.also_tell }).innerText(), /disturb sleep/);
  const wait = page.getByRole("region", { name: en.advice_wait });
  assert.match(await wait.innerText(), /Note when the spasms began/);
  assert.ok(await wait.getByRole("heading", { name: en.advice_safety_net }).isVisible(), "what to watch for is part of waiting");
  await context.close();
});

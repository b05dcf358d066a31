// The result speaks to the person: under the level, "You told us" lists the
// answers that decided it, in the words the person saw them in.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { catalog, idsWith, launch, openApp, walkByIds } from "./support.mjs";

/** The questionnaire as the build writes it (FHIR): its option displays are
 * the English words a person answering for themselves sees. */
const questionnaire = JSON.parse(await readFile("dist/questionnaire.json", "utf8"));

/** The English words of option `option` of question `question`. */
function optionText(question, option) {
  const items = (item) => [item, ...(item.item ?? []).flatMap(items)];
  const found = items(questionnaire).find((item) => item.linkId === question);
  return found.answerOption.find((choice) => choice.valueCoding.code === option).valueCoding.display;
}

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** Answers `path` by ids, opens the result and returns the texts of its
 * headings, in order, and of the list under "You told us". */
async function result(page, path, toldUs) {
  await walkByIds(page, path);
  await page.locator(".review .button-primary").click();
  await page.locator("#result-title").waitFor();
  return {
    headings: await page.locator(".result").getByRole("heading").allInnerTexts(),
    told: await page.getByRole("region", { name: toldUs }).getByRole("listitem").allInnerTexts(),
  };
}

test("pain in one calf that stays between cramps is told back under getting help today", async () => {
  const en = await catalog("en");
  const { context, page, errors } = await openApp(browser);
  const calfPain = idsWith({ symptoms: [["symptoms", "calf_pain_stays"], ["clot_risks", "none"]] });
  const { headings, told } = await result(page, calfPain, en.told_us);
  assert.deepEqual(headings.slice(0, 3), [en.level_urgent, en.told_us, en.why], "under the level, before the reasons");
  assert.deepEqual(told, [optionText("symptoms", "calf_pain_stays")]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("in Spanish, the options and a number with its unit are told back in question order", async () => {
  const es = await catalog("es");
  const { context, page, errors } = await openApp(browser, { locale: "es-ES" });
  const badWeeklyCramps = idsWith({ frequency: [["frequency", "weekly"], ["severity", 9]] });
  const { headings, told } = await result(page, badWeeklyCramps, es.told_us);
  assert.equal(headings[0], es.level_routine);
  assert.deepEqual(told, [
    es["option.feel.cramp.text"],
    es["option.frequency.weekly.text"],
    `${es["question.severity.short"]}: 9 ${es["question.severity.unit"]}`,
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});

// Whole paths through the questionnaire in Chromium, as a person would take them.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { SELF_CARE_PATH, STEP, answer, answerStep, focusedHeading, launch, openApp, pathWith, questionGroup, walk } from "./support.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test("a self-care path ends with home advice, the calf stretch and when to get help", async () => {
  const { context, page, errors } = await openApp(browser);
  await walk(page, SELF_CARE_PATH);
  await page.getByRole("heading", { level: 1, name: "Check your answers" }).waitFor();
  await page.getByRole("button", { name: "See what to do" }).click();
  const heading = page.getByRole("heading", { level: 1, name: "Care at home is enough for now" });
  await heading.waitFor();
  assert.equal(await focusedHeading(page), "Care at home is enough for now");
  const text = await page.locator("main").innerText();
  assert.match(text, /None of your answers matched our warning signs/);
  assert.match(text, /During a cramp, stretch the tight muscle/);
  assert.match(text, /Get help sooner if/);
  assert.match(text, /not a diagnosis/);
  const stretch = page.locator(".advice-self_care li", { hasText: "pull the top of the foot up towards the body" });
  assert.ok(await stretch.locator("svg.drawing").isVisible(), "the calf stretch is drawn beside its advice");
  assert.equal(await page.evaluate(() => location.hash), "#result");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an emergency answer stops at the red-flag step with the emergency screen", async () => {
  const { context, page } = await openApp(browser);
  await page.getByRole("button", { name: "Start" }).click();
  await answerStep(page, SELF_CARE_PATH[0]);
  // Ticking it is enough: the emergency screen replaces the step at once.
  await page.getByLabel("Suddenly short of breath, or coughing up blood").click();
  const heading = page.getByRole("heading", { level: 1, name: "Call for help now" });
  await heading.waitFor();
  assert.equal(await focusedHeading(page), "Call for help now");
  const call = page.getByRole("link", { name: "Call 112 now" });
  assert.equal(await call.getAttribute("href"), "tel:112");
  const text = await page.locator("main").innerText();
  assert.match(text, /heart attack or a blood clot in the lung/);
  assert.match(text, /Do not drive yourself/);
  await page.getByRole("button", { name: "I chose this by mistake" }).click();
  await page.getByRole("heading", { level: 1, name: "Signs to check first" }).waitFor();
  await context.close();
});

test("one swollen, red leg leads to getting help today, with the reason and a caution", async () => {
  const { context, page } = await openApp(browser);
  await walk(page, pathWith({ [STEP.with_it]: [["Do you have any of these as well", "One leg swollen, warm, red or darker than the other"], ["Do any of these apply", "None of these"], ["wound, bite", "No"]] }));
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { level: 1, name: "Get medical help today" }).waitFor();
  const text = await page.locator("main").innerText();
  assert.match(text, /blood clot in the leg/);
  assert.match(text, /Do not rub, massage or stretch the calf/);
  assert.doesNotMatch(text, /During a cramp, stretch/);
  await context.close();
});

test("changing an answer from the review returns to the review and changes the result", async () => {
  const { context, page } = await openApp(browser);
  await walk(page, SELF_CARE_PATH);
  await page.getByRole("button", { name: "Change: Other symptoms and wounds" }).click();
  await page.getByRole("heading", { level: 1, name: "Other symptoms and wounds" }).waitFor();
  await answerStep(page, [["Do you have any of these as well", "Cramps that often disturb sleep or daily life"]]);
  await page.getByRole("heading", { level: 1, name: "Check your answers" }).waitFor();
  assert.match(await page.locator("main").innerText(), /Cramps that often disturb sleep/);
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { level: 1, name: "Book a routine appointment" }).waitFor();
  assert.match(await page.locator("main").innerText(), /disturb sleep or daily life are worth talking through/);
  await context.close();
});

test("Next without an answer shows a message tied to the question", async () => {
  const { context, page } = await openApp(browser);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  const message = page.locator("#answering_for-error");
  await message.waitFor();
  assert.equal(await message.innerText(), "!Please answer this question.");
  const radio = questionGroup(page, "Who are you answering").getByLabel("Myself");
  assert.match(await radio.getAttribute("aria-describedby"), /answering_for-error/);
  assert.equal(await radio.getAttribute("aria-invalid"), "true");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "answering_for");
  await context.close();
});

test("a number out of range says the range", async () => {
  const { context, page } = await openApp(browser);
  await walk(page, SELF_CARE_PATH.slice(0, STEP.spasm));
  await answer(page, "What do the spasms feel like", "A muscle suddenly tightens and will not relax (a cramp or spasm)");
  await answer(page, "How often", "About once a week");
  await questionGroup(page, "How bad").getByRole("textbox").fill("12");
  assert.equal(await page.getByRole("alert").filter({ hasText: "from 0 to 10" }).innerText(), "!Enter a whole number from 0 to 10.");
  await context.close();
});

test("the browser's Back and Forward move between steps and keep the answers", async () => {
  const { context, page } = await openApp(browser);
  await walk(page, SELF_CARE_PATH.slice(0, 2));
  await page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), "#step-where");
  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "Signs to check first" }).waitFor();
  assert.ok(await page.getByLabel("None of these").isChecked(), "the answer is still there");
  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "About the person" }).waitFor();
  await page.goForward();
  await page.getByRole("heading", { level: 1, name: "Signs to check first" }).waitFor();
  await page.goForward();
  await page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  const url = page.url();
  assert.doesNotMatch(url, /adult|none|calf/, "no answer is in the URL");
  await context.close();
});

test("a link to a later step cannot skip questions", async () => {
  const { context, page } = await openApp(browser);
  await page.goto(`${page.url().split("#")[0]}#result`);
  await page.getByRole("heading", { level: 1, name: "About the person" }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), "#step-who");
  await context.close();
});

test("an emergency sign asked after the answer it belongs to stops at once, and Back still works", async () => {
  const { context, page } = await openApp(browser);
  await walk(page, [SELF_CARE_PATH[STEP.who], SELF_CARE_PATH[STEP.red_flags], [["Where are the spasms", "Back"]]]);
  await page.getByRole("heading", { level: 1, name: "Warning signs with back or neck spasms" }).waitFor();
  assert.equal(await page.locator(".progress-text").innerText(), "Step 4 of 7");
  await page.getByLabel("Both legs weak or numb").click();
  await page.getByRole("heading", { level: 1, name: "Call for help now" }).waitFor();
  assert.match(await page.locator("main").innerText(), /nerves in the spine/);
  await page.getByRole("button", { name: "I chose this by mistake" }).click();
  await page.getByRole("heading", { level: 1, name: "Warning signs with back or neck spasms" }).waitFor();
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  await context.close();
});

/** Words that speak to the reader; "your child" and the listed phrases speak to the person answering. */
function speaksToReaderAboutThemselves(text) {
  const rest = text
    .toLowerCase()
    .replaceAll("your child", "")
    .replaceAll("who are you answering for", "")
    .replaceAll("someone else, such as my child or partner", "")
    .replaceAll("myself", "")
    .replaceAll("if you do not know", "");
  return rest.match(/\b(you|your|yourself|i|me|my)\b/g) ?? [];
}

test("a parent answering for their child is asked about the child, not about themselves", async () => {
  const { context, page } = await openApp(browser);
  const path = pathWith({
    [STEP.who]: [["Who are you answering", "Someone else, such as my child or partner"], ["How old are they", "1 to 15 years"], ["How old is your child", 13]],
    [STEP.red_flags]: [["Has your child had any of these", "None of these"]],
    [STEP.where]: [["Where are the spasms", "Lower leg (calf or shin)"], ["one leg or both", "One leg"]],
    [STEP.limb_signs]: [["Does your child have any of these now", "None of these"]],
    [STEP.with_it]: [
      ["Does your child have any of these as well", "None of these"],
      ["Does your child have any of these\\?", "None of these"],
      ["Has your child had a wound", "No"],
    ],
    [STEP.health]: [
      ["Is your child pregnant", "No"],
      ["Does your child have a long-term", "No"],
      ["Does your child take any medicines", "No"],
    ],
  });
  await page.getByRole("button", { name: "Start" }).click();
  for (const answers of path) {
    await page.getByRole("heading", { level: 1 }).waitFor();
    for (const [question, value] of answers) await answer(page, question, value);
    const shown = await page.locator("form").innerText();
    assert.deepEqual(speaksToReaderAboutThemselves(shown), [], shown);
    await page.getByRole("button", { name: "Next" }).click();
  }
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { level: 1, name: "Care at home is enough for now" }).waitFor();
  await context.close();
});

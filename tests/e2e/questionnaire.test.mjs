// Whole paths through the questionnaire in Chromium, as a person would take them.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { SELF_CARE_PATH, answerStep, focusedHeading, launch, openApp, pathWith, questionGroup, walk } from "./support.mjs";

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
  const heading = page.getByRole("heading", { level: 1, name: "Look after yourself at home" });
  await heading.waitFor();
  assert.equal(await focusedHeading(page), "Look after yourself at home");
  const text = await page.locator("main").innerText();
  assert.match(text, /Nothing you told us points to a problem/);
  assert.match(text, /During a cramp, stretch the tight muscle/);
  assert.match(text, /Get help sooner if/);
  assert.match(text, /not a diagnosis/);
  assert.ok(await page.getByRole("img", { name: /pull the top of your foot towards you/ }).isVisible());
  assert.equal(await page.evaluate(() => location.hash), "#result");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an emergency answer stops at the red-flag step with the emergency screen", async () => {
  const { context, page } = await openApp(browser);
  await page.getByRole("button", { name: "Start" }).click();
  await answerStep(page, SELF_CARE_PATH[0]);
  // Ticking it is enough: the emergency screen replaces the step at once.
  await page.getByLabel("Suddenly feeling short of breath, or coughing up blood").click();
  const heading = page.getByRole("heading", { level: 1, name: "Call for help now" });
  await heading.waitFor();
  assert.equal(await focusedHeading(page), "Call for help now");
  const call = page.getByRole("link", { name: "Call 112 now" });
  assert.equal(await call.getAttribute("href"), "tel:112");
  const text = await page.locator("main").innerText();
  assert.match(text, /heart attack or a blood clot in the lung/);
  assert.match(text, /Do not drive yourself/);
  await page.getByRole("button", { name: "I chose this by mistake" }).click();
  await page.getByRole("heading", { level: 1, name: "Signs that need help straight away" }).waitFor();
  await context.close();
});

test("one swollen, red leg leads to getting help today, with the reason and a caution", async () => {
  const { context, page } = await openApp(browser);
  await walk(page, pathWith({ 4: [["Do you have any of these as well", "One leg swollen, warm, or red or darker than the other"]] }));
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { level: 1, name: "Get medical help today" }).waitFor();
  const text = await page.locator("main").innerText();
  assert.match(text, /blood clot in the leg/);
  assert.match(text, /Do not rub or massage a calf/);
  assert.doesNotMatch(text, /During a cramp, stretch/);
  await context.close();
});

test("changing an answer from the review returns to the review and changes the result", async () => {
  const { context, page } = await openApp(browser);
  await walk(page, SELF_CARE_PATH);
  await page.getByRole("button", { name: "Change your answer to: Do you have any of these as well?" }).click();
  await page.getByRole("heading", { level: 1, name: "Other symptoms" }).waitFor();
  await answerStep(page, [["Do you have any of these as well", "Cramps that often wake you up or get in the way of daily life"]]);
  await page.getByRole("heading", { level: 1, name: "Check your answers" }).waitFor();
  assert.match(await page.locator("main").innerText(), /Cramps that often wake you up/);
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { level: 1, name: "Book a routine appointment" }).waitFor();
  assert.match(await page.locator("main").innerText(), /disturb your sleep or daily life/);
  await context.close();
});

test("Next without an answer shows a message tied to the question", async () => {
  const { context, page } = await openApp(browser);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  const message = page.locator("#age_group-error");
  await message.waitFor();
  assert.equal(await message.innerText(), "!Please answer this question.");
  const radio = questionGroup(page, "How old").getByLabel("1 to 15 years");
  assert.match(await radio.getAttribute("aria-describedby"), /age_group-error/);
  assert.equal(await radio.getAttribute("aria-invalid"), "true");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "age_group");
  await context.close();
});

test("a number out of range says the range", async () => {
  const { context, page } = await openApp(browser);
  await walk(page, SELF_CARE_PATH.slice(0, 3));
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
  await page.getByRole("heading", { level: 1, name: "Signs that need help straight away" }).waitFor();
  assert.ok(await page.getByLabel("None of these").isChecked(), "the answer is still there");
  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "About the person with the spasms" }).waitFor();
  await page.goForward();
  await page.getByRole("heading", { level: 1, name: "Signs that need help straight away" }).waitFor();
  await page.goForward();
  await page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  const url = page.url();
  assert.doesNotMatch(url, /adult|none|calf/, "no answer is in the URL");
  await context.close();
});

test("a link to a later step cannot skip questions", async () => {
  const { context, page } = await openApp(browser);
  await page.goto(`${page.url().split("#")[0]}#result`);
  await page.getByRole("heading", { level: 1, name: "About the person with the spasms" }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), "#step-who");
  await context.close();
});

// Shared by the end-to-end tests: Debian's Chromium through playwright-core, and
// the address of the built app (BASE_URL, set by ./scripts/test).

import { chromium } from "playwright-core";

/** Where the built dist/ is served. */
export const BASE_URL = (process.env.BASE_URL ?? "http://127.0.0.1:8080").replace(/\/?$/, "/");

/** Starts headless Chromium with the switches this machine needs, and any `extra`. */
export function launch(extra = []) {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extra,
    ],
  });
}

/** Waits until the app has taken over from the start screen rendered at build
 * time (whose Start button is disabled). */
export function appReady(page) {
  return page.locator(".start .button-primary:enabled").waitFor();
}

/** Opens the app at `query` (such as "?lang=fr") on a page that records console
 * errors and uncaught exceptions in `errors`; `beforeLoad` gets the browser
 * context first, to watch the page from its first request. */
export async function openApp(browser, options = {}, query = "", beforeLoad = () => {}) {
  const context = await browser.newContext(options);
  beforeLoad(context);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${BASE_URL}${query}`);
  await appReady(page);
  return { context, page, errors };
}

/** Answers, step by step, of an adult with ordinary night cramps in one calf. */
export const SELF_CARE_PATH = [
  [["Who are you answering", "Myself"], ["How old", "16 to 64 years"]],
  [["Have you had any of these", "None of these"]],
  [["Where are the spasms", "Lower leg (calf or shin)"]],
  [["Do you have any of these now", "None of these"]],
  [
    ["What do the spasms feel like", "A muscle suddenly tightens and will not relax (a cramp or spasm)"],
    ["happening right now", "No"],
    ["How long does one", "Up to 10 minutes"],
    ["How often", "Now and then"],
    ["When do the spasms happen", "In the evening or at night"],
    ["happen before the spasms", "None of these"],
  ],
  [["Do you have any of these as well", "None of these"], ["wound, bite", "No"]],
  [["Are you pregnant", "No"], ["long-term health condition", "No"], ["take any medicines", "No"]],
];

/** The index in SELF_CARE_PATH of each step, by the step's id. */
export const STEP = {
  who: 0,
  red_flags: 1,
  where: 2,
  limb_signs: 3,
  spasm: 4,
  with_it: 5,
  health: 6,
};

/** The same path with one step's answers replaced: `changes` maps a step index to its answers. */
export function pathWith(changes) {
  return SELF_CARE_PATH.map((answers, index) => changes[index] ?? answers);
}

/** The fieldset of the question whose text contains `question`. */
export function questionGroup(page, question) {
  return page.getByRole("group", { name: new RegExp(question) });
}

/** Answers one question with the mouse: ticks the option, or types the number. */
export async function answer(page, question, value) {
  const group = questionGroup(page, question);
  if (typeof value === "number") {
    await group.getByRole("textbox").fill(String(value));
  } else {
    await group.locator("input").and(page.getByLabel(value, { exact: true })).check();
  }
}

/** Answers every question of the current step, then presses Next. */
export async function answerStep(page, answers) {
  for (const [question, value] of answers) await answer(page, question, value);
  await page.getByRole("button", { name: "Next" }).click();
}

/** Presses Start and answers `path`, one step after another. */
export async function walk(page, path) {
  await page.getByRole("button", { name: "Start" }).click();
  for (const answers of path) {
    await page.getByRole("heading", { level: 1 }).waitFor();
    await answerStep(page, answers);
  }
}

/** The text of the focused element's accessible heading, if a heading has focus. */
export function focusedHeading(page) {
  return page.evaluate(() => (/^H[1-6]$/.test(document.activeElement?.tagName ?? "") ? document.activeElement.textContent : null));
}

/** The self-care path by question and option ids, so it works in any language. */
export const SELF_CARE_IDS = [
  [["answering_for", "self"], ["age_group", "adult"]],
  [["red_flags", "none"]],
  [["where", "calf"]],
  [["limb_signs", "none"]],
  [
    ["feel", "cramp"],
    ["happening_now", "no"],
    ["duration", "minutes"],
    ["frequency", "sometimes"],
    ["timing", "night"],
    ["context", "none"],
  ],
  [["symptoms", "none"], ["wound", "no"]],
  [["pregnancy", "no"], ["has_conditions", "no"], ["takes_medicines", "no"]],
];

/** Answers questions by ids: ticks the option, or types the number. */
export async function answerByIds(page, answers) {
  for (const [question, value] of answers) {
    if (typeof value === "number") await page.locator(`#${question}`).fill(String(value));
    else await page.locator(`#${question}-${value}`).check();
  }
}

/** Waits for the next step, answers it by ids, then submits it. */
export async function answerStepByIds(page, answers) {
  await page.locator("#step-title").waitFor();
  await answerByIds(page, answers);
  await page.locator("form button[type=submit]").click();
}

/** Presses Start and answers `path` by ids, through to the review. */
export async function walkByIds(page, path) {
  await page.locator(".start .button-primary").click();
  for (const answers of path) await answerStepByIds(page, answers);
  await page.locator("#review-title").waitFor();
}

/** The texts of a translation, by key. */
export async function catalog(code) {
  const { readFile } = await import("node:fs/promises");
  const source = await readFile(new URL(`../../src/content/messages.${code}.txt`, import.meta.url), "utf8");
  return Object.fromEntries(
    source
      .split("\n")
      .filter((line) => line.includes(" = ") && !line.startsWith("#"))
      .map((line) => [line.slice(0, line.indexOf(" = ")), line.slice(line.indexOf(" = ") + 3).trim()]),
  );
}

/** SELF_CARE_IDS with some answers replaced: `changes` maps a question id to
 * the [question, value] pairs answered in its place (with a follow-up, say). */
export function idsWith(changes) {
  return SELF_CARE_IDS.map((step) => step.flatMap((pair) => changes[pair[0]] ?? [pair]));
}

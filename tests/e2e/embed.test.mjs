// Embedding: the host page sizes the frame from the only message the app sends,
// a height in steps of 160 px that follows the content both ways; the guide fits
// a narrow phone; URL options are applied when valid and ignored otherwise.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, SELF_CARE_PATH, STEP, answerStep, appReady, launch, openApp } from "./support.mjs";

/** The step, in px, that the app rounds its height up to. */
const HEIGHT_STEP = 160;
const PREFIX = "spasm-triage:height:";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test("the embed page's frame takes the app's height, and the app sends nothing but its height", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.received = [];
    window.addEventListener("message", (event) => window.received.push(event.data));
  });
  await page.goto(`${BASE_URL}embed.html`);
  const frame = page.frameLocator("iframe[data-spasm-triage]");
  await frame.getByRole("button", { name: "Start" }).click();
  await frame.getByLabel("16 to 64 years").check();
  await frame.getByLabel("Myself").check();
  await page.waitForFunction(() => window.received.length > 0 && parseInt(document.querySelector("iframe").style.height, 10) > 300);
  const received = await page.evaluate(() => window.received);
  assert.ok(received.every((data) => typeof data === "string" && /^spasm-triage:height:\d+$/.test(data)), received.join());
  assert.equal(await frame.locator(".app-header").isVisible(), false, "compact=1 hides the header");
  await context.close();
});

/** Opens the embedding guide, recording the messages its page receives. */
async function openGuide(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.addInitScript(() => {
    window.received = [];
    window.addEventListener("message", (event) => window.received.push(event.data));
  });
  await page.goto(`${BASE_URL}embed.html`);
  return { context, page, errors, frame: page.frameLocator("iframe[data-spasm-triage]") };
}

/** The frame's height once the host has fitted it to the content: at least as
 * tall, and less than one step taller. */
async function fittedHeight(page) {
  const fitted = await page.waitForFunction((step) => {
    const frame = document.querySelector("iframe[data-spasm-triage]");
    const content = frame.contentDocument?.documentElement.getBoundingClientRect().height ?? 0;
    const height = parseInt(frame.style.height, 10);
    return content > 0 && height >= content && height - content < step && height;
  }, HEIGHT_STEP);
  return fitted.jsonValue();
}

test("the frame shrinks after a long step, in steps of 160 px, and every height sent is a multiple of 160", async (t) => {
  const { context, page, frame } = await openGuide();
  await frame.getByRole("button", { name: "Start" }).click();
  for (const answers of SELF_CARE_PATH.slice(0, STEP.spasm)) {
    await frame.getByRole("heading", { level: 1 }).waitFor();
    await answerStep(frame, answers);
  }
  await frame.locator("#context-none").waitFor();
  const tall = await fittedHeight(page);
  await frame.getByRole("button", { name: "Back" }).click();
  await frame.locator("#limb_signs-none").waitFor();
  const short = await fittedHeight(page);
  t.diagnostic(`frame height: ${tall} px on the spasm step, ${short} px back on the step before`);
  assert.ok(short < tall, `the frame shrank from ${tall} px to ${short} px`);
  assert.equal(tall % HEIGHT_STEP, 0, `${tall} px`);
  assert.equal(short % HEIGHT_STEP, 0, `${short} px`);
  const heights = (await page.evaluate(() => window.received)).map((data) => Number(data.slice(PREFIX.length)));
  assert.ok(heights.length >= 3 && heights.every((height) => height > 0 && height % HEIGHT_STEP === 0), heights.join());
  await context.close();
});

test("the embedding guide fits a 320 px wide screen with no sideways scrolling", async () => {
  const { context, page, errors, frame } = await openGuide({ viewport: { width: 320, height: 640 } });
  await frame.locator(".start .button-primary:enabled").waitFor();
  assert.equal(await page.locator("pre").evaluate((pre) => getComputedStyle(pre).whiteSpace), "pre-wrap", "embed.css applies under the page's CSP");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow} px of sideways scrolling`);
  assert.deepEqual(errors, []);
  await context.close();
});

const accentOf = (page) => page.evaluate(() => getComputedStyle(document.querySelector(".button-primary")).backgroundColor);

test("a valid accent colour themes the app", async () => {
  const { context, page } = await openApp(browser);
  await page.goto(`${BASE_URL}?accent=%23005a9c`);
  await appReady(page);
  assert.equal(await accentOf(page), "rgb(0, 90, 156)");
  await context.close();
});

for (const query of ["accent=red", "accent=%23ffff00", "accent=%23005a9c%3Bcolor:red", "accent=</style><script>alert(1)</script>", "compact=maybe&lang=xx&region=zz", "%E0%A4%A"]) {
  test(`odd options are ignored safely: ?${query}`, async () => {
    const { context, page, errors } = await openApp(browser);
    await page.goto(`${BASE_URL}?${query}`);
    await appReady(page);
    assert.equal(await accentOf(page), "rgb(11, 92, 115)", "the default accent");
    assert.ok(await page.locator(".app-header").isVisible(), "the header stays");
    assert.equal(await page.locator("script:not([type=module])").count(), 0, "nothing from the URL became HTML");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

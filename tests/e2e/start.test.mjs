// The built app in Chromium: the start screen loads and Start moves on.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, appReady, launch, openApp } from "./support.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test("the start screen shows the name, the notices and a Start button", async () => {
  const { context, page, errors } = await openApp(browser);
  assert.equal(await page.title(), "Muscle spasm and cramp checker");
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  await page.getByRole("heading", { level: 1, name: "Muscle spasm and cramp checker" }).waitFor();
  const text = await page.locator("main").innerText();
  assert.match(text, /not a diagnosis/i);
  assert.match(text, /call your emergency number now/i);
  assert.match(text, /Nothing you enter leaves this device/);
  assert.ok(await page.getByRole("button", { name: "Start" }).isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test("Start leads to the first step, with focus on its heading", async () => {
  const { context, page, errors } = await openApp(browser);
  await page.getByRole("button", { name: "Start" }).click();
  const heading = page.getByRole("heading", { level: 1, name: "About the person" });
  await heading.waitFor();
  assert.equal(await heading.evaluate((element) => element === document.activeElement), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the start screen is in the page before the app has loaded, with Start disabled until then", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(BASE_URL);
  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Muscle spasm and cramp checker");
  assert.match(await page.locator("main").innerText(), /call your emergency number now/);
  assert.equal(await page.getByRole("button", { name: "Start" }).isDisabled(), true);
  await context.close();
});

/** Opens the app with its wasm held back, runs `before` on the page as it came
 * (the start screen built at build time), then lets the app load; returns the
 * page, and the page errors seen. */
async function openHeld(before) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/*_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(BASE_URL);
  await page.evaluate(before);
  release();
  await appReady(page);
  return { context, page, errors };
}

test("the app takes over the start screen the page came with, element for element, instead of building it again", async () => {
  const { context, page } = await openHeld(() => {
    window.built = [...document.querySelectorAll("#app *")];
  });
  const kept = await page.evaluate(() => {
    const now = [...document.querySelectorAll("#app *")];
    return { count: now.length, same: now.length === window.built.length && now.every((element, index) => element === window.built[index]) };
  });
  assert.ok(kept.count > 40, "the start screen has its elements");
  assert.equal(kept.same, true, "every element of the start screen is the one the page came with");
  // And it works: Start moves on.
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("heading", { level: 1, name: "About the person" }).waitFor();
  await context.close();
});

test("a start screen changed before the app loads (a page translator wrapping its words) is built anew, and the app works", async () => {
  // What a translator does: each text in a <font> element of its own.
  const { context, page, errors } = await openHeld(() => {
    for (const paragraph of document.querySelectorAll("#app p")) {
      const font = document.createElement("font");
      font.append(...paragraph.childNodes);
      paragraph.append(font);
    }
  });
  assert.equal(await page.locator("#app font").count(), 0, "the screen was built anew");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("heading", { level: 1, name: "About the person" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a keyboard user can start with Tab and Enter", async () => {
  const { context, page } = await openApp(browser);
  await page.locator(".start .button-primary:enabled").waitFor();
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim());
  await page.keyboard.press("Tab");
  assert.equal(await focusedText(), "Muscle spasm and cramp checker", "first the header's link");
  for (let presses = 0; presses < 10 && (await focusedText()) !== "Start"; presses += 1) await page.keyboard.press("Tab");
  assert.equal(await focusedText(), "Start", "Start is reached past the language and region choices");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "About the person" }).waitFor();
  await context.close();
});

test("the start screen fits a 320 px wide screen without sideways scrolling", async () => {
  const { context, page } = await openApp(browser, { viewport: { width: 320, height: 640 } });
  await appReady(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
  await context.close();
});

for (const lang of ["en", "ar", "es"]) {
  test(`on a 360 x 780 phone, Start and the emergency notice are on the first screen, without scrolling (${lang})`, async () => {
    const { context, page } = await openApp(browser, { viewport: { width: 360, height: 780 } }, `?lang=${lang}`);
    const start = await page.locator(".start .button-primary").boundingBox();
    const emergency = await page.locator(".notice-emergency").boundingBox();
    assert.ok(start.y + start.height <= 780, `Start ends at ${start.y + start.height} px`);
    assert.ok(emergency.y + emergency.height <= start.y, "the emergency notice comes before Start");
    assert.ok(await page.locator("#region").isVisible(), "the region choice is there too");
    const pending = page.locator(".translation-pending");
    if (lang !== "en") assert.ok((await pending.boundingBox()).y > start.y, "a translation's notice comes under Start");
    await context.close();
  });
}

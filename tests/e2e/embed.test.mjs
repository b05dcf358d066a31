// Embedding: the host page sizes the frame from the only message the app sends,
// and URL options are applied when valid and ignored otherwise.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, SELF_CARE_PATH, appReady, launch, openApp } from "./support.mjs";

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

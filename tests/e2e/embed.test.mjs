// Embedding: the host page sizes the frame from the only message the app sends,
// a height in steps of 160 px that follows the content both ways; the one-line
// embed (embed.js) makes and sizes a frame per script, from its own frame's
// messages only; the guide fits a narrow phone; URL options are applied when
// valid and ignored otherwise.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, SELF_CARE_PATH, STEP, answerStep, appReady, launch, openApp } from "./support.mjs";

/** The step, in px, that the app rounds its height up to. */
const HEIGHT_STEP = 160;
const PREFIX = "spasm-triage:height:";
/** Each frame the one-line embed made, right after its script. */
const ONE_LINE_FRAME = "script[src$='/embed.js'] + iframe";

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
  await page.waitForFunction(() => window.received.length > 0 && parseInt(document.querySelector("iframe[data-spasm-triage]").style.height, 10) > 300);
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

for (const width of [320, 360]) {
  test(`the embedding guide fits a ${width} px wide screen with no sideways scrolling`, async () => {
    const { context, page, errors, frame } = await openGuide({ viewport: { width, height: 640 } });
    await frame.locator(".start .button-primary:enabled").waitFor();
    await page.locator(ONE_LINE_FRAME).contentFrame().locator(".start .button-primary:enabled").waitFor();
    const whiteSpace = await page.locator("pre").evaluateAll((pres) => pres.map((pre) => getComputedStyle(pre).whiteSpace));
    assert.deepEqual(whiteSpace, ["pre-wrap", "pre-wrap"], "embed.css applies under the page's CSP");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow} px of sideways scrolling`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the guide shows the one-line embed first, live, and the frame it makes fits the app", async () => {
  const { context, page, errors } = await openGuide();
  const order = await page.evaluate(() => {
    const oneLine = document.querySelector("script[src='/embed.js']");
    const frame = document.querySelector("iframe[data-spasm-triage]");
    return oneLine.compareDocumentPosition(frame) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, "the one-line embed comes before the frame of one's own");
  assert.match(await page.locator("pre").first().textContent(), /embed\.js/);
  const fitted = await page.waitForFunction(([selector, step]) => {
    const frame = document.querySelector(selector);
    const content = frame?.contentDocument?.documentElement.getBoundingClientRect().height ?? 0;
    const height = parseInt(frame?.style.height, 10);
    return content > 0 && frame.style.height.endsWith("px") && height >= content && height - content < step && height;
  }, [ONE_LINE_FRAME, HEIGHT_STEP]);
  assert.equal((await fitted.jsonValue()) % HEIGHT_STEP, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

// The one-line embed on a clinic's page, on another origin than the checker. The
// page is served over https, as a clinic's is, and allowed to reach the checker on
// the loopback address (Chromium's Local Network Access: a real checker is on
// the internet, where no permission is needed).

const HOST = "https://host.test/";
const OTHER = "https://other.test/";
const EMBED_JS = `${BASE_URL}embed.js`;
const CHECKER_ORIGIN = new URL(BASE_URL).origin;

/** A clinic's page holding `scripts` (HTML) and, after them, a frame from another site. */
const hostPage = (scripts) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Riverside Practice</title>
<script>window.namesBefore = Object.getOwnPropertyNames(window);</script></head>
<body>
<h1>Muscle cramps</h1>
${scripts}
<p>Another site's frame:</p>
<iframe src="${OTHER}" title="Another site"></iframe>
</body>
</html>`;

/** Two one-line embeds with different options, as a clinic would paste them. */
const TWO_EMBEDS = `<script src="${EMBED_JS}" data-clinic="Riverside Practice" data-clinic-phone="020 7946 0000" data-clinic-url="https://riverside.example" data-lang="es" data-region="es" async></script>
<p>Or, in French:</p>
<script src="${EMBED_JS}" data-clinic="Clinique du Parc" data-clinic-phone="+33 (0)1 23 45 67 89" data-lang="fr" data-region="fr" data-title="Vérificateur de crampes" async></script>`;

/** Opens `html` as https://host.test/, with https://other.test/ as a page of its
 * own, and waits for `frames` one-line frames. Records the requests the host
 * page's own document makes (not its frames'), and errors in the page or its frames. */
async function openHost(html, frames) {
  const context = await browser.newContext();
  await context.grantPermissions(["local-network-access"], { origin: new URL(HOST).origin });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => {
    errors.push(error.message);
  });
  const requests = [];
  page.on("request", (request) => {
    if (!request.serviceWorker() && request.frame() === page.mainFrame() && !request.isNavigationRequest()) requests.push(request.url());
  });
  await page.route(`${HOST}**`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
  await page.route(`${OTHER}**`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: "<!doctype html><title>Another site</title><p>Another site" }));
  await page.goto(HOST);
  await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length === count, [ONE_LINE_FRAME, frames]);
  return { context, page, errors, requests };
}

/** The host's height of each one-line frame, as its style says ("40rem" until the app has sent one). */
const frameHeights = (page) => page.locator(ONE_LINE_FRAME).evaluateAll((frames) => frames.map((frame) => frame.style.height));

/** The frame (a Playwright Frame) of the `index`th one-line embed. */
const embedded = async (page, index) => (await page.locator(ONE_LINE_FRAME).nth(index).elementHandle()).contentFrame();

/** The frame of another site on the host page. */
const otherSite = (page) => page.frames().find((frame) => frame.url() === OTHER);

/** Waits until the host has set the `index`th frame to the height the app sends
 * for its content as it is now (measured inside the frame, which is on another
 * origin: rounded up to whole steps); resolves to that height in px. Call it once
 * the screen is drawn. */
async function fitted(page, index) {
  const content = await (await embedded(page, index)).evaluate(() => document.documentElement.getBoundingClientRect().height);
  const height = Math.max(1, Math.ceil(content / HEIGHT_STEP)) * HEIGHT_STEP;
  await page.waitForFunction(([selector, index, height]) => document.querySelectorAll(selector)[index].style.height === height, [ONE_LINE_FRAME, index, `${height}px`]);
  return height;
}

/** Posts `data` to the host page from `from` (the page itself or one of its
 * frames) and resolves once the host page has handled it: the listener added
 * here runs after the ones the embed scripts added before it. */
async function postToHost(page, from, data) {
  await page.evaluate((data) => {
    window.handled = new Promise((resolve) => {
      window.addEventListener("message", function seen(event) {
        if (event.data !== data) return;
        window.removeEventListener("message", seen);
        resolve();
      });
    });
  }, data);
  await from.evaluate((data) => window.parent.postMessage(data, "*"), data);
  await page.evaluate(() => window.handled);
}

test("each one-line embed puts a titled frame right after itself, with its options in the address", async () => {
  const { context, page, errors, requests } = await openHost(hostPage(TWO_EMBEDS), 2);
  const frames = await page.locator("script[src$='/embed.js']").evaluateAll((scripts) =>
    scripts.map((script) => {
      const frame = script.nextElementSibling;
      return { tag: frame.tagName, title: frame.title, src: frame.src, loading: frame.loading, allow: frame.allow, width: frame.style.width, border: frame.style.borderStyle };
    }),
  );
  const [es, fr] = frames;
  for (const frame of frames) {
    assert.equal(frame.tag, "IFRAME");
    assert.equal(new URL(frame.src).origin, CHECKER_ORIGIN, "the checker's own origin");
    assert.equal(new URL(frame.src).pathname, "/");
    assert.equal(frame.width, "100%");
    assert.equal(frame.border, "none");
    assert.equal(frame.loading, "lazy");
    assert.doesNotMatch(frame.allow, /'self'|\*|https?:/, "grants no permission");
  }
  assert.equal(es.title, "Muscle spasm and cramp checker");
  assert.equal(fr.title, "Vérificateur de crampes");
  const options = (src) => Object.fromEntries(new URL(src).searchParams);
  assert.deepEqual(options(es.src), {
    clinic: "Riverside Practice",
    clinic_phone: "020 7946 0000",
    clinic_url: "https://riverside.example",
    lang: "es",
    region: "es",
    compact: "1",
  });
  assert.deepEqual(options(fr.src), {
    clinic: "Clinique du Parc",
    clinic_phone: "+33 (0)1 23 45 67 89",
    lang: "fr",
    region: "fr",
    compact: "1",
  });
  const names = await page.evaluate(() =>
    Object.getOwnPropertyNames(window).filter((name) => !window.namesBefore.includes(name) && name !== "namesBefore" && !/^\d+$/.test(name)),
  );
  assert.deepEqual(names, [], "no globals");
  assert.ok(requests.length > 0 && requests.every((url) => url === EMBED_JS), `the host page's own requests: ${requests.join(", ")}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("each one-line frame shows its language and follows its own content's height", async (t) => {
  const { context, page, errors } = await openHost(hostPage(TWO_EMBEDS), 2);
  const es = page.locator(ONE_LINE_FRAME).nth(0).contentFrame();
  const fr = page.locator(ONE_LINE_FRAME).nth(1).contentFrame();
  await es.locator("html[lang=es]").waitFor({ state: "attached" });
  await fr.locator("html[lang=fr]").waitFor({ state: "attached" });
  await es.locator(".start .button-primary:enabled").waitFor();
  await fr.locator(".start .button-primary:enabled").waitFor();
  assert.equal(await es.locator(".app-header").isVisible(), false, "compact=1 hides the header");
  const esStart = await fitted(page, 0);
  const frStart = await fitted(page, 1);
  // The start screen is taller than the first step, and the second step (a
  // list of signs) taller than both: the Spanish frame shrinks, then grows.
  await es.locator(".start .button-primary").click();
  await es.locator("#answering_for-self").waitFor();
  const esWho = await fitted(page, 0);
  assert.equal((await frameHeights(page))[1], `${frStart}px`, "the French frame kept its height");
  await es.locator("#answering_for-self").check();
  await es.locator("#age_group-adult").check();
  await es.locator("form button[type=submit]").click();
  await es.locator("#red_flags-none").waitFor();
  const esSigns = await fitted(page, 0);
  t.diagnostic(`Spanish frame: ${esStart} px on the start screen, ${esWho} px on the first step, ${esSigns} px on the second; French frame: ${frStart} px`);
  assert.ok(esWho < esStart, `the Spanish frame shrank from ${esStart} px to ${esWho} px`);
  assert.ok(esSigns > esWho, `the Spanish frame grew from ${esWho} px to ${esSigns} px`);
  assert.equal((await frameHeights(page))[1], `${frStart}px`, "the French frame kept its height");
  assert.equal(await page.locator(ONE_LINE_FRAME).nth(1).contentFrame().locator("html").getAttribute("lang"), "fr");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a one-line frame takes its height only from its own frame, in the exact form, within bounds", async () => {
  const { context, page } = await openHost(hostPage(TWO_EMBEDS), 2);
  for (const index of [0, 1]) await page.locator(ONE_LINE_FRAME).nth(index).contentFrame().locator(".start .button-primary:enabled").waitFor();
  const before = [await fitted(page, 0), await fitted(page, 1)].map((height) => `${height}px`);
  const es = await embedded(page, 0);
  const fr = await embedded(page, 1);
  const forged = `${PREFIX}4000`;
  // From the host page itself, and from another site's frame: neither frame moves.
  await postToHost(page, page, forged);
  assert.deepEqual(await frameHeights(page), before, "posted by the host page");
  await postToHost(page, otherSite(page), forged);
  assert.deepEqual(await frameHeights(page), before, "posted by another site's frame");
  // From the other checker frame (the checker's origin, but not this frame).
  await postToHost(page, fr, forged);
  assert.equal((await frameHeights(page))[0], before[0], "posted by the other checker frame");
  // From the frame itself, but not in the exact form or out of bounds.
  for (const data of [`${PREFIX}4000px`, `${PREFIX} 4000`, `${PREFIX}4e3`, `${PREFIX}-4000`, `${PREFIX}50`, `${PREFIX}99999`, `${PREFIX}4000\n`, `x${PREFIX}4000`, 4000]) {
    await postToHost(page, es, data);
    assert.equal((await frameHeights(page))[0], before[0], `ignored: ${JSON.stringify(data)}`);
  }
  // And the frame's own message in the exact form does move it.
  await postToHost(page, es, forged);
  assert.equal((await frameHeights(page))[0], "4000px");
  // Once the frame shows another site, that site's messages are not the checker's.
  await es.evaluate((url) => window.location.assign(url), OTHER);
  await es.waitForURL(OTHER);
  await postToHost(page, es, `${PREFIX}800`);
  assert.equal((await frameHeights(page))[0], "4000px", "posted by another site in the checker's frame");
  await context.close();
});

test("embed-host.js takes a height only from its frame while the frame shows the checker's origin", async () => {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Riverside Practice</title></head>
<body>
<iframe data-spasm-triage src="${BASE_URL}?compact=1" title="Muscle spasm and cramp checker" style="width: 100%; height: 40rem; border: 0"></iframe>
<script src="${BASE_URL}embed-host.js"></script>
<iframe src="${OTHER}" title="Another site"></iframe>
</body>
</html>`;
  const context = await browser.newContext();
  await context.grantPermissions(["local-network-access"], { origin: new URL(HOST).origin });
  const page = await context.newPage();
  await page.route(`${HOST}**`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
  await page.route(`${OTHER}**`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: "<!doctype html><title>Another site</title><p>Another site" }));
  await page.goto(HOST);
  const selector = "iframe[data-spasm-triage]";
  const height = () => page.locator(selector).evaluate((frame) => frame.style.height);
  const checker = await (await page.locator(selector).elementHandle()).contentFrame();
  await checker.locator(".start .button-primary:enabled").waitFor();
  await page.waitForFunction((selector) => document.querySelector(selector).style.height.endsWith("px"), selector);
  const fittedHeight = await height();
  // From the host page and from another site's frame: ignored.
  await postToHost(page, page, `${PREFIX}4000`);
  await postToHost(page, otherSite(page), `${PREFIX}4000`);
  assert.equal(await height(), fittedHeight);
  // From the checker in its frame: taken, within bounds.
  await postToHost(page, checker, `${PREFIX}4000`);
  assert.equal(await height(), "4000px");
  await postToHost(page, checker, `${PREFIX}20001`);
  assert.equal(await height(), "4000px", "out of bounds");
  // The same frame navigated to another site: its window is the frame's, its origin is not the checker's.
  await checker.evaluate((url) => window.location.assign(url), OTHER);
  await checker.waitForURL(OTHER);
  await postToHost(page, checker, `${PREFIX}19999`);
  assert.equal(await height(), "4000px", "posted by another site in the checker's frame");
  await context.close();
});

test("a one-line embed passes compact and other options as given, and data-title only as the title", async () => {
  const script = `<script src="${EMBED_JS}" data-compact="0" data-accent="#005a9c" data-title="Our cramp checker" data-some-new-option="a b&c=d" async></script>`;
  const { context, page, errors } = await openHost(hostPage(script), 1);
  const frame = page.locator(ONE_LINE_FRAME);
  assert.equal(await frame.getAttribute("title"), "Our cramp checker");
  const src = new URL(await frame.evaluate((frame) => frame.src));
  assert.deepEqual([...src.searchParams], [
    ["compact", "0"],
    ["accent", "#005a9c"],
    ["some_new_option", "a b&c=d"],
  ]);
  assert.match(src.search, /accent=%23005a9c/);
  const app = frame.contentFrame();
  await app.locator(".start .button-primary:enabled").waitFor();
  assert.ok(await app.locator(".app-header").isVisible(), "compact=0 keeps the header");
  assert.equal(await app.locator(".button-primary").first().evaluate((button) => getComputedStyle(button).backgroundColor), "rgb(0, 90, 156)", "data-accent themes the app");
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

// Faults of the device's storage: blocked, full or throwing storage (the app
// works on, and says once that answers will not be kept); two tabs keeping
// answers at once (the last change wins, nothing breaks); and the storage
// findings of the security probe: the notice after a reload half-way, a bad
// copy beside a good one, a clock set back, a tab that never loaded kept answers.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, SELF_CARE_PATH, appReady, catalog, launch, openApp, walk } from "./support.mjs";

let browser;
let NOT_KEPT;
before(async () => {
  browser = await launch();
  NOT_KEPT = (await catalog("en")).not_kept;
});
after(() => browser?.close());

const KEY = "spasm-triage";
const KEEP = "Keep my answers on this device for 7 days";
const stored = (page) => page.evaluate((key) => ({ session: sessionStorage.getItem(key), local: localStorage.getItem(key) }), KEY);

/** Counts, in `window.__notKeptShown`, each time a notice with `text` is added to the page. */
function countNotices(text) {
  window.__notKeptShown = 0;
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === 1 && node.textContent.includes(text)) window.__notKeptShown += 1;
  }).observe(document, { childList: true, subtree: true });
}

/** Opens the app in a new context whose pages first run `init` (with `arg`). */
async function openWith(init, arg) {
  const context = await browser.newContext();
  await context.addInitScript(countNotices, NOT_KEPT);
  if (init) await context.addInitScript(init, arg);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(BASE_URL);
  await appReady(page);
  return { context, page, errors };
}

/** Answers the whole self-care path and opens its result. */
async function toResult(page) {
  await walk(page, SELF_CARE_PATH);
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { level: 1, name: "Care at home is enough for now" }).waitFor();
}

const FAULTS = {
  "blocked (the storages cannot even be reached)": () => {
    for (const name of ["localStorage", "sessionStorage"])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
  },
  "full (every write exceeds the quota)": () => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  },
  "private mode (reads and writes throw)": () => {
    Storage.prototype.getItem = () => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    };
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  },
};

for (const [name, fault] of Object.entries(FAULTS)) {
  test(`storage ${name}: the whole path works, and the person is told once that answers will not be kept`, async () => {
    const { context, page, errors } = await openWith(fault);
    await page.getByLabel(KEEP).check();
    await page.getByRole("button", { name: "Start" }).click();
    await page.locator("#age_group-adult").check();
    await page.getByRole("status").getByText(NOT_KEPT).waitFor();
    await page.getByRole("button", { name: "Back" }).click();
    await toResult(page);
    assert.equal(await page.evaluate(() => window.__notKeptShown), 1, "said once");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a tiny quota (local storage already full): the whole path works, said once, and this tab still keeps its answers", async () => {
  const { context, page, errors } = await openWith();
  await page.evaluate(() => {
    const block = "x".repeat(256 * 1024);
    try {
      for (let index = 0; index < 1000; index += 1) localStorage.setItem(`filler-${index}`, block);
    } catch {
      // Full.
    }
    let small = "x".repeat(1024);
    while (small.length > 0) {
      try {
        localStorage.setItem(`filler-small-${small.length}-${Math.random()}`, small);
      } catch {
        small = small.slice(0, small.length / 2);
      }
    }
  });
  await page.getByLabel(KEEP).check();
  await toResult(page);
  assert.equal(await page.evaluate(() => window.__notKeptShown), 1, "said once");
  const { session, local } = await stored(page);
  assert.match(session, /age_group=adult/, "this tab's copy is still saved");
  assert.equal(local, null, "no partial or stale copy is left on the device");
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Care at home is enough for now" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("two tabs keeping answers: the last change wins, the kept copy stays whole, neither tab breaks", async () => {
  const { context, page: first, errors } = await openWith();
  await first.getByLabel(KEEP).check();
  await walk(first, SELF_CARE_PATH.slice(0, 1));
  await first.getByRole("heading", { level: 1, name: "Signs to check first" }).waitFor();

  const second = await context.newPage();
  second.on("pageerror", (error) => errors.push(error.message));
  await second.goto(BASE_URL);
  await appReady(second);
  assert.ok(await second.getByLabel(KEEP).isChecked(), "the second tab found the kept answers");
  await second.getByRole("button", { name: "Start" }).click();
  await second.getByRole("heading", { level: 1, name: "Signs to check first" }).waitFor();
  await second.getByRole("button", { name: "Back" }).click();
  await second.locator("#age_group-older").check();
  assert.match((await stored(second)).local, /age_group=older/);

  // The first tab changes something after: its answers are kept, whole.
  await first.locator("#red_flags-none").check();
  const { local } = await stored(first);
  assert.match(local, /age_group=adult/);
  assert.match(local, /red_flags=none/);
  assert.doesNotMatch(local, /older/);

  // A new tab reads the last change, without a notice.
  const third = await context.newPage();
  third.on("pageerror", (error) => errors.push(error.message));
  await third.goto(BASE_URL);
  await appReady(third);
  await third.getByRole("button", { name: "Start" }).click();
  await third.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  assert.equal(await third.getByRole("status").textContent(), "");
  for (const page of [first, second, third]) await page.getByRole("heading", { level: 1 }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a tab opened before answers were kept leaves them, whatever it does", async () => {
  const { context, page: first, errors } = await openWith();
  const second = await context.newPage();
  await second.goto(BASE_URL);
  await appReady(second);
  await first.getByLabel(KEEP).check();
  await walk(first, SELF_CARE_PATH.slice(0, 1));
  await first.getByRole("heading", { level: 1, name: "Signs to check first" }).waitFor();
  const kept = (await stored(first)).local;
  assert.match(kept, /age_group=adult/);

  // The second tab, which never loaded them, answers and starts again.
  await second.getByRole("button", { name: "Start" }).click();
  await second.locator("#age_group-child").check();
  await second.getByRole("button", { name: "Back" }).click();
  await second.getByRole("heading", { level: 1, name: "Muscle spasm and cramp checker" }).waitFor();
  assert.match((await stored(second)).session, /age_group=child/);
  assert.equal((await stored(second)).local, kept, "the kept answers are untouched");
  await second.reload();
  await appReady(second);
  assert.equal((await stored(second)).local, kept);
  // Reloaded with answers of its own, it does not take the kept ones over.
  assert.equal(await second.getByLabel(KEEP).isChecked(), false, "this tab never ticked keep");
  await second.getByRole("button", { name: "Start" }).click();
  await second.locator("#age_group-older").check();
  assert.match((await stored(second)).session, /age_group=older/);
  assert.equal((await stored(second)).local, kept, "the kept answers are still untouched");
  assert.deepEqual(errors, []);
  await context.close();
});

const saved = (lines, at = Date.now()) => `spasm-triage answers 1\ncontent 2.1.0\nsaved ${at}\n${lines}`;

test("a bad copy in this tab is removed alone: the good kept copy is used", async () => {
  const { context, page, errors } = await openApp(browser);
  const good = saved("age_group=adult\nanswering_for=self\n");
  await page.evaluate(
    ([key, good]) => {
      sessionStorage.setItem(key, "damaged");
      localStorage.setItem(key, good);
    },
    [KEY, good],
  );
  await page.reload();
  await appReady(page);
  assert.ok(await page.getByLabel(KEEP).isChecked());
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("heading", { level: 1, name: "Signs to check first" }).waitFor();
  assert.equal(await page.getByRole("status").textContent(), "", "nothing was lost");
  const { session, local } = await stored(page);
  assert.match(local, /age_group=adult/, "the kept copy is still there");
  assert.equal(session, null, "the bad copy was removed");
  assert.deepEqual(errors, []);
  await context.close();
});

test("kept answers saved a few seconds 'in the future' (a clock set back) are used", async () => {
  const { context, page, errors } = await openApp(browser);
  const ahead = saved("age_group=adult\nanswering_for=self\n", Date.now() + 30_000);
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, ahead]);
  await page.reload();
  await appReady(page);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("heading", { level: 1, name: "Signs to check first" }).waitFor();
  assert.match((await stored(page)).local, /age_group=adult/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the notice that answers were removed is shown after a reload half-way", async () => {
  const { context, page, errors } = await openApp(browser);
  await walk(page, SELF_CARE_PATH.slice(0, 2));
  await page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  assert.match(new URL(page.url()).hash, /^#step-/);
  await page.evaluate((key) => sessionStorage.setItem(key, "spasm-triage answers 1\ncontent 0.1.0\nsaved 1\nage_group=adult\n"), KEY);
  await page.reload();
  await page.getByRole("status").getByText("could not be used").waitFor();
  await page.getByRole("heading", { level: 1, name: "About the person" }).waitFor();
  assert.deepEqual(await stored(page), { session: null, local: null });
  assert.deepEqual(errors, []);
  await context.close();
});

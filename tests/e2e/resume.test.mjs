// Answers survive a reload; kept on the device only when the person opts in;
// cleared at any time; bad stored data is dropped with a notice, never a crash.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { BASE_URL, SELF_CARE_PATH, launch, openApp, walk } from "./support.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

const stored = (page) =>
  page.evaluate(() => ({ session: sessionStorage.getItem("spasm-triage"), local: localStorage.getItem("spasm-triage") }));

test("a reload keeps the answers and the step, in this tab only", async () => {
  const { context, page, errors } = await openApp(browser);
  await walk(page, SELF_CARE_PATH.slice(0, 2));
  await page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  const { session, local } = await stored(page);
  assert.match(session, /age_group=adult/);
  assert.equal(local, null, "nothing is kept on the device without the opt-in");
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  await page.getByRole("button", { name: "Back" }).click();
  assert.ok(await page.getByLabel("None of these").isChecked());
  assert.deepEqual(errors, []);
  await context.close();
});

test("keeping answers on the device lets a new tab carry on; clearing removes everything", async () => {
  const { context, page } = await openApp(browser);
  await page.getByLabel("Keep my answers on this device for 7 days").check();
  await walk(page, SELF_CARE_PATH.slice(0, 1));
  assert.match((await stored(page)).local, /age_group=adult/);

  const second = await context.newPage();
  await second.goto(BASE_URL);
  await second.getByRole("button", { name: "Start" }).click();
  await second.getByRole("heading", { level: 1, name: "Signs to check first" }).waitFor();
  assert.ok(await second.getByLabel("Keep my answers on this device for 7 days").isChecked());

  await second.getByRole("button", { name: "Clear my answers" }).click();
  await second.getByRole("status").getByText("Your answers have been removed from this device.").waitFor();
  assert.deepEqual(await stored(second), { session: null, local: null });
  await second.getByRole("heading", { level: 1, name: "Muscle spasm and cramp checker" }).waitFor();
  await context.close();
});

/** The content version this build saves its answers with. */
const VERSION = (await readFile("src/content/questionnaire.toml", "utf8")).match(/^version = "([^"]+)"/m)[1];

for (const [name, text] of [
  ["malformed", "this is not what the checker saves"],
  ["from another content version", "spasm-triage answers 1\ncontent 0.1.0\nsaved 1\nage_group=adult\n"],
  ["with an unknown id", `spasm-triage answers 1\ncontent ${VERSION}\nsaved ${Date.now()}\nshoe_size=9\n`],
  ["with an out-of-range number", `spasm-triage answers 1\ncontent ${VERSION}\nsaved ${Date.now()}\nseverity=99\n`],
  ["older than 7 days", `spasm-triage answers 1\ncontent ${VERSION}\nsaved ${Date.now() - 8 * 24 * 3600 * 1000}\nage_group=adult\n`],
]) {
  test(`stored answers ${name} are dropped with a notice`, async () => {
    const { context, page, errors } = await openApp(browser);
    await page.evaluate((text) => localStorage.setItem("spasm-triage", text), text);
    await page.reload();
    await page.getByRole("status").getByText("could not be used").waitFor();
    assert.deepEqual(await stored(page), { session: null, local: null });
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("heading", { level: 1, name: "About the person" }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

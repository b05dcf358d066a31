// "How the checker decides": every rule of the content, under its level, with
// its sources as links; reached from the start screen, the result and the
// footer; it works offline like every other screen.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { SELF_CARE_IDS, launch, openApp, walkByIds } from "./support.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** The rules of the content file, read independently of the app: id, level and sources' addresses. */
async function contentRules() {
  const toml = await readFile(new URL("../../src/content/questionnaire.toml", import.meta.url), "utf8");
  const blocks = (kind) => toml.split(`[[${kind}]]`).slice(1).map((block) => block.split("\n[")[0]);
  const field = (block, name) => block.match(new RegExp(`^${name} = "([^"]*)"`, "m"))?.[1];
  const urls = Object.fromEntries(blocks("source").map((block) => [field(block, "key"), field(block, "url")]));
  return blocks("rule").map((block) => ({
    id: field(block, "id"),
    level: field(block, "level"),
    sources: JSON.parse(block.match(/^sources = (\[.*\])$/m)[1]).map((key) => urls[key]),
  }));
}

test("every rule is listed under its level, with the answers that lead to it and every source as a link", async () => {
  const rules = await contentRules();
  assert.ok(rules.length > 50, `${rules.length} rules read from the content`);
  const { context, page, errors } = await openApp(browser);
  await page.getByRole("link", { name: "How the checker decides" }).first().click();
  await page.getByRole("heading", { level: 1, name: "How the checker decides" }).waitFor();
  assert.equal(await page.locator(".how-rule").count(), rules.length, "no rule more, none less");
  for (const rule of rules) {
    const item = page.locator(`.how-level.level-${rule.level} .how-rule[data-rule="${rule.id}"]`);
    assert.equal(await item.count(), 1, `${rule.id} under ${rule.level}`);
    assert.match(await item.innerText(), /Answers that lead to it: \S/, `${rule.id} says what leads to it`);
    const links = await item.locator(".sources a").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    for (const url of rule.sources.filter(Boolean)) assert.ok(links.includes(url), `${rule.id} links ${url}`);
  }
  const levels = await page.locator(".how-level h2").allInnerTexts();
  assert.deepEqual(levels, ["Call for help now", "Get medical help today", "Contact a doctor soon", "Book a routine appointment", "Care at home is enough for now"]);
  const fever = await page.locator('.how-rule[data-rule="u_fever"]').innerText();
  assert.match(fever, /High temperature and \(Very unwell or worse: Yes or .*Weak immune system: Yes\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("it is reached from the result and the footer, goes back to where the person was, and works offline", async () => {
  const { context, page } = await openApp(browser);
  await walkByIds(page, SELF_CARE_IDS);
  await page.locator(".review .button-primary").click();
  await page.locator("#result-title").waitFor();
  await page.locator(".result").getByRole("link", { name: "How the checker decides" }).click();
  await page.locator("#how-title").waitFor();
  await page.getByRole("button", { name: "Back" }).click();
  await page.locator("#result-title").waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await page.locator("#result-title").waitFor();
  await page.locator(".app-footer").getByRole("link", { name: "How the checker decides" }).click();
  await page.locator("#how-title").waitFor();
  assert.ok((await page.locator(".how-rule").count()) > 50);
  await context.close();
});

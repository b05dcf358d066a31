// Offline: once loaded, the checker works with the network off; a new build,
// once installed, works offline too. The worker answers only for the app's own
// page and files. Faults: the network dropping during the first visit, and a
// new build deployed while a person is half-way through.

import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { serve } from "../../scripts/static-server.mjs";
import { SELF_CARE_PATH, answerStep, appReady, catalog, launch, walk } from "./support.mjs";

let browser;
let server;
let folder;
let oldBuild;
let newBuild;
let work;

before(async () => {
  browser = await launch();
  work = await mkdtemp(join(tmpdir(), "spasm-triage-offline-"));
  oldBuild = join(work, "old");
  newBuild = join(work, "new");
  await cp("dist", oldBuild, { recursive: true });
  await cp("dist", newBuild, { recursive: true });
  // A new build: a visible change, and a new offline version.
  const index = join(newBuild, "index.html");
  await writeFile(index, (await readFile(index, "utf8")).replace("<head>", '<head><meta name="build" content="new">'));
  // Its Spanish pack shows one text differently, so a page can tell which build's pack it has.
  const es = await catalog("es");
  const pack = join(newBuild, "lang-es.js");
  // (The same key list: only the text differs.)
  const [, keys, array] = (await readFile(pack, "utf8")).match(/^(export const keys = "[0-9a-f]+";\n)export default ([\s\S]*)$/);
  const texts = JSON.parse(array);
  assert.ok(texts.includes(es["step.where.title"]));
  await writeFile(pack, `${keys}export default ${JSON.stringify(texts.map((text) => (text === es["step.where.title"] ? `${text} (new)` : text)))}`);
  const worker = join(newBuild, "sw.js");
  await writeFile(worker, (await readFile(worker, "utf8")).replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-new"'));
  folder = oldBuild;
  server = await serve(() => folder, 0);
});

after(async () => {
  await browser?.close();
  server?.close();
  await rm(work, { recursive: true, force: true });
});

/** Waits until the page is controlled by the worker of the build whose version
 * ends with `suffix`, fully activated (its cache complete, nothing installing
 * or waiting). Older caches may stay while a page served from them is open. */
function offlineReady(page, suffix) {
  return page.evaluate(async (suffix) => {
    const workers = navigator.serviceWorker;
    const registration = await workers.ready;
    // Ask for the newest worker now rather than when the browser next checks.
    await registration.update();
    const ready = async () =>
      workers.controller?.state === "activated" &&
      !registration.installing &&
      !registration.waiting &&
      (await caches.keys()).some((key) => key.endsWith(suffix));
    for (;;) {
      // Listen first, then look, so that no change is missed.
      const changed = new Promise((resolve) => {
        workers.addEventListener("controllerchange", resolve, { once: true });
        workers.controller?.addEventListener("statechange", resolve, { once: true });
        registration.installing?.addEventListener("statechange", resolve, { once: true });
        registration.waiting?.addEventListener("statechange", resolve, { once: true });
      });
      if (await ready()) return;
      await changed;
    }
  }, suffix);
}

/** The names of the offline caches, once they are exactly `names` (an older
 * build's cache goes once no open page was served from it). */
function cachesBecome(page, names) {
  return page.waitForFunction(async (names) => JSON.stringify((await caches.keys()).sort()) === JSON.stringify([...names].sort()), names);
}

/** The version of the build in `folder`. */
const versionOf = async (folder) => (await readFile(join(folder, "sw.js"), "utf8")).match(/const VERSION = "([^"]+)"/)[1];

/** A new browser context on the old build, and its server's origin. */
async function onOldBuild() {
  folder = oldBuild;
  const context = await browser.newContext();
  return { context, page: await context.newPage(), origin: `http://127.0.0.1:${server.address().port}` };
}

test("after one visit the whole questionnaire works offline, and so does a new build", async () => {
  const { context, page, origin } = await onOldBuild();
  await page.goto(`${origin}/`);
  const oldVersion = await versionOf(oldBuild);
  await offlineReady(page, oldVersion);

  await context.setOffline(true);
  await page.reload();
  await walk(page, SELF_CARE_PATH);
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { level: 1, name: "Care at home is enough for now" }).waitFor();
  await page.getByRole("button", { name: "Start again" }).click();

  await context.setOffline(false);
  folder = newBuild;
  await page.reload();
  await offlineReady(page, `${oldVersion}-new`);
  await context.setOffline(true);
  await page.reload();
  assert.equal(await page.locator('meta[name="build"]').getAttribute("content"), "new");
  await cachesBecome(page, [`spasm-triage-${oldVersion}-new`]);
  await walk(page, SELF_CARE_PATH.slice(0, 2));
  await page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  await context.close();
});

test("the worker answers only for the app's page and files: other pages and files of its origin come from the network", async () => {
  const { context, page, origin } = await onOldBuild();
  await page.goto(`${origin}/`);
  await offlineReady(page, await versionOf(oldBuild));
  // The app's own page, at either address and with any query, comes from the worker.
  for (const address of ["/", "/?lang=fr", "/index.html", "/index.html?region=gb"]) {
    const response = await page.goto(`${origin}${address}`);
    assert.ok(response.fromServiceWorker(), `${address} from the worker`);
    await appReady(page);
  }
  // Everything else on the origin is the server's.
  const guide = await page.goto(`${origin}/embed.html`);
  assert.equal(guide.fromServiceWorker(), false, "embed.html from the network");
  assert.equal(await page.title(), "Embed the muscle spasm and cramp checker");
  const fhir = await page.goto(`${origin}/questionnaire.json`);
  assert.equal(fhir.fromServiceWorker(), false, "questionnaire.json from the network");
  assert.equal((await fhir.json()).resourceType, "Questionnaire");
  for (const address of ["/clinic/opening-hours", "/index.htm", "/app/", "/sw.js.map"]) {
    const unknown = await page.goto(`${origin}${address}`);
    assert.equal(unknown.fromServiceWorker(), false, `${address} from the network`);
    assert.equal(unknown.status(), 404, `${address}: the server's own answer`);
  }
  // And offline, the app still opens, but no other page does.
  await context.setOffline(true);
  assert.ok((await page.goto(`${origin}/?compact=1`)).fromServiceWorker());
  await appReady(page);
  await assert.rejects(page.goto(`${origin}/embed.html`), /ERR_INTERNET_DISCONNECTED/);
  await context.close();
});

test("the network dropping during the first visit: the worker's install fails, and a reload recovers with a working worker", async () => {
  const { context, page, origin } = await onOldBuild();
  // The network drops as soon as the worker starts to download the app's
  // files, after the page has loaded its own: from then on every request fails.
  let down = false;
  let dropped;
  const drop = new Promise((resolve) => {
    dropped = resolve;
  });
  await context.route("**/*", (route) => {
    if (route.request().serviceWorker() && !down) {
      down = true;
      dropped();
    }
    return down ? route.abort("internetdisconnected") : route.continue();
  });
  await page.goto(`${origin}/`);
  await appReady(page);
  await drop;
  const failed = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const worker = registration?.installing ?? registration?.waiting;
    if (worker && worker.state !== "redundant") {
      await new Promise((resolve) => worker.addEventListener("statechange", () => worker.state === "redundant" && resolve()));
    }
    const after = await navigator.serviceWorker.getRegistration();
    return { active: Boolean(after?.active), controlled: Boolean(navigator.serviceWorker.controller), caches: await caches.keys() };
  });
  assert.deepEqual(failed, { active: false, controlled: false, caches: [] }, "no half-installed worker and no partial cache");
  // The person can still go on with the page they have.
  await walk(page, SELF_CARE_PATH.slice(0, 1));
  await page.getByRole("heading", { level: 1, name: "Signs to check first" }).waitFor();

  // The network comes back: a reload starts the app where the person was, and the worker installs.
  await context.unrouteAll();
  await page.reload();
  await page.locator("#red_flags-none:enabled").waitFor();
  const version = await versionOf(oldBuild);
  await offlineReady(page, version);
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`spasm-triage-${version}`]);
  // And from then on it works offline.
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Signs to check first" }).waitFor();
  await answerStep(page, SELF_CARE_PATH[1]);
  await page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  await context.close();
});

test("a new build deployed while a person is half-way through: the open page keeps its answers, its step and its own files; the next visit is the new build", async () => {
  const es = await catalog("es");
  const opened = await onOldBuild();
  const { context, origin } = opened;
  let { page } = opened;
  await page.goto(`${origin}/`);
  const oldVersion = await versionOf(oldBuild);
  await offlineReady(page, oldVersion);
  // Spanish once, so its pack is kept with the old build; then English in a
  // new tab (a tab remembers the language chosen in it).
  await page.getByRole("button", { name: "Español" }).click();
  await page.locator("html[lang=es]").waitFor({ state: "attached" });
  page = await context.newPage();
  await page.goto(`${origin}/?lang=en`);
  await appReady(page);
  // Half-way through, in a page that has not loaded the Spanish pack.
  await walk(page, SELF_CARE_PATH.slice(0, 2));
  await page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();

  // The new build is deployed, and the browser installs it while the page is open.
  folder = newBuild;
  await offlineReady(page, `${oldVersion}-new`);
  assert.equal(await page.locator('meta[name="build"]').count(), 0, "the open page is still the old build");
  assert.deepEqual((await page.evaluate(() => caches.keys())).sort(), [`spasm-triage-${oldVersion}`, `spasm-triage-${oldVersion}-new`], "the old build's files are kept while its page is open");
  // The open page asks for a file it had not loaded (the Spanish pack): it gets its own build's.
  await page.getByRole("button", { name: "Español" }).click();
  await page.getByRole("heading", { level: 1, name: es["step.where.title"], exact: true }).waitFor();
  await page.locator("form .button:not(.button-primary)").click();
  await page.getByRole("heading", { level: 1, name: es["step.red_flags.title"] }).waitFor();
  assert.ok(await page.locator("#red_flags-none").isChecked(), "the answer is still there");
  await page.locator("form button[type=submit]").click();

  // The next visit: the new build, with the answers and the step kept.
  await page.reload();
  assert.equal(await page.locator('meta[name="build"]').getAttribute("content"), "new");
  await page.getByRole("heading", { level: 1, name: `${es["step.where.title"]} (new)`, exact: true }).waitFor();
  await page.locator("form .button:not(.button-primary)").click();
  assert.ok(await page.locator("#red_flags-none").isChecked(), "the answer is still there");
  await cachesBecome(page, [`spasm-triage-${oldVersion}-new`]);
  await context.close();
});

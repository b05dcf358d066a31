// Offline: once loaded, the checker works with the network off; a new build,
// once installed, works offline too.

import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { serve } from "../../scripts/static-server.mjs";
import { SELF_CARE_PATH, launch, walk } from "./support.mjs";

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
 * ends with `suffix`, fully activated (its cache complete, older caches gone). */
function offlineReady(page, suffix) {
  return page.evaluate(async (suffix) => {
    const workers = navigator.serviceWorker;
    // Ask for the newest worker now rather than when the browser next checks.
    await (await workers.ready).update();
    const ready = async () =>
      workers.controller?.state === "activated" &&
      (await caches.keys()).length === 1 &&
      (await caches.keys())[0].endsWith(suffix);
    for (;;) {
      // Listen first, then look, so that no change is missed.
      const changed = new Promise((resolve) => {
        workers.addEventListener("controllerchange", resolve, { once: true });
        workers.controller?.addEventListener("statechange", resolve, { once: true });
      });
      if (await ready()) return;
      await changed;
    }
  }, suffix);
}

test("after one visit the whole questionnaire works offline, and so does a new build", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const url = `http://127.0.0.1:${server.address().port}/`;
  await page.goto(url);
  const oldVersion = (await readFile(join(oldBuild, "sw.js"), "utf8")).match(/const VERSION = "([^"]+)"/)[1];
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
  await walk(page, SELF_CARE_PATH.slice(0, 2));
  await page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  await context.close();
});

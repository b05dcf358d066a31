// Shared by the end-to-end tests: Debian's Chromium through playwright-core, and
// the address of the built app (BASE_URL, set by ./scripts/test).

import { chromium } from "playwright-core";

/** Where the built dist/ is served. */
export const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:8080";

/** Starts headless Chromium with the switches this machine needs. */
export function launch() {
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
    ],
  });
}

/** Opens a page that records console errors and uncaught exceptions in `errors`. */
export async function openApp(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(BASE_URL);
  return { context, page, errors };
}

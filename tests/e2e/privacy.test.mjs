// The privacy promise, checked on the build and in the browser: no code that
// sends data, a strict Content-Security-Policy, and no request during use.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { SELF_CARE_IDS, SELF_CARE_PATH, STEP, appReady, launch, openApp, pathWith, walk, walkByIds } from "./support.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

const read = (file) => readFile(`dist/${file}`, "utf8");
const digest = (algorithm, data) => createHash(algorithm).update(data).digest("base64");

/** Every call in the built code that could send something. */
const SENDING = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|RTCPeerConnection|sendBeacon|importScripts)\s*\(|new\s+(XMLHttpRequest|WebSocket|EventSource|RTCPeerConnection)\b/g;

/** The only two allowed, seen with the code around them: the loader fetching
 * its own wasm (in the minified bindings, a path or Request `x` checked as one
 * and replaced by `fetch(x)`), and the offline worker passing on a request for
 * one of the app's own files it lacks. */
const LOADER = /instanceof URL\)&&\((\w+)=fetch\(\1\)\)/;
const WORKER = /const response = await fetch\(request\);/;

test("the built code contains nothing that sends data beyond the loader's fetch of its own wasm", async () => {
  const files = (await readdir("dist", { recursive: true })).filter((file) => /\.(js|html)$/.test(file));
  const found = [];
  for (const file of files) {
    const code = await read(file);
    for (const match of code.matchAll(SENDING)) {
      found.push({ file, code: code.slice(Math.max(0, match.index - 40), match.index + 40) });
    }
  }
  const unexpected = found.filter(({ code }) => !LOADER.test(code) && !WORKER.test(code));
  assert.deepEqual(unexpected, []);
  assert.equal(found.filter(({ code }) => LOADER.test(code)).length, 1, "one loader fetch");
  assert.equal(found.filter(({ code }) => WORKER.test(code)).length, 1, "one worker fetch");
  const wasm = (await readdir("dist")).find((file) => file.endsWith(".wasm"));
  const imports = (await readFile(`dist/${wasm}`)).toString("latin1");
  assert.doesNotMatch(imports, /__wbg_(fetch|send|sendBeacon|open)_/, "the wasm imports no sending function");
});

test("index.html carries a strict Content-Security-Policy with the bootstrap's hash", async () => {
  const html = await read("index.html");
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? "";
  const directives = Object.fromEntries(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  assert.deepEqual(directives["default-src"], ["'self'"]);
  assert.deepEqual(directives["connect-src"], ["'self'"]);
  assert.deepEqual(directives["style-src"], ["'self'"]);
  assert.deepEqual(directives["img-src"], ["'self'", "data:"], "data: only for the inline icon");
  assert.deepEqual(directives["object-src"], ["'none'"]);
  assert.deepEqual(directives["base-uri"], ["'none'"]);
  assert.deepEqual(directives["form-action"], ["'none'"]);
  assert.deepEqual(directives["require-trusted-types-for"], ["'script'"], "Trusted Types for every script sink");
  assert.deepEqual(directives["trusted-types"], ["spasm-triage"], "the app's one policy");
  assert.ok(!policy.includes("unsafe-inline") && !policy.includes("'unsafe-eval'"), policy);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  assert.equal(inline.length, 1, "one inline bootstrap");
  assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'", `'sha256-${digest("sha256", inline[0])}'`]);
  assert.match(html, /<meta name="referrer" content="no-referrer">/);
  assert.ok(html.indexOf("Content-Security-Policy") < html.indexOf("<script"), "the policy comes before any script");
});

test("under Trusted Types the app starts, registers its worker and goes through a whole path in French, with no violation", async () => {
  const { context, page, errors } = await openApp(browser, {}, "?lang=fr", (context) =>
    context.addInitScript(() => {
      window.violations = [];
      document.addEventListener("securitypolicyviolation", (event) => window.violations.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`));
    }),
  );
  assert.equal(await page.locator("html").getAttribute("lang"), "fr", "the French pack loaded");
  // The offline worker was registered through the app's policy, and takes charge.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  });
  await walkByIds(page, SELF_CARE_IDS);
  await page.locator(".review .button-primary").click();
  await page.locator(".level-icon path").first().waitFor({ state: "attached" });
  const icon = await page.locator(".level-icon").evaluate((svg) => ({ namespace: svg.namespaceURI, shapes: svg.children.length, width: svg.getBoundingClientRect().width }));
  assert.deepEqual(icon, { namespace: "http://www.w3.org/2000/svg", shapes: 2, width: 40 }, "the level icon is built as SVG elements");
  // The language switch loads another pack under the same rules.
  await page.getByRole("button", { name: "English" }).click();
  await page.locator("html[lang=en]").waitFor({ state: "attached" });
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, [], "no Trusted Types or other error");
  // The directive is in force: a plain string given to innerHTML is refused.
  const refused = await page.evaluate(() => {
    try {
      document.createElement("div").innerHTML = "<b>x</b>";
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
  assert.ok(refused, "innerHTML with a string is refused");
  // And no other policy of that name can be made.
  const other = await page.evaluate(() => {
    try {
      trustedTypes.createPolicy("spasm-triage", { createScriptURL: (url) => url });
      return "a second policy was made";
    } catch {
      return "refused";
    }
  });
  assert.equal(other, "refused", "no second spasm-triage policy");
  assert.deepEqual(await page.evaluate(() => window.violations), ["require-trusted-types-for: Element innerHTML|<b>x</b>", "trusted-types: spasm-triage"], "the probes were reported");
  await context.close();
});

test("the script and the wasm are checked against their integrity hashes", async () => {
  const html = await read("index.html");
  const [, wasmPath, wasmIntegrity] = html.match(/new Request\('\/([^']+\.wasm)', \{ integrity: '([^']+)' \}\)/) ?? [];
  assert.ok(wasmPath, "the loader fetches the wasm with an integrity hash");
  assert.equal(wasmIntegrity, `sha384-${digest("sha384", await readFile(`dist/${wasmPath}`))}`);
  const [, jsPath, jsIntegrity] = html.match(/<link rel="modulepreload" href="\/([^"]+\.js)"[^>]*integrity="([^"]+)"/) ?? [];
  assert.equal(jsIntegrity, `sha384-${digest("sha384", await readFile(`dist/${jsPath}`))}`);
});

test("after the first load, a whole questionnaire makes no request, and no request ever carries an answer", async () => {
  // Every request from the first one on, the offline worker's included.
  const requests = [];
  const { context, page, errors } = await openApp(browser, {}, "", (context) => context.on("request", (request) => requests.push(request)));
  await page.evaluate(() => navigator.serviceWorker.ready);
  const firstLoad = requests.length;
  await walk(page, SELF_CARE_PATH);
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { level: 1, name: "Care at home is enough for now" }).waitFor();
  const sent = requests.slice(firstLoad).map((request) => request.url()).filter((url) => !url.startsWith("data:"));
  assert.deepEqual(sent, [], "no request while answering");
  const answers = ["adult", "calf", "none", "sometimes", "months", "16 to 64", "Calf", "Myself"];
  for (const request of requests) {
    // Its address, body and header values, but for the browser's fetch
    // metadata (with its fixed words, such as Sec-Fetch-Site: none).
    const headers = Object.entries(await request.allHeaders()).filter(([name]) => !name.startsWith("sec-fetch-"));
    const sent = [request.url(), request.postData() ?? "", ...headers.map(([, value]) => value)].join("\n");
    for (const answer of answers) assert.ok(!sent.includes(answer), `${request.url()} carries "${answer}"`);
  }
  assert.deepEqual(errors, [], "no Content-Security-Policy violation or other error");
  await context.close();
});

test("links to sources open without a referrer", async () => {
  const { context, page } = await openApp(browser);
  await walk(
    page,
    pathWith({
      [STEP.health]: [
        ["Are you pregnant", "No"],
        ["long-term health condition", "No"],
        ["take any medicines", "Yes"],
        ["Do you take any of these medicines", "A statin for cholesterol, such as atorvastatin or simvastatin"],
        ["Did the muscle pain", "Yes"],
      ],
    }),
  );
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { level: 1, name: "Get medical help today" }).waitFor();
  const rels = await page.locator("main a[href^='https://']").evaluateAll((links) => links.map((link) => link.rel));
  assert.ok(rels.length > 0);
  assert.ok(rels.every((rel) => rel === "noopener noreferrer"), rels.join());
  await context.close();
});

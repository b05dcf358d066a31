// Trunk post_build hook: runs on the finished build in $TRUNK_STAGING_DIR.
// 0. The start screen, rendered by the crate on the host, fills #app.
// 1. The loader fetches the wasm through a Request that carries its integrity
//    hash, once the start screen has painted. The wasm's JavaScript bindings
//    are minified (Trunk's own minifier cannot read them), and their integrity
//    hash follows.
// 2. The Content-Security-Policy placeholder in index.html becomes the policy,
//    with the hash of the inline bootstrap (the one inline script) instead of
//    'unsafe-inline', and Trusted Types required for script sinks.
// 3. Each translation becomes a language pack, /lang-<code>.js (its texts in
//    key order), loaded only by the people who read that language.
// 4. questionnaire.json is the questionnaire as a FHIR R4 Questionnaire.
// 5. sw.js is written with the list of the app's files of this build (not the
//    files for others, the install icons or the language packs), for offline use.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minify } from "terser";
import { isPrecached } from "./site-files.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run by Trunk as a post_build hook: TRUNK_STAGING_DIR is not set");

/** The output of one of the host programs (tools/src/bin/). */
const cargoRun = (bin, ...args) =>
  execFileSync("cargo", ["run", "--quiet", "-p", "spasm-tools", "--bin", bin, "--", ...args], { cwd: new URL("..", import.meta.url), encoding: "utf8" });
const digest = (algorithm, data) => createHash(algorithm).update(data).digest("base64");
const integrity = (data) => `sha384-${digest("sha384", data)}`;
const indexPath = join(dir, "index.html");
let html = await readFile(indexPath, "utf8");

// 1. Subresource integrity for the wasm the loader fetches.
const wasmPath = html.match(/module_or_path: '(\/[^']+_bg\.wasm)'/)?.[1];
if (!wasmPath) throw new Error("index.html: the loader's wasm path was not found");
const wasmIntegrity = integrity(await readFile(join(dir, wasmPath)));
html = html.replace(
  `module_or_path: '${wasmPath}'`,
  `module_or_path: new Request('${wasmPath}', { integrity: '${wasmIntegrity}' })`,
);
// The wasm is asked for once the start screen has painted (or after 100 ms at
// most, for a frame the browser does not paint while it is out of view), so
// the screen's first paint never waits on the app's largest file.
const preloadWasm = new RegExp(`<link rel="preload" href="${wasmPath}"[^>]*>`);
if (!preloadWasm.test(html)) throw new Error("index.html: the wasm's preload link was not found");
html = html.replace(preloadWasm, "");
html = html.replace(
  "const wasm = await init(",
  "await new Promise((go) => { requestAnimationFrame(() => requestAnimationFrame(go)); setTimeout(go, 100); });\nconst wasm = await init(",
);
const bindingsPath = html.match(/import init, \* as bindings from '(\/[^']+\.js)'/)?.[1];
if (!bindingsPath) throw new Error("index.html: the loader's bindings path was not found");
const bindings = (await minify(await readFile(join(dir, bindingsPath), "utf8"), { module: true })).code;
await writeFile(join(dir, bindingsPath), bindings);
const preload = new RegExp(`(href="${bindingsPath}"[^>]*integrity=")[^"]+`);
if (!preload.test(html)) throw new Error("index.html: the bindings' modulepreload link was not found");
html = html.replace(preload, (_, link) => link + integrity(bindings));

// 2. The Content-Security-Policy, with the hash of each inline script.
const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
const scriptHashes = inlineScripts.map((script) => `'sha256-${digest("sha256", script)}'`).join(" ");
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Trusted Types: no string reaches a script sink (innerHTML, a script's
  // address, eval); the one policy, spasm-triage, makes only the offline
  // worker's address (src/app/mod.rs).
  "require-trusted-types-for 'script'",
  "trusted-types spasm-triage",
].join("; ");
if (!html.includes("__CONTENT_SECURITY_POLICY__")) throw new Error("index.html: the CSP placeholder is missing");
if (!html.includes("__PRERENDERED_START_SCREEN__")) throw new Error("index.html: the start screen placeholder is missing");
// The start screen as HTML, so it shows before the wasm has loaded.
const startScreen = cargoRun("prerender");
// Its elements' names in order, for the app to check, before it takes the
// screen over, that nothing (a page translator, an extension) has changed it.
const startTags = [...startScreen.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((match) => match[1].toLowerCase()).join(" ");
if (!html.includes('<div id="app">')) throw new Error("index.html: the app's element is missing");
html = html.replace('<div id="app">', () => `<div id="app" data-tags="${startTags}">`);
html = html.replace("__PRERENDERED_START_SCREEN__", () => startScreen);
html = html.replace("__CONTENT_SECURITY_POLICY__", policy);
await writeFile(indexPath, html);
// The same policy, for hosts to send as a header (README, Hosting): a header can
// also carry frame-ancestors, which a page's own policy cannot.
console.log(`post-build: Content-Security-Policy: ${policy}; frame-ancestors 'self' https://your-clinic.example`);

// 3. Language packs, made by the crate on the host from the translation files.
cargoRun("language_packs", dir);

// 4. The questionnaire as a FHIR R4 Questionnaire, from the content, by the
//    host build of the same crate.
await writeFile(join(dir, "questionnaire.json"), cargoRun("fhir_questionnaire"));

// 5. The service worker, listing the app's files of this build.
const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name !== "sw.js")
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dir.length + 1))
  .filter(isPrecached)
  .map((file) => `/${file}`)
  .sort();
const hashes = await Promise.all(files.map(async (file) => digest("sha256", await readFile(join(dir, file)))));
const version = createHash("sha256").update(hashes.join()).digest("hex").slice(0, 16);
const worker = (await readFile(new URL("../src/sw.js", import.meta.url), "utf8"))
  .replace("__VERSION__", version)
  // The page itself is stored once, as "/" (which every page address is served
  // from), not also as /index.html: the first visit fetches it once.
  .replace("__FILES__", JSON.stringify(["/", ...files.filter((file) => file !== "/index.html")]));
await writeFile(join(dir, "sw.js"), worker);
console.log(`post-build: language packs, CSP with ${inlineScripts.length} inline script hash(es), wasm integrity, minified bindings, sw.js ${version} with ${files.length} files`);

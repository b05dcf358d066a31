// Measures the built app, and a SurveyJS peer asking the same questions, and
// writes bench/report.json and bench/report.md.
// Usage (from ./scripts/bench): node bench/run.mjs <base url> <engine json>

import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measure } from "../scripts/size.mjs";
import { serve } from "../scripts/static-server.mjs";
import { SELF_CARE_IDS, launch } from "../tests/e2e/support.mjs";
import { buildPeer } from "./surveyjs/build.mjs";
import { firstVisit } from "./wire.mjs";

const [base, engineJson] = process.argv.slice(2);
const RUNS = 10;
/** The app's languages, each measured on a first visit. */
const LANGUAGES = ["en", "es", "ar", "fr"];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const round = (value, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

/** Runs a command to its end (asynchronously, so this process's own server for
 * the SurveyJS peer keeps answering); rejects if it fails. */
function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args[0]} exited with ${code}`))));
  });
}

/** Lighthouse 12.2.3 with Debian's Chromium, one preset, on the page at `url`. */
async function lighthouse(url, preset) {
  const dir = await mkdtemp(join(tmpdir(), "spasm-triage-lighthouse-"));
  const output = join(dir, "report.json");
  const args = [
    "bench/node_modules/lighthouse/cli/index.js",
    url,
    "--quiet",
    "--output=json",
    `--output-path=${output}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync",
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
  ];
  await run("node", args, { ...process.env, CHROME_PATH: "/usr/bin/chromium" });
  const report = JSON.parse(await readFile(output, "utf8"));
  await rm(dir, { recursive: true, force: true });
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const ms = (id) => Math.round(report.audits[id].numericValue);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    best_practices: score("best-practices"),
    seo: score("seo"),
    fcp_ms: ms("first-contentful-paint"),
    lcp_ms: ms("largest-contentful-paint"),
    tbt_ms: ms("total-blocking-time"),
    cls: round(report.audits["cumulative-layout-shift"].numericValue, 3),
    // What cost points outside performance: the scored audits that did not pass.
    failed_audits: ["accessibility", "best-practices", "seo"].flatMap((id) =>
      report.categories[id].auditRefs.filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1).map((ref) => ref.id),
    ),
  };
}

/** Clicks `selector` in the page and measures the time until #id takes focus. */
function timeClick(page, selector, id) {
  return page.evaluate(
    ({ selector, id }) =>
      new Promise((resolve) => {
        const start = performance.now();
        document.addEventListener("focusin", function listener(event) {
          if (event.target.id === id) {
            document.removeEventListener("focusin", listener);
            resolve(performance.now() - start);
          }
        });
        document.querySelector(selector).click();
      }),
    { selector, id },
  );
}

/** Timings and memory from Playwright in Chromium, medians over RUNS runs. */
async function browserTimings() {
  const browser = await launch(["--enable-precise-memory-info"]);
  const firstScreen = [];
  const firstQuestion = [];
  const stepChange = [];
  const heap = [];
  const wasm = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      addEventListener("TrunkApplicationStarted", (event) => {
        window.benchWasm = event.detail.wasm;
      });
    });
    await page.goto(base);
    await page.locator(".start .button-primary:enabled").waitFor();
    // Navigation start to the start screen ready for a tap (its Start button rendered).
    firstScreen.push(await page.evaluate(() => performance.now()));
    firstQuestion.push(await timeClick(page, ".start .button-primary", "step-title"));
    for (const [index, answers] of SELF_CARE_IDS.entries()) {
      for (const [question, value] of answers) {
        if (typeof value === "number") await page.locator(`#${question}`).fill(String(value));
        else await page.locator(`#${question}-${value}`).check();
      }
      const next = index + 1 < SELF_CARE_IDS.length ? "step-title" : "review-title";
      stepChange.push(await timeClick(page, "form button[type=submit]", next));
    }
    await page.locator(".review .button-primary").click();
    await page.locator("#result-title").waitFor();
    heap.push(await page.evaluate(() => performance.memory.usedJSHeapSize));
    wasm.push(await page.evaluate(() => window.benchWasm.memory.buffer.byteLength));
    await context.close();
  }
  await browser.close();
  return {
    runs: RUNS,
    start_screen_ready_ms: round(median(firstScreen)),
    start_to_first_question_focused_ms: round(median(firstQuestion)),
    next_to_next_heading_focused_ms: round(median(stepChange)),
    next_to_next_heading_focused_max_ms: round(Math.max(...stepChange)),
    js_heap_bytes_after_full_path: median(heap),
    wasm_memory_bytes_after_full_path: median(wasm),
  };
}

/** The brotli bytes of each file of a size report, by path from its folder's root ("/sw.js"). */
const brotliOf = (measured) => new Map(measured.files.map((file) => [`/${file.file}`, file.brotli]));

/** First visits to the app in each language, and the sum-of-files figure for each
 * (the files the offline worker stores, plus the language's pack). Checks that
 * every file on the worker's list was seen fetched by it (from the network or
 * the browser's cache), so none was missed. */
async function appFirstVisits(browser, sizes) {
  const brotli = brotliOf(sizes);
  // The worker's own list of what it stores, as post-build wrote it into dist/sw.js.
  const worker = await readFile("dist/sw.js", "utf8");
  const precached = JSON.parse(worker.match(/const FILES = (\[.*?\]);/)[1]);
  const visits = {};
  for (const code of LANGUAGES) {
    const visit = await firstVisit(browser, `${base}?lang=${code}`, {
      ready: ".start .button-primary:enabled",
      worker: true,
      // The server sends a file's quality-11 brotli, as scripts/size.mjs measures it.
      workerScriptBody: (file) => brotli.get(file),
    });
    const fetchedByWorker = new Set(visit.list.filter((item) => item.from === "service_worker").map((item) => item.url));
    const missed = precached.filter((file) => !fetchedByWorker.has(file));
    if (missed.length > 0) throw new Error(`?lang=${code}: the worker's fetches of ${missed.join(", ")} were not seen`);
    visits[code] = { ...visit, sum_of_files_brotli: sizes.precached + (brotli.get(`/lang-${code}.js`) ?? 0) };
  }
  return visits;
}

const sizes = await measure("dist");

// The SurveyJS peer, built from this build's questionnaire and served from a
// temporary folder by the same static server as the app.
const peerDir = await mkdtemp(join(tmpdir(), "spasm-triage-surveyjs-"));
const peer = await buildPeer("dist/questionnaire.json", peerDir);
const peerSizes = await measure(peerDir);
const peerServer = await serve(peerDir, 0);
const peerBase = `http://127.0.0.1:${peerServer.address().port}/`;

// First visits come first: they also warm both servers' brotli caches, so
// Lighthouse does not time the compression of a file on its first request.
const browser = await launch();
const wire = await appFirstVisits(browser, sizes);
const peerWire = await firstVisit(browser, peerBase, { ready: ".sd-question" });
await browser.close();

const report = {
  date: new Date().toISOString(),
  sizes: { files: sizes.files, total: sizes.total, first_visit_brotli: sizes.visitor, first_visit_without_pack_brotli: sizes.precached },
  first_visit_wire: wire,
  lighthouse: { desktop: await lighthouse(base, "desktop"), mobile: await lighthouse(base, "mobile") },
  browser: await browserTimings(),
  engine: JSON.parse(engineJson),
  surveyjs_peer: {
    versions: peer.versions,
    survey: peer.counts,
    sizes: { files: peerSizes.files, total: peerSizes.total },
    first_visit_wire: peerWire,
    lighthouse: { desktop: await lighthouse(peerBase, "desktop"), mobile: await lighthouse(peerBase, "mobile") },
  },
};
peerServer.close();
await rm(peerDir, { recursive: true, force: true });
await writeFile("bench/report.json", `${JSON.stringify(report, null, 2)}\n`);

const kb = (bytes) => `${round(bytes / 1024)} KB`;
/** The audits failed in either preset, or "none". */
const failures = (presets) => [...new Set([...presets.desktop.failed_audits, ...presets.mobile.failed_audits])].map((id) => `\`${id}\``).join(", ") || "none";
const scores = (r) => `${r.performance}, ${r.accessibility}, ${r.best_practices}, ${r.seo}`;

/** The paragraph saying which first-visit figure is the larger for `code`, and why. */
function wireVersusFiles(code) {
  const visit = wire[code];
  const difference = visit.bytes - visit.sum_of_files_brotli;
  const first = visit.list.filter((item) => !item.duplicate && item.bytes > 0);
  const twice = [...new Set(visit.list.filter((item) => item.duplicate).map((item) => item.url))];
  const cached = visit.list.filter((item) => item.from !== "page" && item.bytes === 0).map((item) => item.url);
  const bodies = visit.bytes - visit.duplicate_bytes - first.reduce((sum, item) => sum + item.header_bytes, 0);
  return [
    `In ${code}, the bytes on the wire are the ${difference > 0 ? "larger" : "smaller"} figure, by ${kb(Math.abs(difference))}.`,
    ...(twice.length > 0
      ? [
          `The offline worker downloads again, for its cache, ${twice.map((url) => `\`${url}\``).join(", ")} (${kb(visit.duplicate_bytes)}): the page asked for it at another address (with its options, \`?lang=${code}\`), which the browser's cache keeps apart.`,
        ]
      : []),
    ...(cached.length > 0
      ? [
          `The worker takes the other ${cached.length} files the page had downloaded (${cached.map((url) => `\`${url}\``).join(", ")}) from the browser's cache, since the server marks hashed files immutable, as the README tells hosts to.`,
        ]
      : []),
    `Every response also carries its status line and headers (${kb(visit.header_bytes)} in all, about ${Math.round(visit.header_bytes / visit.requests)} B each), which the sum of files leaves out.`,
    `Without the second downloads and the headers, the bodies come to ${kb(bodies)}, ${bodies - visit.sum_of_files_brotli} B more than the sum of files`,
    `(about ${Math.round((bodies - visit.sum_of_files_brotli) / first.length)} B a response: the server's chunked transfer framing).`,
  ].join(" ");
}

/** A first visit's requests, as a table in a collapsed section. */
const requestList = (title, visit) => [
  `<details><summary>${title}: ${visit.requests} requests, ${visit.bytes} B</summary>`,
  "",
  "| url | fetched by | bytes on the wire | of which headers | |",
  "|---|---|---:|---:|---|",
  ...visit.list.map((item) => {
    const notes = [
      item.duplicate ? "**duplicate**" : "",
      item.body_bytes_added ? `body (${item.body_bytes_added} B, the file's brotli) added: CDP reports only the headers of a worker's script` : "",
    ].filter(Boolean);
    return `| \`${item.url}\` | ${item.from === "page" ? "page" : "offline worker"} | ${item.bytes} | ${item.header_bytes} | ${notes.join("; ")} |`;
  }),
  "",
  "</details>",
  "",
];

const lh = report.lighthouse;
const peerLh = report.surveyjs_peer.lighthouse;
const { versions, survey } = report.surveyjs_peer;
const lines = [
  "# spasm-triage benchmark",
  "",
  `Measured ${report.date} by \`./scripts/bench\` on this machine (Chromium, local server on 127.0.0.1). 1 KB = 1024 bytes.`,
  "",
  "## Sizes (bytes)",
  "",
  "| file | raw | gzip | brotli |",
  "|---|---:|---:|---:|",
  ...sizes.files.map((file) => `| ${file.file} | ${file.raw} | ${file.gzip} | ${file.brotli} |`),
  `| **all of dist/** | ${sizes.total.raw} | ${sizes.total.gzip} | ${sizes.total.brotli} |`,
  "",
  `A first visit downloads ${kb(sizes.visitor)} brotli at most: the files the offline worker stores (${kb(sizes.precached)}, all an English reader downloads), plus the largest language pack. Target: 100 KB.`,
  "",
  "## First visit on the wire",
  "",
  "What Chromium received on a first visit (a fresh context), from the Chrome DevTools Protocol (`Network.loadingFinished` `encodedDataLength`: status line, headers and brotli body) for the page's requests and the offline worker's,",
  "until the app's Start button was ready, the worker installed and activated, and the network idle. The sum of files is the figure above for that language: the brotli files the worker stores, plus the language's pack.",
  "",
  "| language | on the wire | requests | downloaded twice | headers | sum of files (brotli) |",
  "|---|---:|---:|---:|---:|---:|",
  ...LANGUAGES.map((code) => {
    const visit = wire[code];
    const twice = visit.list.filter((item) => item.duplicate).length;
    return `| ${code} | ${kb(visit.bytes)} | ${visit.requests} | ${kb(visit.duplicate_bytes)} (${twice} requests) | ${kb(visit.header_bytes)} | ${kb(visit.sum_of_files_brotli)} |`;
  }),
  "",
  wireVersusFiles("en"),
  "",
  ...LANGUAGES.flatMap((code) => requestList(`?lang=${code}`, wire[code])),
  "## Lighthouse 12.2.3",
  "",
  "| preset | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...["desktop", "mobile"].map((preset) => {
    const r = lh[preset];
    return `| ${preset} | ${r.performance} | ${r.accessibility} | ${r.best_practices} | ${r.seo} | ${r.fcp_ms} ms | ${r.lcp_ms} ms | ${r.tbt_ms} ms | ${r.cls} |`;
  }),
  "",
  `## In the browser (Playwright, median of ${RUNS} runs)`,
  "",
  `- Navigation to the start screen ready: ${report.browser.start_screen_ready_ms} ms (target for the first question: 300 ms)`,
  `- Start to the first question's heading focused: ${report.browser.start_to_first_question_focused_ms} ms`,
  `- Next to the next step's heading focused: ${report.browser.next_to_next_heading_focused_ms} ms (slowest ${report.browser.next_to_next_heading_focused_max_ms} ms; target 16 ms)`,
  `- JS heap after a full path: ${kb(report.browser.js_heap_bytes_after_full_path)}; wasm memory: ${kb(report.browser.wasm_memory_bytes_after_full_path)}`,
  "",
  "## Engine (native, release)",
  "",
  `Working out the next step and the assessment for one of ${report.engine.answer_sets} scenario answer sets: median ${report.engine.step_and_assessment_ns.median} ns, p95 ${report.engine.step_and_assessment_ns.p95} ns (${report.engine.runs} runs).`,
  "",
  "## spasm-triage and a SurveyJS peer",
  "",
  `The peer (\`bench/surveyjs/\`) asks the app's questions with SurveyJS: survey-core ${versions["survey-core"]} rendered by survey-js-ui ${versions["survey-js-ui"]} (its framework-free UI), built from this build's \`questionnaire.json\` (English):`,
  `${survey.pages} pages, ${survey.questions} questions (radiogroup, checkbox or number), ${survey.conditions} conditions as \`visibleIf\`${survey.conditions_left_out > 0 ? ` (${survey.conditions_left_out} left out, those items always shown)` : ""}.`,
  `It is bundled and minified by esbuild ${versions.esbuild} into one script with the questionnaire, next to SurveyJS's stylesheet without web fonts, and served by the same static server with brotli.`,
  "It is the questions only: no assessment or results, no other languages, no offline copy. Its first visit is measured as the app's, in English.",
  "",
  "| measure | spasm-triage | SurveyJS peer |",
  "|---|---:|---:|",
  `| first visit on the wire, English | ${kb(wire.en.bytes)} (${wire.en.requests} requests) | ${kb(peerWire.bytes)} (${peerWire.requests} requests) |`,
  `| the same without the files downloaded twice | ${kb(wire.en.bytes - wire.en.duplicate_bytes)} | ${kb(peerWire.bytes - peerWire.duplicate_bytes)} |`,
  `| sum of files, brotli | ${kb(wire.en.sum_of_files_brotli)} | ${kb(report.surveyjs_peer.sizes.total.brotli)} |`,
  ...["desktop", "mobile"].flatMap((preset) => [
    `| Lighthouse ${preset}: performance, accessibility, best practices, SEO | ${scores(lh[preset])} | ${scores(peerLh[preset])} |`,
    `| Lighthouse ${preset}: FCP, LCP | ${lh[preset].fcp_ms} ms, ${lh[preset].lcp_ms} ms | ${peerLh[preset].fcp_ms} ms, ${peerLh[preset].lcp_ms} ms |`,
  ]),
  "",
  "Lighthouse runs once per preset and page. On this machine total blocking time, and with it the performance score, varies from run to run (on mobile by up to about ten points); FCP and LCP hold steadier.",
  `Audits failed outside performance (desktop, mobile): spasm-triage ${failures(lh)}; SurveyJS peer ${failures(peerLh)}.`,
  "",
  "The peer's files (bytes):",
  "",
  "| file | raw | gzip | brotli |",
  "|---|---:|---:|---:|",
  ...report.surveyjs_peer.sizes.files.map((file) => `| ${file.file} | ${file.raw} | ${file.gzip} | ${file.brotli} |`),
  "",
  ...requestList("The peer's first visit", peerWire),
];
await writeFile("bench/report.md", lines.join("\n"));
console.log(lines.join("\n"));

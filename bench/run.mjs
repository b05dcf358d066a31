// Measures the built app and writes bench/report.json and bench/report.md.
// Usage (from ./scripts/bench): node bench/run.mjs <base url> <engine json>

import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measure } from "../scripts/size.mjs";
import { SELF_CARE_IDS, launch } from "../tests/e2e/support.mjs";

const [base, engineJson] = process.argv.slice(2);
const RUNS = 10;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const round = (value, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

/** Lighthouse 12.2.3 with Debian's Chromium, one preset. */
async function lighthouse(preset) {
  const dir = await mkdtemp(join(tmpdir(), "spasm-triage-lighthouse-"));
  const output = join(dir, "report.json");
  const args = [
    "bench/node_modules/lighthouse/cli/index.js",
    base,
    "--quiet",
    "--output=json",
    `--output-path=${output}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync",
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
  ];
  execFileSync("node", args, { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, stdio: "inherit" });
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

const sizes = await measure("dist");
const report = {
  date: new Date().toISOString(),
  sizes: { files: sizes.files, total: sizes.total, first_visit_brotli: sizes.visitor, first_visit_without_pack_brotli: sizes.precached },
  lighthouse: { desktop: await lighthouse("desktop"), mobile: await lighthouse("mobile") },
  browser: await browserTimings(),
  engine: JSON.parse(engineJson),
};
await writeFile("bench/report.json", `${JSON.stringify(report, null, 2)}\n`);

const kb = (bytes) => `${round(bytes / 1024)} KB`;
const lines = [
  "# spasm-triage benchmark",
  "",
  `Measured ${report.date} by \`./scripts/bench\` on this machine (Chromium, local server on 127.0.0.1).`,
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
  "## Lighthouse 12.2.3",
  "",
  "| preset | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...["desktop", "mobile"].map((preset) => {
    const r = report.lighthouse[preset];
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
];
await writeFile("bench/report.md", lines.join("\n"));
console.log(lines.join("\n"));

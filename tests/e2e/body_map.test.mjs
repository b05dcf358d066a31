// The body map on the "Where the spasms are" step: targets of at least
// 24 x 24 px at 320 px wide (WCAG 2.2, 2.5.8), figures with no dead areas,
// taps on the back of the thigh and on the shin, and the keyboard.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { SELF_CARE_PATH, STEP, answerStep, launch, openApp } from "./support.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** Opens the app `width` px wide and answers the steps before the body map. */
async function openBodyMap(width, options = {}) {
  const opened = await openApp(browser, { viewport: { width, height: 800 }, ...options });
  await opened.page.getByRole("button", { name: "Start" }).click();
  for (const answers of SELF_CARE_PATH.slice(0, STEP.where)) await answerStep(opened.page, answers);
  await opened.page.getByRole("heading", { level: 1, name: "Where the spasms are" }).waitFor();
  await opened.page.locator(".body-map svg").evaluate((svg) => svg.scrollIntoView({ block: "start" }));
  return opened;
}

/** In the page: each region's name, size and the top left corner of a
 * `size` x `size` px box whose every point on a 4 px grid, corners and centre
 * included, hits it (null if there is none). */
function regionTargets(size) {
  const hits = (region, x, y) => document.elementFromPoint(x, y)?.closest("g[role=checkbox]") === region;
  const steps = Array.from({ length: size / 4 + 1 }, (_, index) => index * 4);
  const probes = steps.flatMap((dx) => steps.map((dy) => [dx, dy]));
  return [...document.querySelectorAll(".body-map g[role=checkbox]")].map((region) => {
    region.scrollIntoView({ block: "center" });
    const rect = region.getBoundingClientRect();
    let box = null;
    for (let y = rect.top; !box && y + size <= rect.bottom; y += 1) {
      for (let x = rect.left; !box && x + size <= rect.right; x += 1) {
        if (probes.every(([dx, dy]) => hits(region, x + dx, y + dy))) box = { x, y };
      }
    }
    return { name: region.getAttribute("aria-label"), width: rect.width, height: rect.height, box };
  });
}

test("every region holds a 24 x 24 px target at 320 px wide", async () => {
  const { context, page, errors } = await openBodyMap(320);
  const regions = await page.evaluate(regionTargets, 24);
  assert.equal(regions.length, 9, "nine regions: every place but 'many'");
  for (const { name, width, height, box } of regions) {
    assert.ok(width >= 24 && height >= 24, `${name} is only ${width} x ${height} px`);
    assert.ok(box, `no 24 x 24 px box fits inside ${name}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

/** In the page: the bounding box of every drawn part of the regions whose
 * names start with `name`, with the figure it is on (0 the front, on the
 * left; 1 the back) and its side of that figure (0 the viewer's left, 1 the
 * right). */
function parts(name) {
  const svg = document.querySelector(".body-map svg").getBoundingClientRect();
  const half = svg.width / 2;
  return [...document.querySelectorAll(`.body-map g[aria-label^="${name}"] path:not(.face):not(.region-tick)`)].map((path) => {
    const { left, top, right, bottom } = path.getBoundingClientRect();
    const x = (left + right) / 2 - svg.left;
    const figure = Math.floor(x / half);
    return { left, top, right, bottom, figure, side: Math.floor((x - figure * half) / (half / 2)) };
  });
}

/** The centre of the parts of `name` on `figure`, on `side` (any side if null). */
async function centreOf(page, name, figure, side = null) {
  const found = (await page.evaluate(parts, name)).filter((part) => part.figure === figure && (side === null || part.side === side));
  assert.ok(found.length > 0, `${name} is drawn on figure ${figure}`);
  const x = (Math.min(...found.map((part) => part.left)) + Math.max(...found.map((part) => part.right))) / 2;
  const y = (Math.min(...found.map((part) => part.top)) + Math.max(...found.map((part) => part.bottom))) / 2;
  return { x, y };
}

test("tapping the back of the thigh ticks Thigh, tapping the shin ticks the lower leg (calf or shin)", async () => {
  const { context, page } = await openBodyMap(320, { hasTouch: true, isMobile: true });
  const backOfThigh = await centreOf(page, "Thigh", 1, 0);
  await page.touchscreen.tap(backOfThigh.x, backOfThigh.y);
  await page.locator("#where-thigh:checked").waitFor();
  assert.equal(await page.locator("#where-calf").isChecked(), false);
  const shin = await centreOf(page, "Lower leg", 0, 1);
  await page.touchscreen.tap(shin.x, shin.y);
  await page.locator("#where-calf:checked").waitFor();
  assert.equal(await page.locator("g[role=checkbox][aria-label^='Lower leg']").getAttribute("aria-checked"), "true");
  assert.equal(await page.locator("g[role=checkbox][aria-label=Thigh]").getAttribute("aria-checked"), "true");
  await context.close();
});

/** The parts each figure is made of, in the order they join: head to hips,
 * and hip to foot on each side (side null for the middle of the body). */
const CHAINS = [
  [[["Jaw"], ["Neck"], ["Chest"], ["Belly"]], ...[0, 1].map((side) => [["Thigh", side], ["Lower leg", side], ["Foot", side]])],
  [[["Neck"], ["Back"]], ...[0, 1].map((side) => [["Thigh", side], ["Lower leg", side], ["Foot", side]])],
];

/** The lines along which a figure must be drawn without a break: from each
 * part's centre to the next one's, and down the middle of each arm. */
async function centreLines(page) {
  const lines = [];
  for (const [figure, chains] of CHAINS.entries()) {
    for (const chain of chains) {
      const centres = [];
      for (const [name, side] of chain) centres.push(await centreOf(page, name, figure, side));
      for (let i = 1; i < chain.length; i++) lines.push([`${chain[i - 1][0]} to ${chain[i][0]} on figure ${figure}`, centres[i - 1], centres[i]]);
    }
  }
  for (const arm of await page.evaluate(parts, "Hand")) {
    const x = (arm.left + arm.right) / 2;
    lines.push([`an arm on figure ${arm.figure}`, { x, y: arm.top + 8 }, { x, y: arm.bottom - 8 }]);
  }
  return lines;
}

/** In the page: the points of `lines`, every `step` px, that hit no region. */
function gapsAlong({ lines, step }) {
  const gaps = [];
  for (const [name, from, to] of lines) {
    const count = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / step);
    for (let i = 0; i <= count; i++) {
      const x = from.x + ((to.x - from.x) * i) / count;
      const y = from.y + ((to.y - from.y) * i) / count;
      if (!document.elementFromPoint(x, y)?.closest("g[role=checkbox]")) gaps.push(`${name} at ${x.toFixed(0)}, ${y.toFixed(0)}`);
    }
  }
  return gaps;
}

/** In the page: points on a `step` px grid over each figure that hit no region
 * yet are closed in by the figure (not reachable from outside it): holes. */
function holesInFigures(step) {
  const svg = document.querySelector(".body-map svg").getBoundingClientRect();
  if (svg.top < -1 || svg.bottom > window.innerHeight + 1) return [`the map (${svg.top} to ${svg.bottom} px) is not all in the window`];
  const holes = [];
  for (const figure of [0, 1]) {
    const left = svg.left + (figure * svg.width) / 2;
    const columns = Math.floor(svg.width / 2 / step);
    const rows = Math.floor(svg.height / step);
    const empty = (column, row) =>
      !document.elementFromPoint(left + column * step, svg.top + row * step)?.closest("g[role=checkbox]");
    const open = Array.from({ length: rows + 1 }, (_, row) => Array.from({ length: columns + 1 }, (_, column) => empty(column, row)));
    const outside = open.map((cells) => cells.map(() => false));
    const queue = [];
    for (let row = 0; row <= rows; row++) {
      for (let column = 0; column <= columns; column++) {
        const edge = row === 0 || row === rows || column === 0 || column === columns;
        if (edge && open[row][column]) {
          outside[row][column] = true;
          queue.push([row, column]);
        }
      }
    }
    while (queue.length > 0) {
      const [row, column] = queue.pop();
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const [r, c] = [row + dr, column + dc];
          if (open[r]?.[c] && !outside[r][c]) {
            outside[r][c] = true;
            queue.push([r, c]);
          }
        }
      }
    }
    open.forEach((cells, row) =>
      cells.forEach((isOpen, column) => {
        if (isOpen && !outside[row][column]) holes.push(`figure ${figure} at ${column * step}, ${row * step} px`);
      }),
    );
  }
  return holes;
}

test("the figures have no dead areas: no gaps along the body and limbs, no holes", async () => {
  const { context, page } = await openBodyMap(320);
  const lines = await centreLines(page);
  assert.equal(lines.length, 3 + 2 + 2 + 1 + 2 + 2 + 4, "every joint of both figures, and the four arms");
  assert.deepEqual(await page.evaluate(gapsAlong, { lines, step: 2 }), []);
  assert.deepEqual(await page.evaluate(holesInFigures, 1), []);
  await context.close();
});

test("Tab reaches the first region and Space ticks it, in step with the list", async () => {
  const { context, page } = await openBodyMap(1280);
  const regions = page.locator(".body-map g[role=checkbox]");
  const first = regions.first();
  const name = await first.getAttribute("aria-label");
  const focused = (region) => region.evaluate((element) => element === document.activeElement);
  for (let presses = 0; presses < 20 && !(await focused(first)); presses++) await page.keyboard.press("Tab");
  assert.ok(await focused(first), `${name} has focus`);
  await page.keyboard.press("Space");
  assert.equal(await first.getAttribute("aria-checked"), "true");
  assert.ok(await page.locator("input").and(page.getByLabel(name, { exact: true })).isChecked(), "the list follows the map");
  await page.keyboard.press("Enter");
  assert.equal(await first.getAttribute("aria-checked"), "false");
  // One tab stop a region, however many shapes it has.
  for (let index = 1; index < (await regions.count()); index++) {
    await page.keyboard.press("Tab");
    assert.ok(await focused(regions.nth(index)), `Tab reaches ${await regions.nth(index).getAttribute("aria-label")} next`);
  }
  await context.close();
});

// First-visit bytes as a browser sees them: every response's bytes on the wire
// (headers and compressed body, Chrome DevTools Protocol Network.loadingFinished
// encodedDataLength), the page's requests and those of the workers it starts,
// the offline worker's precache among them.

/** The file a same-origin address fetches from the static server: its path,
 * with a folder meaning its index.html and the query ignored. */
const fileOf = (url) => {
  const { pathname } = new URL(url);
  return pathname.endsWith("/") ? `${pathname}index.html` : pathname;
};

/**
 * Opens `url` in a fresh context of `browser` and adds up the bytes received.
 *
 * The page's requests come from its CDP session. The offline worker's come from
 * the worker's own target, attached through the page's session with
 * Target.setAutoAttach, paused on start until its Network domain is enabled, so
 * its first fetches count too. The attachment is not flattened: Playwright's
 * CDPSession cannot address a flattened child session, so the worker is spoken
 * to through Target.sendMessageToTarget and heard through
 * Target.receivedMessageFromTarget.
 *
 * Waits for `ready` (a selector: the page is usable), for the offline worker to
 * be installed and activated (navigator.serviceWorker.ready, then its state)
 * when `worker` is true, for Playwright's network idle, and for no request of
 * the page or the worker to be in flight.
 *
 * One gap is filled from elsewhere: for a worker's own script (sw.js) Chromium
 * reports only the response's headers, not its body, so `workerScriptBody(file)`
 * gives the body's size (the caller knows what the server sends for `file`).
 *
 * Resolves to `{ bytes, requests, header_bytes, duplicate_bytes, added_bytes,
 * list }`, where `list` has one entry per response received from the network,
 * in order of arrival: `{ url, from, bytes, header_bytes, duplicate }` (url
 * without the origin; from: "page" or the worker's target type; header_bytes:
 * the response's status line and headers; duplicate: an earlier response
 * already brought the same file), and for a worker's script `body_bytes_added`.
 * A page's request the worker answered (from its cache or by its own fetch) is
 * left out: its bytes on the wire, if any, are the worker's request.
 */
export async function firstVisit(browser, url, { ready, worker = false, workerScriptBody = () => 0 }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const origin = new URL(url).origin;

  /** Requests by CDP session and request id: { from, order, url, started, done,
   * headers, viaWorker, bytes, workerScript }. */
  const requests = new Map();
  let inFlight = 0;
  const whenIdle = [];
  const entry = (from, session, id) => {
    const key = `${session} ${id}`;
    if (!requests.has(key)) requests.set(key, { from, order: requests.size, started: false, done: false });
    return requests.get(key);
  };
  const finish = (request) => {
    if (request.started && !request.done) inFlight -= 1;
    request.done = true;
    if (inFlight === 0) for (const resolve of whenIdle.splice(0)) resolve();
  };

  /** Handles one Network event of `from` (the page, or a worker target whose
   * script address is `scriptUrl`), heard on CDP session `session`. */
  const onNetwork = (from, session, scriptUrl) => ({ method, params }) => {
    if (!method.startsWith("Network.") || params.requestId === undefined) return;
    const request = entry(from, session, params.requestId);
    if (method === "Network.requestWillBeSent") {
      request.url ??= params.request.url;
      if (!request.started) inFlight += 1;
      request.started = true;
    } else if (method === "Network.responseReceived") {
      request.url ??= params.response.url;
      request.headers = params.response.encodedDataLength;
      request.viaWorker = params.response.fromServiceWorker === true;
    } else if (method === "Network.loadingFinished") {
      // Only a worker's own script can finish unannounced: it is fetched
      // before the worker can be spoken to.
      request.url ??= scriptUrl;
      request.bytes = params.encodedDataLength;
      request.workerScript = from !== "page" && request.url === scriptUrl;
      finish(request);
    } else if (method === "Network.loadingFailed") {
      finish(request);
    }
  };

  cdp.on("event", onNetwork("page", "page"));
  let messageId = 0;
  cdp.on("Target.attachedToTarget", async ({ sessionId, targetInfo, waitingForDebugger }) => {
    const send = (method, params = {}) =>
      cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id: ++messageId, method, params }) });
    const handle = onNetwork(targetInfo.type, sessionId, targetInfo.url);
    cdp.on("Target.receivedMessageFromTarget", (event) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message);
      if (message.method) handle(message);
    });
    // Messages to one target are handled in order: Network is on before it runs.
    await send("Network.enable");
    if (waitingForDebugger) await send("Runtime.runIfWaitingForDebugger");
  });
  await cdp.send("Network.enable");
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });

  await page.goto(url);
  await page.locator(ready).first().waitFor();
  if (worker) {
    await page.evaluate(async () => {
      const { active } = await navigator.serviceWorker.ready;
      if (active.state !== "activated") {
        await new Promise((activated) => active.addEventListener("statechange", () => active.state === "activated" && activated()));
      }
    });
  }
  await page.waitForLoadState("networkidle");
  if (inFlight > 0) await new Promise((resolve) => whenIdle.push(resolve));
  await context.close();

  const seen = new Set();
  const list = [...requests.values()]
    .filter((request) => request.bytes !== undefined && !request.viaWorker)
    .sort((a, b) => a.order - b.order)
    .map((request) => {
      const file = fileOf(request.url);
      // Taken from the browser's cache (no bytes on the wire), it is no second download.
      const duplicate = seen.has(file) && request.bytes > 0;
      seen.add(file);
      const item = {
        url: request.url.startsWith(origin) ? request.url.slice(origin.length) : request.url,
        from: request.from,
        bytes: request.bytes,
        header_bytes: request.headers ?? 0,
        duplicate,
      };
      if (request.workerScript) {
        // All CDP reports of it is its headers (checked with a 40 KB script).
        item.header_bytes = request.bytes;
        item.body_bytes_added = workerScriptBody(file);
        item.bytes += item.body_bytes_added;
      }
      return item;
    });
  const sum = (items, key) => items.reduce((total, item) => total + (item[key] ?? 0), 0);
  return {
    bytes: sum(list, "bytes"),
    requests: list.length,
    header_bytes: sum(list, "header_bytes"),
    duplicate_bytes: sum(list.filter((item) => item.duplicate), "bytes"),
    added_bytes: sum(list, "body_bytes_added"),
    list,
  };
}

// Browser test harness: a static server for dist/ on 127.0.0.1 and one shared headless Chromium per test file
// (see shared/STACK-NOTES.md, "Browser tests"). Test files run `beforeAll(setupBrowser)` and
// `afterAll(teardownBrowser)`; no vitest import here, so scripts/bench.ts can use the same server and launcher.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Absolute path of the repository root (with a trailing slash). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Absolute path of the built site: dist/, or E2E_DIST (e.g. a copy, while someone else rebuilds dist/). */
export const DIST = process.env.E2E_DIST ? normalize(process.env.E2E_DIST) : join(ROOT, "dist");

/** Content types by file extension; Pagefind's own files are binary and load through fetch(). */
export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".pdf": "application/pdf",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

/** Message of every e2e failure caused by a missing build. */
export const NOT_BUILT = "dist/index.html is missing: run npm run build first";

/** True when dist/ holds a built site. */
export const isBuilt = (): boolean => existsSync(join(DIST, "index.html"));

/** Throws a clear error when there is no build; e2e suites fail on it rather than skip. */
export function assertBuilt(): void {
  if (!isBuilt()) throw new Error(NOT_BUILT);
}

/** The file in dist/ a URL path maps to (directory → index.html), or undefined. Never leaves dist/. */
export function fileFor(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  const full = normalize(join(DIST, decoded));
  if (full !== DIST && !full.startsWith(DIST + sep)) return undefined;
  try {
    const st = statSync(full);
    if (st.isFile()) return full;
    if (st.isDirectory()) {
      const index = join(full, "index.html");
      if (statSync(index, { throwIfNoEntry: false })?.isFile()) return index;
    }
  } catch {
    // not found
  }
  return undefined;
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const file = fileFor(url.pathname);
  // Like a static host: /besturen → /besturen/ when that is a directory with an index.
  if (file?.endsWith(`${sep}index.html`) && !url.pathname.endsWith("/") && !url.pathname.endsWith(".html")) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const send = (path: string, status: number) => {
    const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
    res.writeHead(status, {
      "content-type": type,
      "content-length": statSync(path).size,
      "cache-control": "no-store",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(path).pipe(res);
  };
  if (file) return send(file, 200);
  const notFound = join(DIST, "404.html");
  if (existsSync(notFound)) return send(notFound, 404);
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
}

/** A running static server for dist/. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves dist/ on 127.0.0.1 on a free port. */
export async function startServer(): Promise<StaticServer> {
  const server: Server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Chromium flags from STACK-NOTES: without the background-networking ones it keeps calling hosts it cannot reach. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The Chromium the tests drive: Debian's, or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** A headless Chromium in a fresh profile; `close()` also removes the profile. */
export async function launchChromium(
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "po-vo-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    ...contextOptions(options.javaScriptEnabled ?? true),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The options of every test context: the same as launchChromium's. */
const contextOptions = (javaScriptEnabled: boolean) => ({
  javaScriptEnabled,
  viewport: { width: 1280, height: 800 },
  locale: "nl-NL",
  timezoneId: "Europe/Amsterdam",
  acceptDownloads: true,
});

/**
 * Where the e2e run's one shared Chromium listens (set by test/e2e/globalSetup.ts for the whole vitest run):
 * each test file then opens its own contexts in it instead of launching a browser of its own.
 */
export const BROWSER_WS_ENV = "E2E_BROWSER_WS";

/** A context in the run's shared Chromium (BROWSER_WS_ENV), or a browser of its own when there is none. */
async function newTestContext(
  javaScriptEnabled: boolean,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const ws = process.env[BROWSER_WS_ENV];
  if (!ws) return launchChromium({ javaScriptEnabled });
  const browser = await chromium.connect(ws);
  const context = await browser.newContext(contextOptions(javaScriptEnabled));
  return {
    context,
    close: async () => {
      await context.close();
      await browser.close(); // disconnects; the shared browser keeps running
    },
  };
}

let server: StaticServer | undefined;
const browsers = new Map<boolean, Promise<{ context: BrowserContext; close(): Promise<void> }>>();

/** Origin of the running server; only valid after `setupBrowser()`. */
export function origin(): string {
  if (!server) throw new Error("the static server is not running: run setupBrowser() first");
  return server.origin;
}

/** Checks the build and starts the static server; for `beforeAll`. Throws NOT_BUILT without a build. */
export async function setupBrowser(): Promise<void> {
  assertBuilt();
  server ??= await startServer();
}

/** Closes the browsers and the server; for `afterAll`. */
export async function teardownBrowser(): Promise<void> {
  for (const b of browsers.values()) await (await b).close();
  browsers.clear();
  await server?.close();
  server = undefined;
}

/** The shared browser context (one per JavaScript setting), launched on first use. */
export async function browserContext(javaScriptEnabled = true): Promise<BrowserContext> {
  let b = browsers.get(javaScriptEnabled);
  if (!b) {
    // Store the promise before awaiting it, so concurrent callers share one launch.
    b = newTestContext(javaScriptEnabled);
    browsers.set(javaScriptEnabled, b);
  }
  return (await b).context;
}

/** The axe tags every page must pass: WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Attributes whose values are data, not structure: two elements that differ only in these are the same template
 * filled with other figures (their presence, and whether they are empty, still counts).
 */
const DATA_ATTRIBUTES = [
  "id",
  "href",
  "src",
  "srcset",
  "d",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "dx",
  "dy",
  "width",
  "height",
  "transform",
  "points",
  "viewBox",
  "aria-label",
  "aria-labelledby",
  "aria-describedby",
  "aria-controls",
  "aria-description",
  "aria-valuenow",
  "aria-valuetext",
  "for",
  "name",
  "value",
  "title",
  "alt",
  "datetime",
  "headers",
  "content",
];

/**
 * Removes repeated copies of the same markup before axe runs, and returns how many elements it removed. Two
 * elements are copies when their whole subtrees have the same structure: tag names, attributes (values too,
 * except data attributes such as ids, links, coordinates and labels; inside an <svg> only the paint), whether an
 * element has text of its own, and the set of distinct child structures (so a table with 3 rows and one with 30
 * of the same rows match). Among siblings the first `keep` copies of each structure stay (neighbours too, for
 * target size and contrast against them), and so does every sibling of another structure (a missing value, a
 * lower bound, another kind of row); graphics count over the whole page (see below). So a list of 1,800 board
 * rows is checked with every kind of row it holds (~50 s for /besturen/ on 2 cores before). Ids stay unique
 * without the copies; `links.test.ts` checks every built page for duplicate ids.
 */
export async function trimRepeats(page: Page, keep = 3): Promise<number> {
  return page.evaluate(
    ({ keep, dataAttributes }) => {
      const data = new Set(dataAttributes);
      const SVG = "http://www.w3.org/2000/svg";
      const PAINT = new Set([
        "class",
        "fill",
        "stroke",
        "color",
        "opacity",
        "font-size",
        "font-weight",
        "role",
      ]);
      const memo = new Map<Element, string>();
      const own = new Map<Element, string>();
      const signature = (el: Element): string => {
        const known = memo.get(el);
        if (known !== undefined) return known;
        // Inside a chart (an <svg>) only the paint counts: positions, sizes and text are the chart's data.
        const inSvg = el.namespaceURI === SVG && el.tagName !== "svg";
        const attrs = [...el.attributes]
          .map((a) =>
            data.has(a.name) || a.name.startsWith("data-") || (inSvg && !PAINT.has(a.name))
              ? `${a.name}${a.value === "" ? "=" : ""}`
              : `${a.name}=${a.value}`,
          )
          .sort()
          .join(" ");
        const kids = [...new Set([...el.children].map(signature))].join(",");
        const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== "");
        const s = `${el.tagName}[${attrs}]${text ? "t" : ""}(${kids})`;
        own.set(el, `${el.tagName}[${attrs}]`);
        memo.set(el, s);
        return s;
      };
      let removed = 0;
      // Graphics (an <svg>, role="img", aria-hidden: their insides are one image or hidden) are counted over the
      // whole page, in the same context (the chain of ancestors, each by tag and attributes: the same styles),
      // so the fourth chart of the same make in the same kind of section goes. Anything else goes only as the
      // fourth copy among its own siblings, so a kept row or box keeps its whole content (labels with their
      // fields). Children of a row, a definition list or a select stay: their order and count are structure.
      const graphics = new Map<string, number>();
      const fixed = new Set(["TR", "DL", "SELECT", "OPTGROUP", "DATALIST", "COLGROUP", "HEAD"]);
      const isGraphic = (el: Element) =>
        el.tagName.toLowerCase() === "svg" ||
        el.getAttribute("role") === "img" ||
        el.getAttribute("aria-hidden") === "true";
      const walk = (el: Element, context: string) => {
        const siblings = new Map<string, number>();
        for (const c of [...el.children]) {
          const s = signature(c);
          const n = (siblings.get(s) ?? 0) + 1;
          siblings.set(s, n);
          let drop = !fixed.has(el.tagName) && n > keep;
          if (!drop && isGraphic(c)) {
            const key = `${context}>${s}`;
            const g = (graphics.get(key) ?? 0) + 1;
            graphics.set(key, g);
            drop = g > keep;
          }
          if (drop) {
            removed += 1 + c.querySelectorAll("*").length;
            c.remove();
          } else walk(c, `${context}>${own.get(c)}`);
        }
      };
      walk(document.body, "body");
      return removed;
    },
    { keep, dataAttributes: DATA_ATTRIBUTES },
  );
}

/** A page opened by `openPage`, with what went wrong while it loaded and ran. */
export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions, as text. */
  consoleErrors: string[];
  /** Requests that failed or answered with status 400 or more: "METHOD url (reason)". */
  failedRequests: string[];
  close(): Promise<void>;
}

export interface OpenPageOptions {
  width?: number;
  height?: number;
  javaScriptEnabled?: boolean;
  /** Wait for the network to be quiet after `load` (default true): late fetches get recorded too. */
  settle?: boolean;
}

/** Opens a site path (e.g. "/besturen/") in the shared Chromium, recording console errors and failed requests. */
export async function openPage(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const { width = 1280, height = 800, javaScriptEnabled = true, settle = true } = options;
  const context = await browserContext(javaScriptEnabled);
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  let inflight = 0;
  let lastActivity = Date.now();
  const done = () => {
    inflight--;
    lastActivity = Date.now();
  };
  page.on("request", () => {
    inflight++;
    lastActivity = Date.now();
  });
  page.on("requestfinished", done);
  page.on("console", (msg) => {
    if (msg.type() === "error") {
      const loc = msg.location();
      consoleErrors.push(`${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ""}`);
    }
  });
  page.on("pageerror", (err) => consoleErrors.push(`uncaught: ${err.message}`));
  // Every page carries the site's Content-Security-Policy (a <meta>); anything it blocks is a console error here,
  // named by directive and what was blocked (Chromium's own console message may be filtered or reworded).
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  page.on("requestfailed", (req) => {
    done();
    failedRequests.push(`${req.method()} ${req.url()} (${req.failure()?.errorText ?? "failed"})`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400)
      failedRequests.push(`${res.request().method()} ${res.url()} (HTTP ${res.status()})`);
  });
  await page.goto(origin() + path, { waitUntil: "load" });
  // Quieter than Playwright's "networkidle" (500 ms): 150 ms without requests, so late fetches are recorded too.
  if (settle) {
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && (inflight > 0 || Date.now() - lastActivity < 150))
      await new Promise((r) => setTimeout(r, 25));
  }
  return { page, consoleErrors, failedRequests, close: () => page.close() };
}

/**
 * axe-core on an open page with `tags` (default AXE_TAGS), after `trimRepeats(page, keep)`: the violations as
 * "rule: targets" lines (empty when clean). It changes the page (copies removed), so run it last on a page or
 * read what else is needed first.
 */
export async function axeViolations(
  page: Page,
  options: { tags?: string[]; keep?: number; include?: string } = {},
): Promise<string[]> {
  await trimRepeats(page, options.keep ?? 3);
  let builder = new AxeBuilder({ page })
    .withTags(options.tags ?? AXE_TAGS)
    .options({ resultTypes: ["violations"] });
  if (options.include) builder = builder.include(options.include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

// Scripts are files, never inline: the built HTML holds no executable inline <script>, and /besturen/ and /zoeken/
// still work in Chromium under a strict script CSP (script-src 'self'), so the coming CSP cannot break them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, assertBuilt, browserContext, origin, setupBrowser, teardownBrowser } from "./harness.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

// Pagefind runs WebAssembly, which a CSP must allow explicitly; styles are not what this file checks.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );
}

/** Inline <script> elements that a browser would execute (data blocks such as application/json are not run). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs, body]) => {
      if (/\bsrc=/i.test(attrs!)) return false;
      const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs!)?.[1]?.toLowerCase();
      const executable = !type || type === "module" || type.includes("javascript");
      return executable && body!.trim() !== "";
    })
    .map(([whole]) => whole!.slice(0, 120));
}

/** Opens a page (in the shared context) whose HTML response carries the strict CSP; returns the page and the CSP violations it reports. */
async function openWithCsp(path: string) {
  const context = await browserContext(true);
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.route(`${origin()}/**`, async (route) => {
    const response = await route.fetch();
    const type = response.headers()["content-type"] ?? "";
    if (!type.startsWith("text/html")) return route.fulfill({ response });
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": CSP } });
  });
  await page.goto(`${origin()}${path}`);
  return { page, violations, close: () => page.close() };
}

describe("scripts", () => {
  it("inlineScripts(html) finds an inline module and ignores src scripts and JSON data blocks", () => {
    expect(inlineScripts('<script type="module">alert(1)</script>')).toHaveLength(1);
    expect(inlineScripts("<script>x()</script>")).toHaveLength(1);
    expect(inlineScripts('<script type="module" src="/_astro/a.js"></script>')).toEqual([]);
    expect(inlineScripts('<script type="application/json" id="d">{"a":1}</script>')).toEqual([]);
  });

  it("no built page holds an executable inline script", () => {
    assertBuilt();
    const offenders = htmlFiles(DIST)
      .map((f) => ({ f: f.slice(DIST.length), s: inlineScripts(readFileSync(f, "utf8")) }))
      .filter((x) => x.s.length > 0);
    expect(offenders.slice(0, 5)).toEqual([]);
  });

  it("/besturen/ and /zoeken/ carry no style attributes", () => {
    for (const p of ["besturen/index.html", "zoeken/index.html"]) {
      expect(readFileSync(join(DIST, p), "utf8"), p).not.toMatch(/<[^>]+\sstyle=/);
    }
  });

  it("/besturen/ filters under a strict script CSP", async () => {
    const { page, violations, close } = await openWithCsp("/besturen/");
    try {
      const all = await page.locator("#boards-table tbody tr").count();
      await page.locator("#f-q").fill("regenboog");
      const visible = page.locator("#boards-table tbody tr:not([hidden])");
      await expect.poll(() => visible.count()).toBeLessThan(all);
      expect(await page.locator("#board-count").innerText()).toContain(" van ");
      expect(violations).toEqual([]);
    } finally {
      await close();
    }
  });

  it("/zoeken/ shows results under a strict script CSP", async () => {
    const { page, violations, close } = await openWithCsp("/zoeken/?q=RASCI");
    try {
      await page.waitForSelector("body[data-search-ready]", { timeout: 15_000 });
      expect(await page.locator("#search-results > li > a").count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);
    } finally {
      await close();
    }
  });
});

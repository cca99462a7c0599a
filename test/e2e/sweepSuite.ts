// The browser sweep over every reading page example (pages.ts): each page is opened once, then checked at
// 375 px (console errors, failed requests, CSP violations, one h1, a main, lang="nl", no horizontal overflow),
// at 1280 px (the same page resized: no overflow, still no errors), by keyboard (the first Tab reaches the skip
// link, which moves focus to main) and by axe-core (WCAG 2.0/2.1/2.2 A and AA plus best practices), in that
// order (axe runs last: it trims repeated markup first). The pages are dealt into two shards of equal weight
// (pages.ts SWEEP_SHARDS): sweep.test.ts runs the first, sweep-2.test.ts the second, side by side.
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AXE_TAGS,
  assertBuilt,
  openPage,
  setupBrowser,
  teardownBrowser,
  trimRepeats,
  type OpenedPage,
} from "./harness.ts";
import { READING_PAGES, SWEEP_SHARDS, missingPageTypes, type PageExample } from "./pages.ts";

/** Copies of one repeated structure that axe still sees (see `trimRepeats`). */
const KEEP_REPEATS = 3;

/**
 * What makes a page wider than the viewport, as short descriptions: the outermost boxes that stick out to the
 * right (unless a scroll box clips them), and boxes whose own text is wider than they are (a long word).
 */
async function overflowCulprits(o: OpenedPage): Promise<string[]> {
  return o.page.evaluate(() => {
    const limit = innerWidth + 1;
    const right = (el: Element) => el.getBoundingClientRect().right;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== "visible" && right(a) <= limit) return true;
      return false;
    };
    const sticksOut = (el: Element) => right(el) > limit && !clipped(el);
    const describe = (el: Element, why: string) => {
      const cls =
        typeof el.className === "string" && el.className.trim()
          ? `.${el.className.trim().split(/\s+/).join(".")}`
          : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${cls} "${text}" (${why})`;
    };
    const found: [Element, string][] = [];
    for (const el of document.querySelectorAll("body *")) {
      const parent = el.parentElement;
      if (sticksOut(el) && !(parent && parent !== document.body && sticksOut(parent))) {
        found.push([el, `box ends at ${Math.round(right(el))}px`]);
        continue;
      }
      const ownText =
        getComputedStyle(el).overflowX === "visible" &&
        el.clientWidth > 0 &&
        el.scrollWidth > el.clientWidth + 1 &&
        [...el.children].every((c) => right(c) <= right(el) + 1);
      if (ownText && !clipped(el))
        found.push([el, `text ${el.scrollWidth}px wide in a ${el.clientWidth}px box`]);
    }
    // An ancestor of a culprit (e.g. main) is only a symptom.
    return found
      .filter(([el]) => !found.some(([other]) => other !== el && el.contains(other)))
      .slice(0, 8)
      .map(([el, why]) => describe(el, why));
  });
}

async function expectNoOverflow(o: OpenedPage, width: number): Promise<void> {
  const doc = await o.page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth,
  }));
  const over = doc.scrollWidth > doc.innerWidth + 1 ? await overflowCulprits(o) : [];
  expect(
    doc.scrollWidth,
    `horizontal overflow at ${width} px (scrollWidth ${doc.scrollWidth}); causes: ${over.join("; ")}`,
  ).toBeLessThanOrEqual(doc.innerWidth + 1);
}

/** The sweep of one shard, plus the checks that every page type is built and the shards hold every page once. */
export function sweepSuite(shard: number): void {
  beforeAll(setupBrowser);
  afterAll(teardownBrowser);
  describe("built site", () => {
    it("every page type is built and has an example (run npm run build first)", () => {
      assertBuilt();
      expect(missingPageTypes()).toEqual([]);
    });
    it("the shards hold every reading page exactly once", () => {
      const dealt = SWEEP_SHARDS.flat().map((p) => p.path);
      expect(dealt.sort()).toEqual(READING_PAGES.map((p) => p.path).sort());
      expect(SWEEP_SHARDS[shard]!.length).toBeGreaterThan(0);
    });
  });
  describe.each(SWEEP_SHARDS[shard]!)("$path ($label)", pageTests);
}

function pageTests(p: PageExample): void {
  let o: OpenedPage;
  beforeAll(async () => {
    o = await openPage(p.path, { width: 375 });
  });
  afterAll(() => o?.close());

  it(`${p.path} at 375 px: no console errors or failed requests, one h1, a main, lang="nl", no horizontal overflow`, async () => {
    // Soft: one run lists every problem of the page, not just the first.
    expect.soft(o.consoleErrors, "console errors").toEqual([]);
    expect.soft(o.failedRequests, "failed requests").toEqual([]);
    const doc = await o.page.evaluate(() => ({
      lang: document.documentElement.getAttribute("lang"),
      h1: document.querySelectorAll("h1").length,
      main: document.querySelectorAll("main").length,
    }));
    expect.soft(doc.lang, 'lang="nl" on <html>').toBe("nl");
    expect.soft(doc.h1, "number of h1").toBe(1);
    expect.soft(doc.main, "number of main").toBe(1);
    await expectNoOverflow(o, 375);
  });

  it(`${p.path} at 1280 px: no horizontal overflow, no chart text cut off, still no console errors or failed requests`, async () => {
    await o.page.setViewportSize({ width: 1280, height: 800 });
    await expectNoOverflow(o, 1280);
    // An SVG clips what lies outside it: a tick label wider than the chart's margin loses its first digits.
    const cut = await o.page.evaluate(() =>
      [...document.querySelectorAll("svg[role=img] text")].flatMap((t) => {
        const svg = t.closest("svg")!.getBoundingClientRect();
        const r = t.getBoundingClientRect();
        if (r.width === 0 || svg.width === 0) return [];
        const out =
          r.left < svg.left - 1 ||
          r.right > svg.right + 1 ||
          r.top < svg.top - 1 ||
          r.bottom > svg.bottom + 1;
        return out ? [`"${t.textContent}" in "${t.closest("svg")!.getAttribute("aria-label")}"`] : [];
      }),
    );
    expect.soft(cut.slice(0, 10), `chart text outside its SVG (${cut.length})`).toEqual([]);
    expect.soft(o.consoleErrors, "console errors").toEqual([]);
    expect(o.failedRequests, "failed requests").toEqual([]);
  });

  it(`${p.path}: the first Tab reaches the skip link, and it moves focus to main`, async () => {
    const { page } = o;
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => {
      const a = document.activeElement;
      const href = a?.getAttribute("href") ?? "";
      const target = href.startsWith("#") ? document.getElementById(href.slice(1)) : null;
      return {
        tag: a?.tagName.toLowerCase(),
        text: (a?.textContent ?? "").trim(),
        href,
        targetsMain: target !== null && target === document.querySelector("main"),
      };
    });
    expect(first.tag, "first focused element").toBe("a");
    expect(first.targetsMain, `skip link "${first.text}" (${first.href}) points at <main>`).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash !== "");
    const focus = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return {
          inMain: document.querySelector("main")?.contains(a) ?? false,
          what:
            !a || a === document.body
              ? "<body>"
              : `<${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ""}> "${(a.textContent ?? "").trim().slice(0, 30)}"`,
        };
      });
    const after = await focus();
    let next = "";
    if (!after.inMain) {
      await page.keyboard.press("Tab");
      next = (await focus()).what;
    }
    expect(
      after.inMain,
      `focus after following the skip link is ${after.what}, not in <main> (the next Tab goes to ${next})`,
    ).toBe(true);
    expect(o.consoleErrors).toEqual([]);
  });

  it(`${p.path} has no axe violations (${AXE_TAGS.join(", ")})`, async () => {
    // Back to the top of a page at rest: the keyboard test above moved focus and scrolled.
    await o.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      scrollTo(0, 0);
    });
    const trimmed = await trimRepeats(o.page, KEEP_REPEATS);
    if (trimmed > 0) console.log(`axe on ${p.path}: ${trimmed} elements of repeated markup left out`);
    // resultTypes only trims the passes and incompletes axe returns; violations are reported in full.
    const { violations } = await new AxeBuilder({ page: o.page })
      .withTags(AXE_TAGS)
      .options({ resultTypes: ["violations"] })
      .analyze();
    const report = violations.flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact ?? "?"}) ${v.help} at ${n.target.join(" ")}: ${(n.failureSummary ?? "").replace(/\s+/g, " ")}`,
      ),
    );
    if (report.length) console.error(`axe on ${p.path}:\n  ${report.join("\n  ")}`);
    expect(report, `axe violations on ${p.path}`).toEqual([]);
  }, 60_000);
}

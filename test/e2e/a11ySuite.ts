// axe-core on every built page type (WCAG 2.0/2.1/2.2 A and AA plus best practices), and the skip link by keyboard.
// The reading pages are dealt into two shards of equal weight (pages.ts A11Y_SHARDS): a11y.test.ts runs the
// first, a11y-2.test.ts the second, so the two files run side by side.
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AXE_TAGS, assertBuilt, openPage, setupBrowser, teardownBrowser } from "./harness.ts";
import { A11Y_SHARDS, READING_PAGES, missingPageTypes, type PageExample } from "./pages.ts";

/** Rows kept at the start and at the end of a long table for axe (the rest are the same template). */
const LONG_TABLE_ROWS = 40;

/** The axe and skip-link tests of one shard, plus the check that the shards hold every reading page once. */
export function a11ySuite(shard: number): void {
  beforeAll(setupBrowser);
  afterAll(teardownBrowser);
  describe("built site", () => {
    it("every page type is built and has an example (run npm run build first)", () => {
      assertBuilt();
      expect(missingPageTypes()).toEqual([]);
    });
    it("the axe shards hold every reading page exactly once", () => {
      const dealt = A11Y_SHARDS.flat().map((p) => p.path);
      expect(dealt.sort()).toEqual(READING_PAGES.map((p) => p.path).sort());
      expect(A11Y_SHARDS[shard]!.length).toBeGreaterThan(0);
    });
  });
  describe.each(A11Y_SHARDS[shard]!)("$path ($label)", pageTests);
}

function pageTests(p: PageExample): void {
  it(`${p.path} has no axe violations (${AXE_TAGS.join(", ")})`, async () => {
    const o = await openPage(p.path);
    try {
      // The board list repeats one templated row ~1,800 times, which costs axe ~50 s on 2 cores. Every row is
      // the same markup with other data, so axe checks the whole page with the first rows of each long table;
      // the rows left out are counted, and the rows kept include the first and last of the full list.
      const trimmed = await o.page.evaluate((keep) => {
        let removed = 0;
        for (const body of document.querySelectorAll("table tbody")) {
          const rows = [...body.querySelectorAll(":scope > tr")];
          if (rows.length <= keep * 2) continue;
          for (const r of rows.slice(keep, -keep)) r.remove();
          removed += rows.length - keep * 2;
        }
        return removed;
      }, LONG_TABLE_ROWS);
      if (trimmed > 0) console.log(`axe on ${p.path}: ${trimmed} repeated table rows left out`);
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
    } finally {
      await o.close();
    }
  }, 60_000);

  it(`${p.path}: the first Tab reaches the skip link, and it moves focus to main`, async () => {
    const o = await openPage(p.path, { settle: false });
    try {
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
    } finally {
      await o.close();
    }
  });
}

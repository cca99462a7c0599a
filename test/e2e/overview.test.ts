// "In één oogopslag" in Chromium: every indicator a board has a figure for is named, with its position, within the
// first two screens of a 1280×900 window; no sideways scrolling at 375 px; each row leads to its section.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, openPage, setupBrowser, teardownBrowser } from "./harness.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

interface IndexEntry {
  id: string;
  sectors: string[];
  active: boolean;
  pupils: Record<string, { value?: number } | undefined>;
}
const index = JSON.parse(readFileSync(join(ROOT, "data/derived/boards.json"), "utf8")) as IndexEntry[];
const pupilsOf = (b: IndexEntry) => Object.values(b.pupils).reduce((n, p) => n + (p?.value ?? 0), 0);
const bySize = (list: IndexEntry[]) => [...list].sort((a, b) => pupilsOf(b) - pupilsOf(a));
// A large po, a large vo, a po+vo, a small active and an inactive board, chosen from the data.
const sample = [
  bySize(index.filter((b) => b.active && b.sectors.join() === "po"))[0]!,
  bySize(index.filter((b) => b.active && b.sectors.join() === "vo"))[0]!,
  bySize(index.filter((b) => b.active && b.sectors.length === 2))[0]!,
  bySize(index.filter((b) => b.active && pupilsOf(b) > 0)).at(-1)!,
  index.find((b) => !b.active && pupilsOf(b) > 0)!,
];

describe("board overview", () => {
  for (const b of sample)
    it(`board ${b.id}: every indicator with a figure is named in the overview, with a position, in two screens`, async () => {
      const o = await openPage(`/besturen/${b.id}/`, { width: 1280, height: 900 });
      const { rows, sections, bottom } = await o.page.evaluate(() => {
        const trs = [
          ...document.querySelectorAll("#overzicht tbody tr:not(.overview-field):not(.overview-note)"),
        ];
        const withValue = [...document.querySelectorAll("section.indicator")].filter(
          (s) => s.querySelector(".value") !== null,
        );
        const last = trs.at(-1);
        return {
          rows: trs.map((tr) => (tr.querySelector("a") as HTMLAnchorElement).getAttribute("href")),
          sections: withValue.map((s) => `#${s.querySelector("h3")!.id}`),
          bottom: last ? last.getBoundingClientRect().bottom + window.scrollY : 0,
        };
      });
      expect(rows.length).toBeGreaterThan(0);
      // One row per detailed section that shows a value, in the same order, each link landing on its section.
      expect(rows).toEqual(sections);
      expect(bottom, "last overview row within 2 × 900 px").toBeLessThanOrEqual(1800);
      await o.close();
    });

  it("the overview of the largest po+vo board has no sideways scrolling at 375 px", async () => {
    const o = await openPage(`/besturen/${sample[2]!.id}/`, { width: 375, height: 800 });
    const overflow = await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await o.close();
  });
});

// "Leer van" in Chromium: a vo board's pass-rate section names comparable boards with a more favourable value,
// each link opens that board's page, the wording is factual, and the page passes axe (WCAG 2.2 AA included).
// A po board whose directed figures are all old says so and points nowhere. The overview ("In één oogopslag")
// points to each list; the second list ("in de buurt") names only boards of the same province; SWV pages follow
// the same rule among SWVs (their figures are all older than the rule allows in this snapshot: they say so).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LearnFromFile } from "../../src/lib/data/learnFrom.ts";
import type { LearnFromSwvFile } from "../../src/lib/data/learnFromSwv.ts";
import { axeViolations, ROOT, fileFor, openPage, setupBrowser, teardownBrowser } from "./harness.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

const derived = <T>(f: string): T => JSON.parse(readFileSync(join(ROOT, "data/derived", f), "utf8")) as T;
const file = derived<LearnFromFile>("leer-van.json");
const swvFile = derived<LearnFromSwvFile>("leer-van-swv.json");
const provinceOf = new Map(
  derived<{ id: string; province?: string }[]>("boards.json").map((b) => [b.id, b.province]),
);
// The board with suggestions for the overall pass rate whose first suggestion has a website, lowest number first.
const withList = Object.keys(file.boards)
  .sort()
  .find((id) => {
    const e = file.boards[id]!["slaagpercentage|vo"];
    return e?.kind === "better" && e.items!.length === 3 && file.contacts[e.items![0]!.id]?.website;
  })!;

describe("Leer van", () => {
  it(`board ${withList}: the pass rate names up to three comparable boards with working links`, async () => {
    expect(withList).toBeDefined();
    const o = await openPage(`/besturen/${withList}/`);
    try {
      const block = o.page.locator('section[data-indicator="slaagpercentage"] details.leer-van');
      await expect(block.count()).resolves.toBe(1);
      await block.locator(":scope > summary").click();
      const summary = await block.locator(":scope > summary").innerText();
      expect(summary).toMatch(/^Leer van: 3 vergelijkbare besturen met een gunstiger waarde in \d{4}/);
      const items = block.locator(".leer-van-list > li");
      expect(await items.count()).toBeGreaterThanOrEqual(3);
      const text = await block.innerText();
      expect(text).toContain("heeft op dit cijfer een gunstiger waarde in");
      expect(text).toContain("Adres en website: DUO-lijst");
      // Factual, never a ranking of good and bad boards.
      expect(text).not.toMatch(/\b(beste|slechtste|slechter|goed|slecht)\b/i);
      const hrefs = await block
        .locator('.leer-van-list a[href^="/besturen/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(hrefs.length).toBeGreaterThanOrEqual(3);
      for (const h of hrefs) expect(fileFor(h), `${h} is built`).toBeDefined();
      const ext = await block.locator('a[rel="external"]').first().getAttribute("href");
      expect(ext).toMatch(/^https?:\/\//);
      expect(await axeViolations(o.page)).toEqual([]);
      // The first link leads to the named board's page.
      const name = (await block.locator(".leer-van-list a").first().innerText()).trim();
      await block.locator(".leer-van-list a").first().click();
      await o.page.waitForURL(/\/besturen\/\d+\/$/);
      expect((await o.page.locator("h1").innerText()).trim()).toBe(name);
      expect(o.consoleErrors).toEqual([]);
      expect(o.failedRequests).toEqual([]);
    } finally {
      await o.close();
    }
  }, 120_000);

  it("board 41572 (po): old figures point nowhere and say why", async () => {
    const o = await openPage("/besturen/41572/");
    try {
      const eind = o.page.locator('section[data-indicator="eindtoets-cet"]');
      await expect(eind.locator("details.leer-van").count()).resolves.toBe(0);
      expect(await eind.locator(".leer-van-none").innerText()).toContain(
        "alleen bij actuele cijfers naar andere besturen, niet bij een verouderd cijfer",
      );
      // Neutral finance ratios get no "leer van" line at all.
      await expect(
        o.page.locator('section[data-indicator="solvabiliteit-1"] .leer-van-none').count(),
      ).resolves.toBe(0);
    } finally {
      await o.close();
    }
  });

  it(`board ${withList}: the overview points to each list, the count matches, and the link lands on it`, async () => {
    const o = await openPage(`/besturen/${withList}/`, { width: 1280, height: 900 });
    try {
      const cells = o.page.locator("#overzicht td.overview-learn a");
      const pointers = await cells.evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute("href")!, text: (a as HTMLElement).innerText.trim() })),
      );
      const better = Object.entries(file.boards[withList]!).filter(([, e]) => e.kind === "better");
      expect(pointers.length).toBe(better.length);
      expect(await o.page.locator('#overzicht th[scope="col"]', { hasText: "Leer van" }).count()).toBe(1);
      for (const p of pointers) {
        expect(p.href).toMatch(/^#[a-z-]+-\d+-leer-van$/);
        const summary = o.page.locator(p.href);
        await expect(summary.count()).resolves.toBe(1);
        // The count in the overview is the count in the block's own list.
        const n = Number(p.text.split(" ")[0]);
        expect(p.text).toMatch(/^\d+ (bestuur|besturen)$/);
        expect(await summary.innerText()).toContain(`Leer van: ${n} vergelijkba`);
        const own = summary.locator("xpath=..").locator(":scope > ul.leer-van-list > li");
        expect(await own.count()).toBe(n);
      }
      await cells.first().click();
      await o.page.waitForURL(/#[a-z-]+-\d+-leer-van$/);
      const top = await o.page.locator(pointers[0]!.href).evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(top).toBeLessThan(900);
      expect(await axeViolations(o.page)).toEqual([]);
    } finally {
      await o.close();
    }
    // No sideways scrolling at 390 px with the extra column.
    const narrow = await openPage(`/besturen/${withList}/`, { width: 390, height: 800 });
    try {
      const overflow = await narrow.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await narrow.page.locator("#overzicht td.overview-learn a").first().isVisible()).toBe(true);
    } finally {
      await narrow.close();
    }
  }, 120_000);

  it("the second list ('in de buurt') names only boards of the same province, and says what it cannot do", async () => {
    const id = Object.keys(file.boards)
      .sort()
      .find((b) => (file.boards[b]!["slaagpercentage|vo"]?.inProvince?.length ?? 0) >= 2)!;
    expect(id).toBeDefined();
    const o = await openPage(`/besturen/${id}/`);
    try {
      const near = o.page.locator('section[data-indicator="slaagpercentage"] details.leer-van-nearby');
      await expect(near.count()).resolves.toBe(1);
      // Plain <details>: opens without JavaScript of ours.
      await o.page.locator('section[data-indicator="slaagpercentage"] details.leer-van > summary').click();
      await near.locator("summary").click();
      const province = provinceOf.get(id)!;
      expect(await near.locator("summary").innerText()).toMatch(
        new RegExp(`^In de buurt: zelfde provincie \\(${province}\\), \\d+ besturen$`),
      );
      expect(await near.innerText()).toContain(
        "Of gemeenten aan elkaar grenzen, staat niet in de open bestanden hier",
      );
      const hrefs = await near
        .locator('.leer-van-list a[href^="/besturen/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(hrefs.length).toBe(file.boards[id]!["slaagpercentage|vo"]!.inProvince!.length);
      for (const h of hrefs) {
        expect(fileFor(h), `${h} is built`).toBeDefined();
        expect(provinceOf.get(h.split("/")[2]!)).toBe(province);
      }
      expect(await axeViolations(o.page)).toEqual([]);
    } finally {
      await o.close();
    }
  }, 120_000);

  // An SWV with a vsv figure (the one directed SWV indicator) and its debated reserves ratio.
  const swvId = Object.keys(swvFile.swvs)
    .sort()
    .find((s) => swvFile.swvs[s]!["swv-vsv|vo"] && swvFile.swvs[s]!["swv-weerstandsvermogen|vo"])!;
  it(`SWV ${swvId}: "Leer van" follows the rule among SWVs; old figures point nowhere and say why`, async () => {
    expect(swvId).toBeDefined();
    const entry = swvFile.swvs[swvId]!["swv-vsv|vo"]!;
    const o = await openPage(`/samenwerkingsverbanden/${swvId}/`);
    try {
      const vsv = o.page.locator('section[data-indicator="swv-vsv"]');
      if (entry.kind === "better") {
        const block = vsv.locator("details.leer-van");
        await block.locator(":scope > summary").click();
        expect(await block.locator(":scope > summary").innerText()).toMatch(
          /^Leer van: \d+ vergelijkbare? samenwerkingsverband/,
        );
        const hrefs = await block
          .locator('.leer-van-list a[href^="/samenwerkingsverbanden/"]')
          .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
        expect(hrefs.length).toBeGreaterThanOrEqual(entry.items!.length);
        for (const h of hrefs) expect(fileFor(h), `${h} is built`).toBeDefined();
        expect(await o.page.locator("#overzicht td.overview-learn a").count()).toBeGreaterThan(0);
      } else {
        expect(entry.kind).toBe("old"); // this snapshot: SWV figures end in 2019, the newest data are of 2025
        await expect(vsv.locator("details.leer-van").count()).resolves.toBe(0);
        const line = vsv.locator(".leer-van-none");
        expect(await line.innerText()).toContain(
          "alleen bij actuele cijfers naar andere samenwerkingsverbanden, niet bij een verouderd cijfer",
        );
        // The practice cases and tips on the same figure are offered instead, and the link lands on them.
        const cases = line.locator('a[href$="-learn"]');
        await expect(cases.count()).resolves.toBe(1);
        const target = (await cases.getAttribute("href"))!;
        await expect(o.page.locator(`${target}`).count()).resolves.toBe(1);
        expect(await o.page.locator(target).innerText()).toMatch(/^Leren van anderen: \d+ praktijkvoorbeeld/);
        // No pointer in the overview where nobody is named.
        await expect(o.page.locator("#overzicht td.overview-learn").count()).resolves.toBe(0);
      }
      // Reserves are debated: never "Leer van"; an old or empty entry stays silent.
      const res = o.page.locator('section[data-indicator="swv-weerstandsvermogen"]');
      await expect(res.locator(".leer-van-none").count()).resolves.toBe(0);
      expect(await res.innerText()).not.toContain("Leer van");
      expect(await axeViolations(o.page)).toEqual([]);
      expect(o.consoleErrors).toEqual([]);
      expect(o.failedRequests).toEqual([]);
    } finally {
      await o.close();
    }
  }, 120_000);
});

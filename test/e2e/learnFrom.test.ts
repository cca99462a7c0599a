// "Leer van" in Chromium: a vo board's pass-rate section names comparable boards with a more favourable value,
// each link opens that board's page, the wording is factual, and the page passes axe (WCAG 2.2 AA included).
// A po board whose directed figures are all old says so and points nowhere.
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LearnFromFile } from "../../src/lib/data/learnFrom.ts";
import { AXE_TAGS, ROOT, fileFor, openPage, setupBrowser, teardownBrowser } from "./harness.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

const file = JSON.parse(readFileSync(join(ROOT, "data/derived/leer-van.json"), "utf8")) as LearnFromFile;
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
      await block.locator("summary").click();
      const summary = await block.locator("summary").innerText();
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
      const { violations } = await new AxeBuilder({ page: o.page })
        .withTags(AXE_TAGS)
        .options({ resultTypes: ["violations"] })
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
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
});

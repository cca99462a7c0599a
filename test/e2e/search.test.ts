// Site search in Chromium: known queries find the right page first, filters narrow, the keyboard is enough.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  DIST,
  ROOT,
  assertBuilt,
  openPage,
  setupBrowser,
  teardownBrowser,
  type OpenedPage,
} from "./harness.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

interface Board {
  id: string;
  name: string;
  municipality?: string;
  active: boolean;
  schoolNames: string[];
  pupils: Record<string, { value: number }>;
}
const boards = JSON.parse(readFileSync(join(ROOT, "data/derived/boards.json"), "utf8")) as Board[];
// A large active board whose name, one of its school names and its municipality are distinctive enough to test.
const board = boards.find((b) => b.id === "41646")!;

async function search(query: string): Promise<{ o: OpenedPage; hrefs: string[]; status: string }> {
  const o = await openPage(`/zoeken/?${query}`);
  await o.page.waitForSelector("body[data-search-ready]", { timeout: 15_000 });
  const hrefs = await o.page.$$eval("#search-results > li > a", (as) =>
    as.map((a) => a.getAttribute("href")!),
  );
  const status = (await o.page.textContent("#search-status")) ?? "";
  return { o, hrefs, status };
}

describe("search", () => {
  it("the Pagefind index exists", () => {
    assertBuilt();
    expect(readFileSync(join(DIST, "pagefind/pagefind-entry.json"), "utf8")).toContain('"nl"');
  });

  it("search('RASCI') puts the Zaanstreek case first", async () => {
    const { o, hrefs } = await search("q=RASCI");
    expect(hrefs[0]).toBe("/praktijkvoorbeelden/zaanstreek-rasci/");
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  });

  it("search(board name) finds the board in the top 3", async () => {
    const { hrefs, o } = await search(`q=${encodeURIComponent(board.name)}`);
    expect(hrefs.slice(0, 3)).toContain(`/besturen/${board.id}/`);
    await o.close();
  });

  it("search(one of its school names) finds the board in the top 3", async () => {
    // Pick a school name that only this board uses, so the board is the right answer.
    const unique = board.schoolNames.find(
      (n) => n.length > 8 && boards.filter((b) => b.schoolNames.includes(n)).length === 1,
    )!;
    const { hrefs, o } = await search(`q=${encodeURIComponent(unique)}`);
    expect(hrefs.slice(0, 3), unique).toContain(`/besturen/${board.id}/`);
    await o.close();
  });

  it("search(municipality) finds a board of that municipality in the top 3", async () => {
    const { hrefs, o } = await search(`q=${encodeURIComponent(board.municipality!)}`);
    const ids = hrefs.slice(0, 3).map((h) => /\/besturen\/(\d{5})\//.exec(h)?.[1]);
    const inTown = ids.filter((id) => boards.find((b) => b.id === id)?.municipality === board.municipality);
    expect(inTown.length).toBeGreaterThan(0);
    await o.close();
  });

  it("search(theme word) finds the cases and tips of that theme", async () => {
    const { hrefs, o } = await search("q=thuiszitters");
    expect(hrefs.some((h) => h.startsWith("/praktijkvoorbeelden/"))).toBe(true);
    expect(hrefs.some((h) => h.startsWith("/tips/#"))).toBe(true);
    await o.close();
  });

  it("a filter narrows the results: soort=tip leaves only tips", async () => {
    const all = await search("q=kpi");
    const tips = await search("q=kpi&soort=tip");
    const n = (s: string) => Number(/^([\d.]+) resultaten/.exec(s)?.[1]?.replaceAll(".", "") ?? NaN);
    expect(n(tips.status)).toBeLessThan(n(all.status));
    expect(tips.hrefs.length).toBeGreaterThan(0);
    expect(tips.hrefs.every((h) => h.startsWith("/tips/#"))).toBe(true);
    await all.o.close();
    await tips.o.close();
  });

  it("keyboard only: Tab to the field, type, Enter shows results and updates the URL", async () => {
    const o = await openPage("/zoeken/");
    await o.page.waitForSelector("body[data-search-ready]");
    await o.page.focus("#q");
    await o.page.keyboard.type("Oost-Brabant");
    await o.page.keyboard.press("Enter");
    await o.page.waitForFunction(() =>
      /resultaten/.test(document.getElementById("search-status")!.textContent!),
    );
    expect(o.page.url()).toContain("q=Oost-Brabant");
    // Tab from the field reaches the results' links.
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await o.page.keyboard.press("Tab");
      reached = await o.page.evaluate(() => document.activeElement?.closest("#search-results") !== null);
    }
    expect(reached).toBe(true);
    await o.close();
  });

  it("the search page with results shown has no axe violations", async () => {
    const { o } = await search("q=RASCI");
    expect(await axeViolations(o.page)).toEqual([]);
    await o.close();
  });
});

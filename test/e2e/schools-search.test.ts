// Issue 13 in Chromium: a parent who knows only a school's name (even misspelt), or its code, reaches its board
// and the school's row; active boards above their predecessors; paging; suggestions by keyboard; axe clean.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, ROOT, openPage, setupBrowser, teardownBrowser, type OpenedPage } from "./harness.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

interface Vest {
  code: string;
  name: string;
  municipality?: string;
}
interface BoardFile {
  id: string;
  name: string;
  active: boolean;
  schools: { vestigingen: Vest[] }[];
  successor?: { kind: string; successors: { board: string }[] };
}
const board = (id: string) =>
  JSON.parse(readFileSync(join(ROOT, `data/derived/boards/${id}.json`), "utf8")) as BoardFile;

// Basisschool De Regenboog in Wilsum (gemeente Kampen), vestiging 05US00 of board 41125 (DUO's lists).
const IRIS = board("41125");
const REGENBOOG = IRIS.schools.flatMap((s) => s.vestigingen).find((v) => v.code === "05US00")!;
// Gemeente Veenendaal (10907) handed the Rembrandt College to a board of its own (42817).
const FORMER = board("10907");
const NEXT = board(FORMER.successor!.successors[0]!.board);
const SHARED = NEXT.schools
  .flatMap((s) => s.vestigingen)
  .find((v) => FORMER.schools.some((s) => s.vestigingen.some((w) => w.code === v.code)))!;

/** The links of the search page in reading order: "gevonden op code" and "bedoelde u", then the results. */
async function search(q: string): Promise<{ o: OpenedPage; hrefs: string[]; status: string }> {
  const o = await openPage(`/zoeken/?q=${encodeURIComponent(q)}`);
  await o.page.waitForSelector("body[data-search-ready]", { timeout: 20_000 });
  const hrefs = (
    await o.page.$$eval("#search-direct li > a, #search-results > li > a", (as) =>
      as.map((a) => a.getAttribute("href")!),
    )
  ).filter((h) => !h.startsWith("?"));
  return { o, hrefs, status: (await o.page.textContent("#search-status")) ?? "" };
}
const rank = (hrefs: string[], prefix: string) => hrefs.findIndex((h) => h.startsWith(prefix)) + 1;

describe("schools in search", () => {
  it("the fixtures are what the data says", () => {
    expect(REGENBOOG.name).toMatch(/Regenboog/);
    expect(IRIS.active).toBe(true);
    expect(FORMER.active).toBe(false);
    expect(NEXT.active).toBe(true);
    expect(SHARED).toBeDefined();
  });

  it("search(school name + place) finds its board first, at the school's row", async () => {
    const { o, hrefs } = await search("De Regenboog Kampen");
    expect(hrefs[0]).toBe(`/besturen/${IRIS.id}/#vestiging-${REGENBOOG.code}`);
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  });

  it("search(one-letter typo) finds it in the top three, with 'Bedoelde u …?'", async () => {
    for (const q of ["regeboog kampen", "regenbog wilsum"]) {
      const { o, hrefs } = await search(q);
      const r = rank(hrefs, `/besturen/${IRIS.id}/`);
      expect(r, `${q}: ${hrefs.slice(0, 5).join(" ")}`).toBeGreaterThan(0);
      expect(r, q).toBeLessThanOrEqual(3);
      expect(await o.page.textContent("#search-direct")).toMatch(/Bedoelde u/);
      await o.close();
    }
  });

  it("search(vestiging code, BRIN, board number) finds the board directly", async () => {
    for (const q of [REGENBOOG.code, REGENBOOG.code.slice(0, 4), IRIS.id]) {
      const { o, hrefs } = await search(q);
      expect(hrefs[0], q).toMatch(new RegExp(`^/besturen/${IRIS.id}/`));
      expect(await o.page.textContent("#search-direct"), q).toMatch(/Gevonden op code/);
      await o.close();
    }
  });

  it("search(a school both boards held) ranks the active board above its predecessor", async () => {
    const { o, hrefs } = await search(`${SHARED.name} ${SHARED.municipality ?? ""}`.trim());
    const active = rank(hrefs, `/besturen/${NEXT.id}/`);
    const former = rank(hrefs, `/besturen/${FORMER.id}/`);
    expect(active).toBeGreaterThan(0);
    if (former > 0) expect(active).toBeLessThan(former);
    await o.close();
  });

  it("a former board's page says which board holds its schools now, with a link", async () => {
    const o = await openPage(`/besturen/${FORMER.id}/`);
    const panel = o.page.locator("p.panel", { hasText: "Niet meer actief" });
    await expect.poll(() => panel.innerText()).toMatch(/De scholen van dit bestuur vallen nu onder/);
    expect(await panel.locator(`a[href="/besturen/${NEXT.id}/"]`).count()).toBe(1);
    expect(await panel.innerText()).toMatch(/Bron/);
    await o.close();
  });

  it("a school result leads to its row in the board's table of schools, with its own figures", async () => {
    const o = await openPage(`/besturen/${IRIS.id}/#vestiging-${REGENBOOG.code}`);
    const row = o.page.locator(`#vestiging-${REGENBOOG.code}`);
    expect(await row.isVisible()).toBe(true);
    const text = await row.innerText();
    expect(text).toContain(REGENBOOG.name);
    expect(text).toMatch(/1 oktober \d{4}/);
    expect(await axeViolations(o.page, { include: ".schools-table" })).toEqual([]);
    await o.close();
  });

  it("the table of schools sorts by a column with JavaScript (missing figures at the end)", async () => {
    const o = await openPage(`/besturen/${IRIS.id}/`);
    const table = o.page.locator(".schools-table");
    await table.getByRole("button", { name: "Leerlingen" }).click();
    await table.getByRole("button", { name: "Leerlingen" }).click();
    expect(await table.locator("th", { hasText: "Leerlingen" }).getAttribute("aria-sort")).toBe("descending");
    const values = await table
      .locator("tbody tr td:nth-child(4)")
      .evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.value)));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await o.close();
  });

  it("many results come in pages: 'Meer resultaten' adds the next 20 and moves focus to the first new one", async () => {
    const { o, hrefs, status } = await search("De Regenboog");
    expect(Number(/^([\d.]+) resultaten/.exec(status)![1]!.replaceAll(".", ""))).toBeGreaterThan(40);
    expect(hrefs.length).toBe(20);
    await o.page.getByRole("button", { name: "Meer resultaten" }).click();
    await expect.poll(() => o.page.locator("#search-results > li").count()).toBe(40);
    expect(
      await o.page.evaluate(
        () => document.activeElement?.closest("#search-results > li:nth-child(21)") !== null,
      ),
    ).toBe(true);
    await o.close();
  });

  it("the search page with code, 'bedoelde u' and results has no axe violations (wcag22aa included)", async () => {
    for (const q of ["regeboog kampen", REGENBOOG.code]) {
      const { o } = await search(q);
      expect(await axeViolations(o.page), q).toEqual([]);
      await o.close();
    }
  });
});

describe("suggestions while typing", () => {
  it("the home search box suggests by keyboard: arrows, Enter opens the school's row; Escape closes", async () => {
    const o = await openPage("/");
    const { page } = o;
    const input = page.locator("#home-q");
    await input.focus();
    await page.keyboard.type("regeboog kamp");
    const list = page.locator("#home-q-suggesties");
    await expect.poll(() => input.getAttribute("aria-expanded")).toBe("true");
    expect(await list.getAttribute("role")).toBe("listbox");
    expect(await page.locator("#home-q-suggesties [role=option]").first().innerText()).toMatch(/Regenboog/);
    await expect.poll(() => page.locator("#home-q ~ [role=status]").innerText()).toMatch(/suggestie/);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("ArrowDown");
    const id = await input.getAttribute("aria-activedescendant");
    expect(id).toBeTruthy();
    expect(await page.locator(`#${id}`).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Escape");
    expect(await input.getAttribute("aria-expanded")).toBe("false");
    expect(await input.inputValue()).toBe("regeboog kamp");
    await page.keyboard.type("e");
    await expect.poll(() => input.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/besturen/${IRIS.id}/#vestiging-${REGENBOOG.code}`);
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  });

  it("the header box suggests a board from its number, and Enter without a choice submits the plain form", async () => {
    const o = await openPage("/over/");
    const { page } = o;
    await page.locator("#site-q").focus();
    await page.keyboard.type(IRIS.id);
    await expect.poll(() => page.locator("#site-q").getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator("#site-q-suggesties [role=option]").first().innerText()).toContain(IRIS.name);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/zoeken/?q=${IRIS.id}`);
    await o.close();
  });

  it("without JavaScript the header box is a plain search form and /besturen/ lists every board", async () => {
    const o = await openPage("/besturen/", { javaScriptEnabled: false });
    expect(await o.page.locator("#site-q").getAttribute("role")).toBeNull();
    expect(await o.page.locator("#f-all-wrap").isHidden()).toBe(true);
    const rows = o.page.locator("#boards-table tbody tr:not([hidden])");
    expect(await rows.count()).toBe(await o.page.locator("#boards-table tbody tr").count());
    await o.close();
  });
});

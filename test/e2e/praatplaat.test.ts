// The board praatplaat (/besturen/<n>/praatplaat/) in Chromium: it prints to one A4 page for sampled boards and for
// the boards with the most figures (the largest po+vo overviews), names the board and its group rule, every link
// answers 200, and axe finds nothing on screen or in print.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, ROOT, axeViolations, fileFor, openPage, setupBrowser, teardownBrowser } from "./harness.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

interface IndexEntry {
  id: string;
  name: string;
  sectors: string[];
  active: boolean;
  pupils: Record<string, { value?: number } | undefined>;
}
const index = JSON.parse(readFileSync(join(ROOT, "data/derived/boards.json"), "utf8")) as IndexEntry[];
const pupilsOf = (b: IndexEntry) => Object.values(b.pupils).reduce((n, p) => n + (p?.value ?? 0), 0);
const bySize = (list: IndexEntry[]) => [...list].sort((a, b) => pupilsOf(b) - pupilsOf(a));

/** The boards whose built board page has the most overview rows: the hardest to fit on one page. */
function mostRows(n: number): string[] {
  const dir = join(DIST, "besturen");
  if (!existsSync(dir)) return [];
  const counts: [number, string][] = [];
  for (const id of readdirSync(dir)) {
    const f = join(dir, id, "index.html");
    if (!existsSync(f)) continue;
    const html = readFileSync(f, "utf8");
    const start = html.indexOf('id="overzicht"');
    if (start < 0) continue;
    const end = html.indexOf("</section>", start);
    counts.push([(html.slice(start, end).match(/<tr/g) ?? []).length, id]);
  }
  return counts
    .sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]))
    .slice(0, n)
    .map(([, id]) => id);
}

const sample = [
  ...new Set([
    bySize(index.filter((b) => b.active && b.sectors.join() === "po"))[0]!.id,
    bySize(index.filter((b) => b.active && b.sectors.join() === "vo"))[0]!.id,
    bySize(index.filter((b) => b.active && b.sectors.length === 2))[0]!.id,
    bySize(index.filter((b) => b.active && pupilsOf(b) > 0)).at(-1)!.id,
    index.find((b) => !b.active && pupilsOf(b) > 0)!.id,
    ...mostRows(3),
  ]),
];
const nameOf = (id: string) => index.find((b) => b.id === id)!.name;

/** Pages in a PDF: the page objects of its page tree. */
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe("board praatplaat", () => {
  it("the sample includes the boards with the most figures", () => {
    expect(sample.length).toBeGreaterThanOrEqual(6);
  });

  for (const id of sample)
    it(`board ${id}: prints to one A4 page with the board's name and the group rule`, async () => {
      const o = await openPage(`/besturen/${id}/praatplaat/`);
      try {
        const pdf = await o.page.pdf({ format: "A4" });
        expect(pdfPages(pdf), "A4 pages").toBe(1);
        await o.page.emulateMedia({ media: "print" });
        const text = await o.page.locator("article.pp").innerText();
        expect(text).toContain(nameOf(id).slice(0, 20));
        expect(text).toContain("Vergelijkbare besturen zijn");
        expect(text).toContain("Vragen voor het gesprek");
        expect(o.consoleErrors).toEqual([]);
      } finally {
        await o.close();
      }
    });

  it("the print button shows with JavaScript, the date is filled in, and every link answers 200", async () => {
    const id = sample[2]!;
    const o = await openPage(`/besturen/${id}/praatplaat/`);
    try {
      await expect.poll(() => o.page.locator("button[data-print]").isVisible()).toBe(true);
      expect(await o.page.locator("[data-today]").innerText()).toMatch(/\d{4}/);
      const hrefs = await o.page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href")!));
      for (const h of hrefs.filter((x) => x.startsWith("/")))
        expect(fileFor(h.split("#")[0]!), `link ${h}`).toBeDefined();
    } finally {
      await o.close();
    }
  });

  it("reads without JavaScript: no print button, the whole sheet is there", async () => {
    const o = await openPage(`/besturen/${sample[0]}/praatplaat/`, { javaScriptEnabled: false });
    try {
      expect(await o.page.locator("button[data-print]").isVisible()).toBe(false);
      expect(await o.page.locator(".pp-table tbody tr, .pp-old li").count()).toBeGreaterThan(3);
    } finally {
      await o.close();
    }
  });

  for (const media of ["screen", "print"] as const)
    it(`axe finds nothing on the praatplaat of the largest po+vo board (${media})`, async () => {
      const o = await openPage(`/besturen/${sample[2]}/praatplaat/`);
      try {
        await o.page.emulateMedia({ media });
        const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
        expect(await axeViolations(o.page, { tags })).toEqual([]);
      } finally {
        await o.close();
      }
    });
});

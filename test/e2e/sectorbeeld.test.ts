// The yearly sector report (/sector/<sector>/sectorbeeld/) in Chromium: it prints to five A4 pages (summary,
// two pages of fields, two of sources), shows the same figures as the sector page (one computation), marks lower
// bounds, old figures and breaks, lists a source per figure, every link answers, and axe finds nothing on screen
// or in print.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poSuppressedCells } from "../helpers/poSuppressed.ts";
import { axeViolations, fileFor, openPage, setupBrowser, teardownBrowser } from "./harness.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

/** The pages we intend: summary and breaks; onderwijs + leerling & ouder; financiën + medewerkers; two of sources. */
const PAGES = 5;

/** Pages in a PDF: the page objects of its page tree. */
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
/** The MediaBox sizes of a PDF's pages, in points. */
const mediaBoxes = (pdf: Buffer) =>
  [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);

/** The rows of the first table under a locator, as cell texts. */
const rowsOf = (table: import("playwright-core").Locator) =>
  table
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th,td")].map((c) => c.textContent!.trim())),
    );

for (const sector of ["po", "vo"] as const)
  describe(`sectorbeeld ${sector}`, () => {
    const path = `/sector/${sector}/sectorbeeld/`;

    it(`${path} prints to ${PAGES} A4 pages, each sheet on a page of its own`, async () => {
      const o = await openPage(path);
      try {
        const pdf = await o.page.pdf({ preferCSSPageSize: true });
        expect(pdfPages(pdf), "pages in the PDF").toBe(PAGES);
        // A4 is 595.28 × 841.89 pt; Chromium rounds to its own units.
        for (const [w, h] of mediaBoxes(pdf)) {
          expect(Math.abs(w! - 595.28), `page width ${w}`).toBeLessThan(2);
          expect(Math.abs(h! - 841.89), `page height ${h}`).toBeLessThan(2);
        }
        await o.page.emulateMedia({ media: "print" });
        const sheets = await o.page
          .locator(".sb-sheet")
          .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
        expect(sheets).toEqual(["auto", ...Array<string>(PAGES - 1).fill("page")]);
        expect(await o.page.locator("header.site, .breadcrumbs").first().isVisible()).toBe(false);
        expect(o.consoleErrors).toEqual([]);
      } finally {
        await o.close();
      }
    });

    it(`${path} shows the sector page's national figures, ≥ and old figures marked, with a source for every figure`, async () => {
      const o = await openPage(path, { javaScriptEnabled: false });
      const s = await openPage(`/sector/${sector}/`, { javaScriptEnabled: false });
      try {
        const key = await rowsOf(o.page.locator("table.sb-table").first());
        expect(key.length).toBeGreaterThanOrEqual(5);
        for (const [label, , latest, year] of key) {
          // The same series on the sector page: its heading names it, its table's last row is the newest year.
          const section = s.page.locator("section.national-total", {
            has: s.page.getByRole("heading", { level: 3, name: label, exact: false }),
          });
          const rows = await rowsOf(section.first());
          const last = rows.at(-1)!;
          expect([last[0], last[1]], `${label} on the sector page`).toEqual([
            year!.replace(/ verouderd$/, ""),
            latest,
          ]);
        }
        const pupils = key.find((r) => r[0] === "Leerlingen op 1 oktober")!;
        expect(pupils[2]).toMatch(/^≥ /);
        // Finance ends in 2016-2019: old against the newest year, and marked so beside its year.
        const baten = key.find((r) => r[0] === "Totale baten")!;
        expect(baten[3]).toMatch(/^\d{4} verouderd$/);
        // Every indicator row with a figure has its line under "Bronnen en definities", naming a file.
        const withData = await o.page
          .locator(".sb-field table.sb-table tbody tr")
          .evaluateAll((trs) =>
            trs
              .filter((tr) => !tr.querySelector("td.missing"))
              .map((tr) => tr.querySelector("th")!.textContent!.trim()),
          );
        const sources = await o.page
          .locator("table.sb-sources tbody tr")
          .evaluateAll((trs) =>
            trs.map((tr) => [...tr.querySelectorAll("th,td")].map((c) => c.textContent!.trim())),
          );
        expect(sources.map((r) => r[0])).toEqual(withData);
        for (const [label, years, definition, file] of sources) {
          expect(years, label).toMatch(/^\d{4}/);
          expect(definition!.length, `definition of ${label}`).toBeGreaterThan(20);
          expect(file, `file of ${label}`).toMatch(/^(DUO|CBS|Inspectie)/);
        }
      } finally {
        await o.close();
        await s.close();
      }
    });

    it(`${path} lists the breaks of the registry and numbers them on the charts`, async () => {
      const o = await openPage(path, { javaScriptEnabled: false });
      try {
        const breaks = await o.page.locator(".sb-breaks li").allTextContents();
        if (sector === "vo") {
          expect(breaks.some((b) => /^2019-2020 · Slaagpercentage.*: geen centrale examens/s.test(b))).toBe(
            true,
          );
          const rate = o.page.locator("figure.sb-chart", { hasText: "Slaagpercentage landelijk" });
          await expect(rate.locator("figcaption").textContent()).resolves.toMatch(
            /Breuk 1 \(2019-2020\): geen centrale examens/,
          );
        } else expect(breaks.some((b) => /^2018 · Onderwijspersoneel in personen: /.test(b))).toBe(true);
        expect(await o.page.locator("figure.sb-chart svg[role=img]").count()).toBeGreaterThanOrEqual(5);
      } finally {
        await o.close();
      }
    });

    // On screen both reports are in the page sweep (sweepSuite.ts, examples in pages.ts); print is checked here.
    for (const media of ["print"] as const)
      it(`axe finds nothing on ${path} (${media})`, async () => {
        const o = await openPage(path);
        try {
          await o.page.emulateMedia({ media });
          expect(await axeViolations(o.page)).toEqual([]);
        } finally {
          await o.close();
        }
      });
  });

describe("sectorbeeld print button", () => {
  it("shows with JavaScript and fills in the print date; without JavaScript it stays hidden and the report is whole", async () => {
    const o = await openPage("/sector/vo/sectorbeeld/");
    try {
      await expect.poll(() => o.page.locator("button[data-print]").isVisible()).toBe(true);
      expect(await o.page.locator("[data-today]").innerText()).toMatch(/\d{4}/);
      expect(o.consoleErrors).toEqual([]);
    } finally {
      await o.close();
    }
    const n = await openPage("/sector/vo/sectorbeeld/", { javaScriptEnabled: false });
    try {
      expect(await n.page.locator("button[data-print]").isVisible()).toBe(false);
      expect(await n.page.locator(".sb-sheet").count()).toBe(PAGES);
      expect(await n.page.locator(".sb-field tbody tr").count()).toBeGreaterThan(20);
    } finally {
      await n.close();
    }
  });
});

describe("sectorbeeld links", () => {
  it("every link on both reports answers 200, and every #fragment is an id on its page", async () => {
    for (const sector of ["po", "vo"]) {
      const o = await openPage(`/sector/${sector}/sectorbeeld/`);
      try {
        const hrefs = await o.page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href")!));
        expect(hrefs.length).toBeGreaterThan(10);
        for (const h of new Set(hrefs)) {
          const url = new URL(h, o.page.url());
          expect(url.origin, `link ${h} stays on the site`).toBe(new URL(o.page.url()).origin);
          const res = await o.page.request.get(url.href);
          expect(res.status(), `link ${h}`).toBe(200);
          if (url.hash)
            expect(readFileSync(fileFor(url.pathname)!, "utf8"), `id for ${h}`).toContain(
              `id="${url.hash.slice(1)}"`,
            );
        }
      } finally {
        await o.close();
      }
    }
  });

  it("the sector page and the home page link to the reports", () => {
    for (const sector of ["po", "vo"])
      expect(readFileSync(fileFor(`/sector/${sector}/`)!, "utf8")).toContain(
        `href="/sector/${sector}/sectorbeeld/"`,
      );
    const home = readFileSync(fileFor("/")!, "utf8");
    expect(home).toContain('href="/sector/po/sectorbeeld/"');
    expect(home).toContain('href="/sector/vo/sectorbeeld/"');
  });
});

describe("po pupils: lower bounds where the raw file has suppressed cells", () => {
  it("/sector/po/ and the sectorbeeld mark every year with a '<5' cell in the raw file as ≥", async () => {
    const suppressed = new Set(
      poSuppressedCells()
        .filter((y) => y.all > 0)
        .map((y) => String(y.year)),
    );
    const o = await openPage("/sector/po/", { javaScriptEnabled: false });
    try {
      const rows = await rowsOf(o.page.locator("#totaal-leerlingen"));
      expect(rows.length).toBe(30);
      for (const [year, value] of rows)
        expect(value!.startsWith("≥ "), `${year}: ${value}`).toBe(suppressed.has(year!));
    } finally {
      await o.close();
    }
    const r = await openPage("/sector/po/sectorbeeld/", { javaScriptEnabled: false });
    try {
      const key = await rowsOf(r.page.locator("table.sb-table").first());
      const pupils = key.find((k) => k[0] === "Leerlingen op 1 oktober")!;
      expect(pupils[2]!.startsWith("≥ ")).toBe(suppressed.has(pupils[3]!));
      expect(pupils[4]!.startsWith("≥ ")).toBe(suppressed.has(pupils[5]!));
    } finally {
      await r.close();
    }
  });
});

// Every built page type: the example list is complete, redirects forward, every reading page reads without
// JavaScript (its HTML, from dist/); in Chromium the board list filter and the board CSV download. The per-page
// browser checks (console, network, structure, overflow, skip link, axe) are the sweep (sweepSuite.ts).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { assertBuilt, fileFor, openPage, setupBrowser, teardownBrowser } from "./harness.ts";
import { BOARDS, EXAMPLES, PAGES, READING_PAGES, missingPageTypes } from "./pages.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

describe("missingPageTypes", () => {
  const types = [
    { type: "/", match: /^\/$/ },
    { type: "/a/<id>/", match: /^\/a\/[^/]+\/$/ },
  ];
  it("missingPageTypes(pages, types) names a type without example, an unbuilt example and a mislabelled one", () => {
    expect(missingPageTypes([{ type: "/", path: "/", label: "home", exists: true }], types)).toEqual([
      "/a/<id>/: no example (its data or page is missing)",
    ]);
    expect(
      missingPageTypes(
        [
          { type: "/", path: "/a/1/", label: "x", exists: true },
          { type: "/a/<id>/", path: "/a/2/", label: "y", exists: false },
        ],
        types,
      ),
    ).toEqual([
      "/a/<id>/: /a/2/ (y) is not in dist/",
      "/a/1/ is listed as / but its URL is of type /a/<id>/",
    ]);
  });
});

describe("redirect pages", () => {
  for (const p of PAGES.filter((x) => x.redirect))
    it(`${p.path} (${p.label}) forwards, with and without JavaScript, to a built page`, () => {
      const html = readFileSync(fileFor(p.path)!, "utf8");
      const to = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
      expect(to, "meta refresh target").toBeDefined();
      expect(fileFor(to!), `${to} is built`).toBeDefined();
      expect(html, "a plain link to the same page").toContain(`href="${to}"`);
    });
});

describe("built site", () => {
  it("every page type is built and has an example (run npm run build first)", () => {
    assertBuilt();
    expect(missingPageTypes()).toEqual([]);
  });
});

// The browser checks of every reading page (console, network, structure, overflow at 375 and 1280 px, skip link,
// axe) are the sweep in sweepSuite.ts. Without JavaScript a page is its HTML: read here from dist/ directly.
describe.each(READING_PAGES)("$path ($label)", (p) => {
  it(`${p.path} reads without JavaScript: h1 and main text are in the HTML`, () => {
    const { document } = parseHTML(readFileSync(fileFor(p.path)!, "utf8"));
    // What a browser shows without scripts: no script, style or template text, nothing marked hidden.
    for (const el of document.querySelectorAll("script, style, template, [hidden]")) el.remove();
    const text = (sel: string) =>
      (document.querySelector(sel)?.textContent ?? "").replace(/\s+/g, " ").trim();
    const h1 = text("h1");
    const main = text("main");
    expect(document.querySelectorAll("h1").length, "number of h1").toBe(1);
    expect(h1.length, "h1 text").toBeGreaterThan(0);
    expect(main.length, "main text").toBeGreaterThan(h1.length);
  });
});

describe("board list /besturen/", () => {
  const board = EXAMPLES.largePoBoard ?? { id: "?", name: "?" };

  it("/besturen/ holds a table row with a link for every board of boards.json", async () => {
    const o = await openPage("/besturen/", { settle: false });
    try {
      const hrefs = await o.page
        .locator("#boards-table tbody tr")
        .evaluateAll((rows) => rows.map((r) => r.querySelector("a")?.getAttribute("href") ?? ""));
      expect(hrefs.length).toBe(BOARDS.length);
      expect(new Set(hrefs)).toEqual(new Set(BOARDS.map((b) => `/besturen/${b.id}/`)));
    } finally {
      await o.close();
    }
  });

  it("/besturen/ narrows the table when a board's name is typed into the filter", async () => {
    const o = await openPage("/besturen/", { settle: false });
    try {
      const { page } = o;
      const visible = page.locator("#boards-table tbody tr:not([hidden])");
      // Active boards by default; the switch shows all (without JS every row is shown, see the test above).
      await expect.poll(() => visible.count()).toBe(BOARDS.filter((b) => b.active).length);
      await page.getByLabel("Ook besturen die niet meer actief zijn").check();
      await expect.poll(() => visible.count()).toBe(BOARDS.length);
      await page.locator("#board-filter #f-q").fill(board.name);
      await expect.poll(() => visible.count()).toBeLessThan(BOARDS.length);
      const shown = await visible.count();
      expect(shown).toBeGreaterThanOrEqual(1);
      expect(await visible.locator(`a[href="/besturen/${board.id}/"]`).count()).toBe(1);
      const count = await page.locator("#board-count").innerText();
      expect(count.trim().split(" van ")[0]!.replaceAll(".", ""), "#board-count").toBe(String(shown));
      expect(o.consoleErrors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it("/besturen/ leads to a board page by clicking the board's link", async () => {
    const o = await openPage("/besturen/", { settle: false });
    try {
      const { page } = o;
      await page.getByRole("table").getByRole("link", { name: board.name, exact: true }).first().click();
      await page.waitForURL(`**/besturen/${board.id}/`);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(board.name);
      expect(o.consoleErrors).toEqual([]);
      expect(o.failedRequests).toEqual([]);
    } finally {
      await o.close();
    }
  });
});

/** "20.594" → 20594, "≥ 1.234" → 1234, "46,9%" → 46.9, "€ −1.234" → -1234; with the decimals shown. */
function parseShown(text: string): { value: number; decimals: number } {
  const t = text
    .replace(/[≥€%\s\u00a0]|km/g, "")
    .replace("−", "-")
    .replaceAll(".", "");
  const decimals = t.includes(",") ? t.length - t.indexOf(",") - 1 : 0;
  return { value: Number(t.replace(",", ".")), decimals };
}

/** Splits one `;` CSV line (quotes as in src/lib/site/csv.ts). */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

describe("board page CSV download", () => {
  // Without data there is no example board, and the tests below fail on "<id>".
  const id = EXAMPLES.largePoBoard?.id ?? "<id>";

  it(`/besturen/${id}/cijfers.csv holds the figures the page shows`, async () => {
    const board = EXAMPLES.largePoBoard!;
    const o = await openPage(`/besturen/${board.id}/`, { settle: false });
    try {
      const { page } = o;
      const shown = await page.locator("section[data-indicator]").evaluateAll((sections) =>
        sections
          .map((s) => ({
            indicator: s.getAttribute("data-indicator")!,
            value: s.querySelector(".value")?.textContent ?? "",
            period: (s.querySelector(".value + .muted")?.textContent ?? "").replace(/^\s*·\s*/, "").trim(),
          }))
          .filter((x) => x.value !== ""),
      );
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Download de cijfers (CSV)" }).click(),
      ]);
      // A stream, not download.path(): the shared browser is connected to, and then the path is not ours.
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString("utf8");
      expect(text.charCodeAt(0), "UTF-8 BOM").toBe(0xfeff);
      const [header, ...lines] = text.slice(1).trimEnd().split(/\r?\n/).map(splitCsvLine);
      const col = (name: string) => header!.indexOf(name);
      for (const c of ["indicator", "periode", "waarde"]) expect(header, "CSV header").toContain(c);
      const rows = lines.map((r) => ({
        indicator: r[col("indicator")]!,
        period: r[col("periode")]!,
        raw: r[col("waarde")]!,
      }));
      for (const r of rows)
        expect(r.raw, "CSV numbers: decimal comma, no thousands separator").toMatch(/^(-?\d+(,\d+)?)?$/);

      // The pupil count: the exact number, Dutch-formatted on the page and plain in the CSV.
      const pupils = shown.find((s) => s.indicator === "leerlingen");
      expect(pupils, 'section[data-indicator="leerlingen"] .value').toBeDefined();
      const plain = String(parseShown(pupils!.value).value);
      expect(
        rows.filter((r) => r.indicator === "leerlingen" && r.period === pupils!.period).map((r) => r.raw),
      ).toContain(plain);

      // Every figure shown: some CSV row of that indicator and period rounds to it.
      const notFound = shown.filter((s) => {
        const { value, decimals } = parseShown(s.value);
        const tolerance = 0.5 * 10 ** -decimals + 1e-9;
        return !rows.some(
          (r) =>
            r.indicator === s.indicator &&
            r.period === s.period &&
            r.raw !== "" &&
            Math.abs(Number(r.raw.replace(",", ".")) - value) <= tolerance,
        );
      });
      expect(notFound, "figures on the page that the CSV lacks").toEqual([]);
      expect(shown.length).toBeGreaterThan(3);
    } finally {
      await o.close();
    }
  });
});

// Every built page type in Chromium: clean console and network, document structure, no horizontal overflow,
// readable without JavaScript; plus the board list filter and the board CSV download.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, fileFor, openPage, setupBrowser, teardownBrowser, type OpenedPage } from "./harness.ts";
import { BOARDS, EXAMPLES, PAGES, READING_PAGES, missingPageTypes } from "./pages.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

const WIDTHS = [375, 1280];

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

describe.each(READING_PAGES)("$path ($label)", (p) => {
  it.each(WIDTHS)(
    `${p.path} at %i px: no console errors or failed requests, one h1, a main, lang="nl", no horizontal overflow`,
    async (width) => {
      const o = await openPage(p.path, { width });
      try {
        // Soft: one run lists every problem of the page, not just the first.
        expect.soft(o.consoleErrors, "console errors").toEqual([]);
        expect.soft(o.failedRequests, "failed requests").toEqual([]);
        const doc = await o.page.evaluate(() => ({
          lang: document.documentElement.getAttribute("lang"),
          h1: document.querySelectorAll("h1").length,
          main: document.querySelectorAll("main").length,
          scrollWidth: document.scrollingElement!.scrollWidth,
          innerWidth,
        }));
        expect.soft(doc.lang, 'lang="nl" on <html>').toBe("nl");
        expect.soft(doc.h1, "number of h1").toBe(1);
        expect.soft(doc.main, "number of main").toBe(1);
        const over = doc.scrollWidth > doc.innerWidth + 1 ? await overflowCulprits(o) : [];
        expect(
          doc.scrollWidth,
          `horizontal overflow at ${width} px (scrollWidth ${doc.scrollWidth}); causes: ${over.join("; ")}`,
        ).toBeLessThanOrEqual(doc.innerWidth + 1);
      } finally {
        await o.close();
      }
    },
  );

  it(`${p.path} reads without JavaScript: h1 and main text are in the HTML`, async () => {
    const o = await openPage(p.path, { javaScriptEnabled: false, settle: false });
    try {
      const h1 = (await o.page.locator("h1").innerText()).trim();
      const main = (await o.page.locator("main").innerText()).trim();
      expect(h1.length, "h1 text").toBeGreaterThan(0);
      expect(main.length, "main text").toBeGreaterThan(h1.length);
      expect(o.consoleErrors, "console errors").toEqual([]);
      expect(o.failedRequests, "failed requests").toEqual([]);
    } finally {
      await o.close();
    }
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
      const text = readFileSync((await download.path())!, "utf8");
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

// Sector pages tell the sector's own story: national totals as chart and table with a break annotated, a CSV of
// each chart's data, and an embed page per chart with the same SVG and sentence and no site chrome; axe clean.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, fileFor, openPage, setupBrowser, teardownBrowser } from "./harness.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

describe("sector totals", () => {
  it("/sector/vo/ shows the national pass rate per year as a table with the 2019-20 break annotated", async () => {
    const o = await openPage("/sector/vo/", { javaScriptEnabled: false });
    try {
      const section = o.page.locator("#totaal-slaagpercentage");
      await expect(section.getByRole("heading", { level: 3 }).textContent()).resolves.toContain(
        "Slaagpercentage",
      );
      const rows = await section
        .locator("tbody tr")
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll("th,td")].map((c) => c.textContent!.trim())),
        );
      const y2019 = rows.find((r) => r[0] === "2019-2020");
      expect(y2019, "a row for 2019-2020").toBeDefined();
      // The published national pass rate of 2019-20 (no central exams) is 98,8%.
      expect(y2019![1]).toBe("98,8%");
      expect(y2019![4]).toMatch(/geen centrale examens/);
      await expect(section.locator(".footnotes").textContent()).resolves.toMatch(/geen centrale examens/);
      // The chart is drawn with its break rules and the sentence warns about the breaks.
      expect(await section.locator("svg[role=img]").count()).toBe(1);
      await expect(section.locator("figcaption").textContent()).resolves.toMatch(/breuken in de reeks/);
      // Without JavaScript the copy buttons stay hidden and the citation is plain text.
      expect(await section.locator("button.copy").first().isHidden()).toBe(true);
      await expect(section.locator("code").first().textContent()).resolves.toMatch(
        /^DUO, .*; po\/vo-benchmark, geraadpleegd \[datum\], https:\/\/.*#totaal-slaagpercentage$/,
      );
    } finally {
      await o.close();
    }
  });

  it("/sector/po/ marks the pupil total as a lower bound with a footnote for the ≥", async () => {
    const o = await openPage("/sector/po/", { javaScriptEnabled: false });
    try {
      const section = o.page.locator("#totaal-leerlingen");
      const cells = await section.locator("tbody tr td:first-of-type").allTextContents();
      expect(cells.length).toBeGreaterThan(20);
      expect(cells.every((c) => c.startsWith("≥ "))).toBe(true);
      await expect(section.locator(".footnotes").textContent()).resolves.toMatch(/^≥ ondergrens/);
    } finally {
      await o.close();
    }
  });

  it("the CSV of a chart holds exactly its years, one row each, formula-safe", () => {
    const csv = readFileSync(fileFor("/sector/vo/totalen/slaagpercentage.csv")!, "utf8");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toMatch(/^sector;reeks;jaar;periode;waarde;/);
    const years = lines.slice(1).map((l) => l.split(";")[2]);
    expect(years).toEqual(["2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"]);
    expect(lines.slice(1).every((l) => !/;[=+@]/.test(l))).toBe(true);
  });

  it("the copy button puts the citation with today's date on the clipboard", async () => {
    const o = await openPage("/sector/vo/");
    try {
      await o.page
        .context()
        .grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(o.page.url()).origin });
      const section = o.page.locator("#totaal-slaagpercentage");
      await section.locator("summary", { hasText: "Citeren" }).click();
      await section.getByRole("button", { name: "Kopieer bronvermelding" }).click();
      await expect.poll(() => section.locator("[data-copy-status]").textContent()).toBe("Gekopieerd.");
      const text = await o.page.evaluate(() => navigator.clipboard.readText());
      expect(text).not.toContain("[datum]");
      expect(text).toMatch(/geraadpleegd \d{1,2} \p{L}+ \d{4}, https:/u);
      expect(o.consoleErrors).toEqual([]);
    } finally {
      await o.close();
    }
  });
});

describe("downloads per indicator", () => {
  it("every per-indicator CSV linked from a sector field page exists and has a row per year", () => {
    const html = readFileSync(fileFor("/sector/vo/onderwijs/")!, "utf8");
    const links = [...html.matchAll(/href="(\/sector\/vo\/indicator\/[^"]+\.csv)"/g)].map((m) => m[1]!);
    expect(links).toContain("/sector/vo/indicator/slaagpercentage.csv");
    for (const l of links) {
      const lines = readFileSync(fileFor(l)!, "utf8").trimEnd().split("\r\n");
      expect(lines.length, l).toBeGreaterThan(1);
    }
  });
});

describe("embed pages", () => {
  it("/embed/vo/slaagpercentage/ renders the same SVG and sentence as the sector page, without site chrome", async () => {
    const sector = readFileSync(fileFor("/sector/vo/")!, "utf8");
    const o = await openPage("/embed/vo/slaagpercentage/");
    try {
      expect(await o.page.locator("header, nav, footer").count()).toBe(0);
      const svg = await o.page.locator("svg[role=img]").evaluate((s) => s.outerHTML);
      const sentence = (await o.page.locator("figcaption").textContent())!.trim();
      expect(sentence).toMatch(/^Slaagpercentage landelijk/);
      const section = /<section[^>]*id="totaal-slaagpercentage"[\s\S]*?<\/section>/.exec(sector)![0];
      // Same chart: the sector page holds the identical SVG markup (drawn once, reused).
      const ariaLabel = /aria-label="([^"]*)"/.exec(svg)![1]!;
      expect(section).toContain(`aria-label="${ariaLabel}"`);
      expect((section.match(/<svg[\s\S]*?<\/svg>/) ?? [""])[0].length).toBe(
        (/<svg[\s\S]*?<\/svg>/.exec(readFileSync(fileFor("/embed/vo/slaagpercentage/")!, "utf8")) ?? [""])[0]
          .length,
      );
      expect(await axeViolations(o.page)).toEqual([]);
      expect(o.consoleErrors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it("the iframe snippet on the sector page points at an embed page that exists", async () => {
    const html = readFileSync(fileFor("/sector/po/")!, "utf8");
    const srcs = [...html.matchAll(/&lt;iframe src=&quot;https:\/\/[^/]+(\/embed\/[^&]+)&quot;/g)].map(
      (m) => m[1]!,
    );
    expect(srcs.length).toBeGreaterThan(3);
    for (const s of srcs) expect(fileFor(s), s).toBeDefined();
  });
});

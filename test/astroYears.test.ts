// Pages and components place what a view returns: no year (1990-2039) may be written into an .astro file outside
// comments. Years, dates and source names come from src/lib/site/ views, the registry and the source manifest.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["src/pages", "src/components", "src/layouts"];

/**
 * Uses of a year-like number that are not a figure, by file and the exact text matched. Each needs a reason; keep
 * it short. (Empty: no .astro file needs one today.)
 */
const ALLOWED: { file: string; text: string; reason: string }[] = [];

/** The .astro file's text with comments blanked out (line breaks kept, so line numbers stay right). */
export function withoutComments(src: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, " ");
  return (
    src
      // HTML comments and JS block comments (also `{/* … */}` in the template).
      .replace(/<!--[\s\S]*?-->/g, blank)
      .replace(/\/\*[\s\S]*?\*\//g, blank)
      // JS line comments; `://` of a URL is not one.
      .replace(/(^|[^:\\])\/\/[^\n]*/g, (m, pre: string) => pre + blank(m.slice(pre.length)))
  );
}

const YEAR = /(?<![\d.,-])(?:199\d|20[0-3]\d)(?![\d.,]\d)/g;

/** Every year 1990-2039 in the text outside comments, with its line number. */
export function yearsIn(src: string): { line: number; text: string; context: string }[] {
  const out: { line: number; text: string; context: string }[] = [];
  withoutComments(src)
    .split("\n")
    .forEach((l, i) => {
      for (const m of l.matchAll(YEAR)) out.push({ line: i + 1, text: m[0], context: l.trim() });
    });
  return out;
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(".astro"))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

describe("yearsIn", () => {
  it("finds years in frontmatter code and in page text, and none in comments", () => {
    const src = [
      "---",
      "// DUO's 2018 list",
      "const y = swv.year === 2016 ? 'a' : 'b'; // 2017",
      "/* 2019",
      "   2020 */",
      'const url = "https://example.org/"; // 2021',
      "---",
      "<!-- 2022 -->",
      "<p>Stand ca. april 2018 {/* 2023 */}</p>",
      "<p>Bestuur 41125, 1.995 leerlingen, 12,2015</p>",
    ].join("\n");
    expect(yearsIn(src).map((y) => [y.line, y.text])).toEqual([
      [3, "2016"],
      [9, "2018"],
    ]);
  });
});

describe(".astro files", () => {
  it("write no year 1990-2039 outside comments (it comes from a view, the registry or the manifest)", () => {
    const files = ROOTS.flatMap(astroFiles);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) =>
      yearsIn(readFileSync(file, "utf8"))
        .filter((y) => !ALLOWED.some((a) => a.file === file && a.text === y.text))
        .map((y) => `${file}:${y.line}: ${y.text} in «${y.context}»`),
    );
    expect(found).toEqual([]);
  });

  it("every allow-list entry has a reason and still matches something", () => {
    for (const a of ALLOWED) {
      expect(a.reason.length, a.file).toBeGreaterThan(10);
      expect(
        yearsIn(readFileSync(a.file, "utf8")).some((y) => y.text === a.text),
        a.file,
      ).toBe(true);
    }
  });
});

// SVG snapshots in test/output/: a missing one is written locally but fails in CI; a changed one is saved as
// <name>-changed.svg (git-ignored) for review and fails the test.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

/** Absolute path of test/output/ (with a trailing slash). */
export const OUTPUT = fileURLToPath(new URL("../output/", import.meta.url));

/**
 * The SVG as stored: numbers with more than 3 decimals rounded to 3 (float noise such as 124.99999999999997),
 * one tag per line so a diff shows what moved. Dutch thousands ("1.000") have exactly 3 digits after the dot
 * and are left alone.
 */
export function normaliseSvg(svg: string): string {
  return (
    svg
      .replace(/-?\d+\.\d{4,}/g, (m) => {
        const r = Math.round(Number(m) * 1000) / 1000;
        return String(r === 0 ? 0 : r);
      })
      .replaceAll("><", ">\n<")
      .trimEnd() + "\n"
  );
}

/** The first line where two texts differ, for a short failure message. */
function firstDifference(a: string, b: string): string {
  const al = a.split("\n");
  const bl = b.split("\n");
  const i = al.findIndex((line, k) => line !== bl[k]);
  const at = i < 0 ? al.length : i;
  return `line ${at + 1}:\n  expected: ${bl[at] ?? "(end of file)"}\n  actual:   ${al[at] ?? "(end of file)"}`;
}

/** Compares `svg` (normalised) with test/output/<name>.svg; see the file comment for missing and changed ones. */
export function expectSvgSnapshot(name: string, svg: string): void {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error(`snapshot name "${name}" is not kebab-case`);
  const actual = normaliseSvg(svg);
  const file = `${OUTPUT}${name}.svg`;
  const changed = `${OUTPUT}${name}-changed.svg`;
  mkdirSync(OUTPUT, { recursive: true });
  if (!existsSync(file)) {
    if (process.env.CI) {
      writeFileSync(changed, actual);
      expect.fail(
        `test/output/${name}.svg is missing; snapshots are not written in CI (see ${name}-changed.svg)`,
      );
    }
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, "utf8");
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(
    `test/output/${name}.svg changed; the new output is in ${name}-changed.svg\n${firstDifference(actual, expected)}`,
  );
}

import { describe, expect, it } from "vitest";
import { startChecker } from "./checkParallel.ts";

/**
 * Six files of equal size (padded with spaces): this thread checks the first three, the worker the last three
 * (half of the bytes). Board file 8 (second half) has a wrong shape; with `first`, board file 1 (first half) too.
 */
function files(first: boolean): Map<string, string> {
  const pad = (s: string) => s.padEnd(32, " ");
  return new Map([
    ["sectors.json", pad("[]")],
    first ? ["boards/1.json", pad("{}")] : ["peers.json", pad('{"boards":[],"indicators":{}}')],
    ["swvs.json", pad("[]")],
    ["boards.json", pad("[]")],
    ["values.json", pad("{}")],
    ["boards/8.json", pad("{}")],
  ] as [string, string][]);
}
const valid = () => new Map([...files(false)].filter(([p]) => !p.startsWith("boards/")));

describe("startChecker", () => {
  it("passes valid files, in one thread and in two", async () => {
    await expect(startChecker(1).check(valid())).resolves.toBeUndefined();
    await expect(startChecker(2).check(valid())).resolves.toBeUndefined();
  });

  it("stops with the first failing file in order, whichever thread checked it", async () => {
    for (const threads of [1, 2]) {
      const both = await startChecker(threads)
        .check(files(true))
        .catch((x: unknown) => x);
      expect(String(both)).toContain("data/derived/boards/1.json does not match its schema");
      const late = await startChecker(threads)
        .check(files(false))
        .catch((x: unknown) => x);
      expect(String(late)).toContain("data/derived/boards/8.json does not match its schema");
    }
  });
});

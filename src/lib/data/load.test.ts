import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../../../test/helpers/fixtures.ts";
import { SourceError } from "./errors.ts";
import { sourceReader, type SourceStats } from "./load.ts";
import { loadManifest } from "./manifest.ts";
import { balanceSpec, vestigingListSpec } from "./specs.ts";

const manifest = loadManifest("data/sources.json");
const rawDir = mkdtempSync(join(tmpdir(), "load-test-"));
beforeAll(() => {
  writeFileSync(join(rawDir, "po-balans.csv"), fixture("po-balans.csv", { encoding: "windows-1252" }));
  writeFileSync(join(rawDir, "po-vestigingen-2020.csv"), fixture("po-vestigingen.csv"));
});
afterAll(() => rmSync(rawDir, { recursive: true, force: true }));

describe("sourceReader", () => {
  it("sourceReader(manifest, rawDir, stats) reads a source by id and records its statistics", () => {
    const stats: SourceStats[] = [];
    const read = sourceReader(manifest, rawDir, stats);
    expect(read("po-balans", balanceSpec).map((r) => [r.board, r.year])).toEqual([
      ["41001", 2015],
      ["41001", 2014],
      ["50001", 2015],
    ]);
    read("po-vestigingen-2020", vestigingListSpec);
    expect(stats.every((s) => typeof s.ms === "number" && s.ms >= 0)).toBe(true);
    expect(
      stats.map(({ rejected, ms: _ms, ...s }) => ({ ...s, rejected: rejected.map((r) => r.line) })),
    ).toEqual([
      {
        id: "po-balans",
        file: "po-balans.csv",
        encoding: "windows-1252",
        rowsRead: 3,
        rowsKept: 3,
        rejected: [],
      },
      {
        id: "po-vestigingen-2020",
        file: "po-vestigingen-2020.csv",
        encoding: "utf-8",
        rowsRead: 8,
        rowsKept: 5,
        rejected: [6, 7, 8],
      },
    ]);
  });

  it("sourceReader(manifest, rawDir, stats) throws a SourceError with the official URL for a missing file", () => {
    const read = sourceReader(manifest, rawDir, []);
    const url = manifest.sources.find((s) => s.id === "po-baten-lasten")!.url;
    expect(() => read("po-baten-lasten", balanceSpec)).toThrow(SourceError);
    expect(() => read("po-baten-lasten", balanceSpec)).toThrow(
      `${join(rawDir, "po-baten-lasten.csv")}: source file is missing (run the fetch step; official URL: ${url})`,
    );
  });

  it("sourceReader(manifest, rawDir, stats) throws for an unknown source id", () => {
    expect(() => sourceReader(manifest, rawDir, [])("no-such-source", balanceSpec)).toThrow(
      "unknown source id no-such-source",
    );
  });
});

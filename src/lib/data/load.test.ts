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
    // The fixture holds one bad row of each kind (5 of 8 rejected): far above the default share, so allowed here.
    read("po-vestigingen-2020", {
      ...vestigingListSpec,
      maxRejected: { share: 1, reason: "a test fixture" },
    });
    expect(stats.every((s) => typeof s.ms === "number" && s.ms >= 0)).toBe(true);
    expect(
      stats.map(({ rejected, ms: _ms, parts: _parts, ...s }) => ({
        ...s,
        rejected: rejected.map((r) => r.line),
      })),
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
        rowsKept: 3,
        rejected: [2, 6, 7, 8, 9],
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

  it("sourceReader(manifest, rawDir, stats) names rejected rows by the file's path in the source folder", () => {
    const stats: SourceStats[] = [];
    sourceReader(
      manifest,
      rawDir,
      stats,
    )("po-vestigingen-2020", {
      ...vestigingListSpec,
      maxRejected: { share: 1, reason: "a test fixture" },
    });
    expect(stats[0]!.rejected.map((r) => r.file)).toEqual(
      Array(5).fill("duo-po-vo-2019/alle-vestigingen-bo.csv"),
    );
  });

  it("sourceReader(manifest, rawDir, stats) stops on more rejected rows than allowed, naming the DUO file and the local copy", () => {
    const read = sourceReader(manifest, rawDir, []);
    expect(() => read("po-vestigingen-2020", vestigingListSpec)).toThrow(SourceError);
    expect(() => read("po-vestigingen-2020", vestigingListSpec)).toThrow(
      "duo-po-vo-2019/alle-vestigingen-bo.csv:2:5: 5 of 8 rows rejected (62.5%, more than the 5% allowed): " +
        "the file as a whole is not trusted; first at line 2: conflicting duplicate key 01AA01AA00",
    );
    expect(() => read("po-vestigingen-2020", vestigingListSpec)).toThrow(
      `(source po-vestigingen-2020, read from ${join(rawDir, "po-vestigingen-2020.csv")})`,
    );
    const why = { ...vestigingListSpec, maxRejected: { share: 0.5, reason: "the 2020 list repeats rows" } };
    expect(() => read("po-vestigingen-2020", why)).toThrow(
      "more than the 50% allowed because the 2020 list repeats rows",
    );
  });

  it("sourceReader(manifest, rawDir, stats) rejects rows whose year lies outside the manifest's period", () => {
    // po-balans states years 2011-2015 in data/sources.json.
    const dir = mkdtempSync(join(tmpdir(), "load-period-"));
    try {
      const text = new TextDecoder().decode(fixture("po-balans.csv")).replace(";2014;", ";2031;");
      writeFileSync(join(dir, "po-balans.csv"), text);
      const stats: SourceStats[] = [];
      const rows = sourceReader(
        manifest,
        dir,
        stats,
      )("po-balans", {
        ...balanceSpec,
        maxRejected: { share: 0.5, reason: "three rows" },
      });
      expect(rows.map((r) => r.year)).toEqual([2015, 2015]);
      expect(stats[0]!.rejected).toMatchObject([
        { line: 3, column: 4, field: "JAAR", reason: "year 2031 lies outside the file's period 2011-2015" },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

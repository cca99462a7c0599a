import { z } from "zod";
import { describe, expect, it } from "vitest";
import {
  BoardSchema,
  checkDerived,
  PointSchema,
  schemaOf,
  SeriesSchema,
  SectorStatSchema,
} from "./derivedSchema.ts";

describe("derived data contract", () => {
  it("a point of the wrong shape fails, naming the file and the path", () => {
    const good = { indicator: "leerlingen", sector: "po", year: 2020, n: 3, missing: {} };
    expect(checkDerived(SectorStatSchema, "data/derived/sectors.json", good)).toEqual(good);
    expect(() => checkDerived(SectorStatSchema, "data/derived/sectors.json", { ...good, n: "3" })).toThrow(
      /data\/derived\/sectors\.json: n: /,
    );
    expect(() => checkDerived(PointSchema, "x.json", { year: 2020, value: 1, extra: true })).toThrow(
      /x\.json: \(root\): Unrecognized key/,
    );
    expect(() =>
      checkDerived(z.array(SeriesSchema), "data/derived/boards/1.json", [
        { indicator: "a", sector: "po", points: [{ year: 2020, missing: "gone" }] },
      ]),
    ).toThrow(/boards\/1\.json: 0\.points\.0\.missing/);
  });

  it("every file of data/derived has a schema; an unknown file fails", () => {
    for (const f of [
      "registry.json",
      "boards.json",
      "swvs.json",
      "sectors.json",
      "values.json",
      "peers.json",
      "coverage.json",
    ])
      expect(schemaOf(f)).toBeDefined();
    expect(schemaOf("boards/12345.json")).toBe(BoardSchema);
    expect(() => schemaOf("other.json")).toThrow(/no schema/);
  });
});

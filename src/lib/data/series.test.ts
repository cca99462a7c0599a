import { describe, expect, it } from "vitest";
import { addCells, put, ratioPoint, round, Sum, type SeriesMap } from "./series.ts";

describe("ratioPoint", () => {
  it("ratioPoint(year, num, den, scale) divides and scales", () => {
    expect(ratioPoint(2015, 5_532_042, 8_602_308)).toEqual({ year: 2015, value: 5_532_042 / 8_602_308 });
    expect(ratioPoint(2015, 55, 22_277, 100, { n: 22_277 })).toEqual({
      year: 2015,
      value: (55 / 22_277) * 100,
      n: 22_277,
    });
  });

  it("ratioPoint(year, num, den) carries a missing numerator's reason and never returns 0", () => {
    expect(ratioPoint(2014, { missing: "not-reported" }, 100)).toEqual({
      year: 2014,
      missing: "not-reported",
    });
    expect(ratioPoint(2014, { missing: "suppressed-small" }, 0)).toEqual({
      year: 2014,
      missing: "suppressed-small",
    });
  });

  it("ratioPoint(year, num, den) carries a missing denominator's reason", () => {
    expect(ratioPoint(2014, 10, { missing: "suppressed" })).toEqual({ year: 2014, missing: "suppressed" });
  });

  it("ratioPoint(year, num, den) is not-in-source when an input is undefined", () => {
    expect(ratioPoint(2013, undefined, 10)).toEqual({ year: 2013, missing: "not-in-source" });
    expect(ratioPoint(2013, 10, undefined, 100, { n: 3 })).toEqual({
      year: 2013,
      missing: "not-in-source",
      n: 3,
    });
  });

  it("ratioPoint(year, num, 0) is missing division-by-zero, also for 0 ÷ 0", () => {
    expect(ratioPoint(2015, 7, 0)).toEqual({ year: 2015, missing: "division-by-zero" });
    expect(ratioPoint(2015, 0, 0, 100)).toEqual({ year: 2015, missing: "division-by-zero" });
  });

  it("ratioPoint(year, 0, den) is a real 0", () => {
    expect(ratioPoint(2015, 0, 40, 100)).toEqual({ year: 2015, value: 0 });
  });
});

describe("addCells", () => {
  it("addCells(...cells) adds numbers", () => {
    expect(addCells(5_532_042, 538_295)).toBe(6_070_337);
    expect(addCells()).toBe(0);
  });

  it("addCells(...cells) returns the first missing cell instead of a partial sum", () => {
    expect(addCells(4_000_000, { missing: "not-reported" }, { missing: "suppressed" })).toEqual({
      missing: "not-reported",
    });
  });

  it("addCells(...cells) returns undefined when a cell is absent", () => {
    expect(addCells(1, undefined, 2)).toBeUndefined();
  });
});

describe("Sum", () => {
  it("Sum.add(c) totals numbers and counts suppressed, empty and absent cells as gaps, never as 0", () => {
    const s = new Sum();
    for (const c of [12, { missing: "suppressed-small" as const }, 3, { missing: "suppressed" as const }])
      s.add(c);
    s.add({ missing: "not-reported" });
    s.add(undefined);
    expect({ total: s.total, known: s.known, suppressed: s.suppressed, missing: s.missing }).toEqual({
      total: 15,
      known: 2,
      suppressed: 2,
      missing: 4,
    });
    expect(s.incomplete).toBe(true);
  });

  it("Sum.toPoint(year) gives the sum when every part is known", () => {
    const s = new Sum();
    s.add(3);
    s.add(4);
    expect(s.toPoint(2020)).toEqual({ year: 2020, value: 7 });
  });

  it("Sum.toPoint(year) makes a sum with no known part missing (the shared reason), never 0", () => {
    const small = new Sum();
    small.add({ missing: "suppressed-small" });
    small.add({ missing: "suppressed-small" });
    expect(small.toPoint(2020)).toEqual({ year: 2020, missing: "suppressed-small" });
    const mixed = new Sum();
    mixed.add({ missing: "suppressed-small" });
    mixed.add({ missing: "not-reported" });
    expect(mixed.toPoint(2020)).toEqual({ year: 2020, missing: "incomplete" });
    expect(new Sum().toPoint(2020)).toEqual({ year: 2020, missing: "not-in-source" });
  });

  it("Sum.toPoint(year, unit) marks a sum with a suppressed, empty or rejected part as a lower bound with the reason", () => {
    const s = new Sum();
    s.add(100);
    s.add({ missing: "suppressed-small" });
    expect(s.toPoint(2020)).toEqual({
      year: 2020,
      value: 100,
      lowerBound: true,
      note: "niet meegeteld: 1 vestiging(en) afgeschermd (<5)",
    });
    s.add({ missing: "not-reported" });
    s.addRejected();
    expect(s.toPoint(2020, "school/scholen", { note: "bao en speciaal samen", source: "x" })).toEqual({
      year: 2020,
      value: 100,
      lowerBound: true,
      source: "x",
      note: "bao en speciaal samen; niet meegeteld: 3 school/scholen (1 niet gerapporteerd, 1 rij afgekeurd, 1 afgeschermd (<5))",
    });
  });

  it("Sum.merge(other) carries the other sum's gaps, so a vestiging's partial sum keeps its board total a lower bound", () => {
    const vest = new Sum();
    vest.add(12);
    vest.add({ missing: "suppressed" });
    const board = new Sum();
    board.add(30);
    board.merge(vest);
    expect(board.toPoint(2016)).toMatchObject({ value: 42, lowerBound: true });
  });
});

describe("round and put", () => {
  it("round(v, decimals) rounds to fixed decimals and never gives -0", () => {
    expect(round(0.70566375907, 4)).toBe(0.7057);
    expect(round(91.4868105515, 3)).toBe(91.487);
    expect(Object.is(round(-0.00001, 2), 0)).toBe(true);
  });

  it("put(map, id, point) creates the board's year map and replaces a year", () => {
    const m: SeriesMap = new Map();
    put(m, "41001", { year: 2015, value: 1 });
    put(m, "41001", { year: 2016, value: 2 });
    put(m, "41001", { year: 2015, value: 3 });
    expect([...m.get("41001")!.values()]).toEqual([
      { year: 2015, value: 3 },
      { year: 2016, value: 2 },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import type { Tables } from "./load.ts";
import { bovenschoolsSeries, fteSeries } from "./staff.ts";
import type { Cell } from "./values.ts";

type Row<K extends keyof Tables> = Tables[K] extends (infer R)[] ? R : never;
const BLANK: Cell = { missing: "not-reported" };

const mix = (
  sectorCode: "1" | "2" | "3" | "4",
  board: string,
  year: number,
  v: Partial<Row<"functiemix">>,
): Row<"functiemix"> => ({
  sectorCode,
  year,
  board,
  name: `Bestuur ${board}`,
  pupils: BLANK,
  fteTotal: BLANK,
  fteManager: BLANK,
  fteOp: BLANK,
  fteOop: BLANK,
  line: 1,
  ...v,
});

describe("fteSeries", () => {
  it("fteSeries(rows) adds a po board's bao and speciaal rows, keeps vo apart and leaves mbo out", () => {
    const s = fteSeries([
      mix("1", "30000", 2017, { pupils: 1000, fteTotal: 80, fteOp: 60, fteOop: 12, fteManager: 8 }),
      mix("2", "30000", 2017, { pupils: 100, fteTotal: 30, fteOp: 20, fteOop: 8, fteManager: 2 }),
      mix("3", "41211", 2017, { pupils: 1500, fteTotal: 120, fteOp: 100, fteOop: 15, fteManager: 5 }),
      mix("4", "25000", 2017, { pupils: 9000, fteTotal: 700, fteOp: 500, fteOop: 150, fteManager: 50 }),
    ]);
    expect(s["fte-totaal"]!.po.get("30000")!.get(2017)).toEqual({
      year: 2017,
      value: 110,
      note: "bao en speciaal onderwijs samen",
    });
    expect(s["leerling-leraarratio"]!.po.get("30000")!.get(2017)!.value).toBeCloseTo(1100 / 80);
    expect(s["leerling-leraarratio"]!.vo.get("41211")!.get(2017)).toEqual({ year: 2017, value: 15, n: 1500 });
    expect(s["fte-totaal"]!.po.has("25000") || s["fte-totaal"]!.vo.has("25000")).toBe(false);
  });

  it("fteSeries(rows) never counts a blank FTE cell as 0: with a second row's number the sum is a lower bound", () => {
    const s = fteSeries([
      mix("1", "30001", 2016, { pupils: 500, fteTotal: BLANK, fteOp: 30 }),
      mix("2", "30001", 2016, { pupils: 50, fteTotal: 10, fteOp: 5 }),
    ]);
    expect(s["fte-totaal"]!.po.get("30001")!.get(2016)).toEqual({
      year: 2016,
      value: 10,
      lowerBound: true,
      note: "bao en speciaal onderwijs samen; niet meegeteld: 1 onderdeel/onderdelen (bao, speciaal) niet gerapporteerd",
    });
    expect(s["fte-op"]!.po.get("30001")!.get(2016)!.value).toBe(35);
  });

  it("fteSeries(rows) marks a ratio over 0 FTE as not computable, not as 0 or infinity", () => {
    const s = fteSeries([mix("3", "41000", 2010, { pupils: 100, fteOp: 0 })]);
    expect(s["leerling-leraarratio"]!.vo.get("41000")!.get(2010)).toMatchObject({
      missing: "division-by-zero",
    });
  });
});

describe("bovenschoolsSeries", () => {
  it("bovenschoolsSeries(rows) reads an empty cell (DUO's `*`) as suppressed, and a real 0 as 0", () => {
    const s = bovenschoolsSeries([
      { year: 2016, board: "40378", type: "BAO", persons: 77, line: 2 },
      { year: 2017, board: "40378", type: "BAO", persons: BLANK, line: 3 },
      { year: 2017, board: "10249", type: "BAO", persons: 0, line: 4 },
    ]);
    expect([...s.get("40378")!.values()]).toEqual([
      { year: 2016, value: 77 },
      { year: 2017, missing: "suppressed" },
    ]);
    expect(s.get("10249")!.get(2017)).toEqual({ year: 2017, value: 0 });
  });
});

import { describe, expect, it } from "vitest";
import { schoolwegingSeries } from "./build.ts";
import type { Tables } from "./load.ts";

type Row = Tables["schoolweging"] extends Map<number, (infer R)[]> ? R : never;
const row = (board: string, vest: string, weging: number, pupils: number, unreliable = false): Row => ({
  brin: vest.slice(0, 4),
  vest: { number: vest.slice(4), unreliable },
  board,
  weging,
  pupils,
  line: 6,
});

describe("schoolwegingSeries", () => {
  it("schoolwegingSeries(byYear) takes the pupil-weighted mean over a board's vestigingen per year", () => {
    const s = schoolwegingSeries(
      new Map([
        [2017, [row("41646", "00AP00", 30, 100), row("41646", "00AV00", 20, 300)]],
        [2019, [row("41646", "00AP00", 28, 100)]],
      ]),
    );
    expect([...s.get("41646")!.values()]).toEqual([
      { year: 2017, value: 22.5, n: 400 },
      { year: 2019, value: 28, n: 100 },
    ]);
  });
  it("schoolwegingSeries(byYear) keeps a weging on fewer than 40 observations and says so in a note", () => {
    const s = schoolwegingSeries(
      new Map([[2018, [row("41797", "00AR00", 29, 30, true), row("41797", "00AR01", 31, 90)]]]),
    );
    expect(s.get("41797")!.get(2018)).toEqual({
      year: 2018,
      value: 30.5,
      n: 120,
      note: "1 vestiging(en) met minder dan 40 waarnemingen: mogelijk niet betrouwbaar",
    });
  });
});

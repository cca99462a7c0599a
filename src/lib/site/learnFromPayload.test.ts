import { describe, expect, it } from "vitest";
import type { LearnFromFile } from "../data/learnFrom.ts";
import { indicator } from "../data/registry.ts";
import { learnFromPayload } from "./learnFromPayload.ts";

const file: LearnFromFile = {
  boards: {
    "1": {
      "slaagpercentage|vo": {
        kind: "better",
        year: 2023,
        n: 95,
        threshold: 93.93,
        margin: 1.19,
        items: [{ id: "2", value: 95.8 }],
      },
      "solvabiliteit-1|vo": {
        kind: "differ",
        year: 2024,
        n: 20,
        margin: 0.05,
        items: [{ id: "2", value: 0.2 }],
      },
      "vsv|vo": { kind: "old", year: 2015 },
      "onbekend|vo": { kind: "better", year: 2023, items: [{ id: "2", value: 1 }] },
    },
  },
  contacts: {},
  profiles: {},
  counts: [],
};
const board = {
  id: "1",
  sizeClass: { vo: "vo-2" },
  series: [{ indicator: "solvabiliteit-1", sector: "vo" as const, points: [{ year: 2024, value: 0.6 }] }],
};
const def = (id: string) => {
  try {
    return indicator(id);
  } catch {
    return undefined;
  }
};
const payload = learnFromPayload(
  file,
  board,
  def,
  (id) => `Stichting ${id}`,
  () => "1.000 tot 2.500 leerlingen",
);

describe("learnFromPayload", () => {
  it("keeps only lists that name boards, for indicators the registry knows", () => {
    expect(Object.keys(payload)).toEqual(["slaagpercentage|vo", "solvabiliteit-1|vo"]);
  });
  it("carries the board page's wording (the main list)", () => {
    const e = payload["slaagpercentage|vo"]!;
    expect(e.kind).toBe("better");
    expect(e.summary).toBe("Leer van: 1 vergelijkbaar bestuur met een gunstiger waarde in 2023-2024");
    expect(e.items.map((i) => i.id)).toEqual(["2"]);
    expect(e.items[0]!.after).toBe(" heeft op dit cijfer een gunstiger waarde in 2023-2024: 95,8%.");
    expect(e.rule).toContain("geen rangorde");
  });
  it("takes the board's own value of the entry's year for the direction of a difference", () => {
    expect(payload["solvabiliteit-1|vo"]!.items[0]!.after).toContain("lager dan dit bestuur");
  });
  it("is empty for a board without entries", () => {
    expect(
      learnFromPayload(
        file,
        { ...board, id: "9" },
        def,
        () => undefined,
        () => undefined,
      ),
    ).toEqual({});
  });
});

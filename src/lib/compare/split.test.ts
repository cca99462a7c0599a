import { describe, expect, it } from "vitest";
import type { PeerFile } from "../data/output.ts";
import { emptyCriteria } from "./peers.ts";
import { keysFor, partName, splitPeers } from "./split.ts";
import type { CompareState } from "./state.ts";

const FILE: PeerFile = {
  boards: [
    { id: "10001", n: "A", s: ["po"], c: { po: "po-1" }, w: [], a: true },
    { id: "10002", n: "B", s: ["po", "vo"], c: { po: "po-1", vo: "vo-1" }, w: [], a: true },
  ],
  indicators: {
    "vsv|vo": { years: [2020], rows: [[1, 2]] },
    "leerlingen|po": { years: [2020, 2021], rows: [[0, 100, null]] },
  },
};
const state = (s: Partial<CompareState>): CompareState => ({
  mode: "grootte",
  k: 20,
  criteria: emptyCriteria("po"),
  indicators: ["leerlingen"],
  ...s,
});

describe("splitPeers", () => {
  it("splitPeers(file) gives the boards, the sorted keys and one part per key; put together, the same file", () => {
    const { boards, parts } = splitPeers(FILE);
    expect(boards.keys).toEqual(["leerlingen|po", "vsv|vo"]);
    expect({ boards: boards.boards, indicators: Object.fromEntries(parts) }).toEqual(FILE);
    expect(partName("leerlingen|po")).toBe("leerlingen-po.json");
  });
});

describe("keysFor", () => {
  const available = new Set([
    "leerlingen|po",
    "achterstandsscore|po",
    "aandeel-speciaal|po",
    "solvabiliteit-2|po",
  ]);
  it("keysFor(state, sector, available) is the chosen indicators that exist, once each", () => {
    expect(keysFor(state({ indicators: ["leerlingen", "leerlingen", "vsv"] }), "po", available)).toEqual([
      "leerlingen|po",
    ]);
  });
  it("keysFor(...) adds pupils and achterstand for ranges of an own group, the features for similar boards", () => {
    const c = { ...emptyCriteria("po"), pupilsMin: 100, achterstandMax: 30 };
    expect(
      keysFor(state({ mode: "eigen", indicators: ["solvabiliteit-2"], criteria: c }), "po", available),
    ).toEqual(["solvabiliteit-2|po", "leerlingen|po", "achterstandsscore|po"]);
    expect(keysFor(state({ mode: "vergelijkbaar", indicators: [] }), "po", available)).toEqual([
      "leerlingen|po",
      "achterstandsscore|po",
      "aandeel-speciaal|po",
    ]);
  });
});

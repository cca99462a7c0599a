import { describe, expect, it } from "vitest";
import type { SeriesOut } from "../data/build.ts";
import { indicator, type IndicatorDef } from "../data/registry.ts";
import { indicatorView, signalView } from "./indicatorView.ts";

const below = indicator("solvabiliteit-2"); // signal when below 0,30; higher is better
const above = indicator("huisvestingsratio"); // signal when above 10%; lower is better

const series = (def: IndicatorDef, value: number): SeriesOut =>
  ({ indicator: def.id, sector: "po", points: [{ year: 2023, value }] }) as unknown as SeriesOut;

describe("signalView", () => {
  it("signalView(v, def) with `when: below` says 'boven … geen signaal' for a value above the line", () => {
    expect(signalView(0.81, below)).toEqual({
      crossed: false,
      short: "boven de signaleringswaarde van de inspectie (0,30): geen signaal",
      brief: "boven de signaleringswaarde (0,30): geen signaal",
      text: "Boven de signaleringswaarde van de inspectie (0,30): geen signaal.",
    });
  });

  it("signalView(v, def) with `when: below` says 'onder … signaal' for a value below the line", () => {
    const s = signalView(0.12, below)!;
    expect(s.crossed).toBe(true);
    expect(s.short).toBe("onder de signaleringswaarde van de inspectie (0,30): signaal");
    expect(s.text).toMatch(
      /^Onder de signaleringswaarde van de inspectie \(0,30\): signaal\. .*geen oordeel\.$/,
    );
  });

  it("signalView(v, def) with `when: above` turns it round: above is the signal", () => {
    expect(signalView(14, above)!.short).toBe(
      "boven de signaleringswaarde van de inspectie tot 2020 (10,0%): signaal",
    );
    expect(signalView(6, above)!.short).toBe(
      "onder de signaleringswaarde van de inspectie tot 2020 (10,0%): geen signaal",
    );
  });

  it("signalView(v, def) puts the value inside a label's own brackets", () => {
    const s = signalView(-18.8, indicator("rentabiliteit"))!;
    expect(s.short).toBe(
      "onder de signaleringswaarde van de inspectie in 2011-2015 (eenjarig, −10,0%): signaal",
    );
    expect(s.brief).toBe("onder de signaleringswaarde (−10,0%): signaal");
  });

  it("signalView(v, def) exactly at the line is no signal, for both kinds", () => {
    expect(signalView(0.3, below)!.short).toMatch(/^op de .*: geen signaal$/);
    expect(signalView(10, above)!.short).toMatch(/^op de .*: geen signaal$/);
  });

  it("signalView(v, def) without a signal value is undefined", () => {
    expect(signalView(1, indicator("leerlingen"))).toBeUndefined();
  });
});

describe("indicatorView positions", () => {
  it("indicatorView(…) puts each group's position in the one form, with the group size and the board counted in", () => {
    const sorted = [0.1, 0.2, 0.25, 0.4, 0.5, 0.6, 0.7, 0.9];
    const v = indicatorView(
      "Stichting X",
      below,
      series(below, 0.5),
      [{ label: "po-besturen in 2023", sorted }],
      [],
    );
    expect(v.positions.map((p) => p.sentence)).toEqual([
      "de 4e hoogste van 8 po-besturen in 2023; in de middelste helft",
    ]);
    expect(v.signal!.short).toBe("boven de signaleringswaarde van de inspectie (0,30): geen signaal");
  });

  it("indicatorView(…) with a small group says there are too few boards", () => {
    const v = indicatorView(
      "Stichting X",
      below,
      series(below, 0.5),
      [{ label: "vergelijkbare po-besturen in 2023", sorted: [0.2, 0.5, 0.7] }],
      [],
    );
    expect(v.positions[0]!.sentence).toMatch(
      /^niet te plaatsen tussen 3 .*: te weinig vergelijkbare besturen/,
    );
  });
});

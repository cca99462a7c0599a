import { describe, expect, it } from "vitest";
import { pupilTrend, vestigingFacts } from "./vestigingFacts.ts";

describe("vestigingFacts", () => {
  it("pupilTrend(counts) gives the latest count and the earliest within five years before", () => {
    const m = new Map([
      [2015, 100],
      [2019, 120],
      [2020, 130],
      [2025, 90],
      [2026, 0],
    ]);
    expect(pupilTrend(m)).toEqual({ latest: { year: 2025, value: 90 }, then: { year: 2020, value: 130 } });
    expect(pupilTrend(new Map([[2010, 5]]))).toEqual({ latest: { year: 2010, value: 5 } });
    expect(pupilTrend(new Map([[2010, 0]]))).toBeUndefined();
  });

  it("vestigingFacts(tables) sums a vestiging's exam candidates over opleidingen and keeps <5 missing, never 0", () => {
    const empty = {
      historicPupils: [],
      voPupilsBoard: new Map(),
      voPupilsVavo: new Map(),
      eindscores: new Map(),
      schoolJudgements2018: [],
      poCurrentVestigingen: [],
      specialVestigingen: [],
      po2020Vestigingen: [],
      vo2020Vestigingen: [],
    };
    const exam = (vest: string, type: "VMBO" | "HAVO", c: number | "<5", p: number | "<5") => ({
      brin: "11AA",
      vest,
      type,
      candidates: { "2022": c === "<5" ? { missing: "suppressed-small" as const } : c, "2023": 0 },
      passed: { "2022": p === "<5" ? { missing: "suppressed-small" as const } : p, "2023": 0 },
      line: 2,
    });
    const f = vestigingFacts({
      ...empty,
      exams: [
        exam("00", "VMBO", 40, 38),
        exam("00", "HAVO", 60, 51),
        exam("00", "HAVO", "<5", "<5"),
        exam("01", "VMBO", "<5", "<5"),
      ],
    } as never);
    expect(f.get("11AA00")!.exam).toEqual({
      year: 2022,
      candidates: 100,
      passed: 89,
      rate: 89,
      suppressed: 1,
    });
    expect(f.get("11AA01")!.exam).toEqual({ year: 2022, missing: "suppressed-small" });
  });
});

import { quantileSorted } from "d3";
import { describe, expect, it } from "vitest";
import { positionIn, positionInSorted, positionSentence, type Position } from "./position.ts";

/** A small seeded PRNG (mulberry32), so the random cases are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const position = (
  p: Partial<Position> & Pick<Position, "others" | "lower" | "higher" | "equal">,
): Position => ({
  pctLower: (p.lower / p.others) * 100,
  median: 0,
  q1: 0,
  q3: 0,
  ...p,
});

describe("positionIn", () => {
  it("positionIn(value, group) counts lower, higher and equal others", () => {
    expect(positionIn(5, [1, 5, 7, 9, 3])).toEqual({
      others: 5,
      lower: 2,
      higher: 2,
      equal: 1,
      pctLower: 40,
      median: 5,
      q1: 3.5,
      q3: 6.5,
    });
  });

  it("positionIn(value, group) takes the quartiles over the group including the board (d3 R-7)", () => {
    const p = positionIn(10, [1, 2, 3])!;
    expect([p.q1, p.median, p.q3]).toEqual([1.75, 2.5, 4.75]);
  });

  it("positionIn(value, []) is undefined", () => {
    expect(positionIn(3, [])).toBeUndefined();
  });
});

describe("positionInSorted", () => {
  it("positionInSorted(value, sorted) with the board alone, or nothing, is undefined", () => {
    expect(positionInSorted(3, [3])).toBeUndefined();
    expect(positionInSorted(3, [])).toBeUndefined();
  });

  it("positionInSorted(value, sorted) counts the board's own value once, not as a tie", () => {
    expect(positionInSorted(4, [1, 4, 9])).toMatchObject({ others: 2, lower: 1, higher: 1, equal: 0 });
    expect(positionInSorted(4, [4, 4, 4])).toMatchObject({ others: 2, lower: 0, higher: 0, equal: 2 });
  });

  it("positionInSorted(value, sorted) and positionIn(value, group) agree on random data with ties", () => {
    const random = mulberry32(20_240_601);
    for (let run = 0; run < 300; run++) {
      // Few distinct values, so ties are common; sometimes the board is the minimum or maximum.
      const n = 1 + Math.floor(random() * 40);
      const distinct = 1 + Math.floor(random() * 8);
      const group = Array.from({ length: n }, () => Math.floor(random() * distinct) / 2);
      const value = Math.floor(random() * (distinct + 2)) / 2 - 0.5;
      const sorted = [...group, value].sort((a, b) => a - b);
      const a = positionIn(value, group);
      const b = positionInSorted(value, sorted);
      expect(b, `value ${value} in [${group.join(", ")}]`).toEqual(a);
      expect(a!.lower + a!.higher + a!.equal).toBe(a!.others);
    }
  });

  it("positionInSorted(value, sorted) has d3's quartiles of the whole list", () => {
    const sorted = [0.1, 0.2, 0.2, 0.35, 0.5, 0.8];
    const p = positionInSorted(0.35, sorted)!;
    expect(p.median).toBe(quantileSorted(sorted, 0.5));
    expect(p.q1).toBe(quantileSorted(sorted, 0.25));
    expect(p.q3).toBe(quantileSorted(sorted, 0.75));
    expect(p.pctLower).toBe(60);
  });
});

describe("positionSentence", () => {
  it("positionSentence(p, label, 'neutral') says 'hoger dan' from 50% lower, without a quarter", () => {
    const p = position({ others: 214, lower: 146, higher: 68, equal: 0 });
    expect(positionSentence(p, "vergelijkbare besturen", "neutral")).toBe(
      "hoger dan 68% van de 214 vergelijkbare besturen",
    );
  });

  it("positionSentence(p, label, 'neutral') says 'lager dan' with the share that is higher", () => {
    const p = position({ others: 10, lower: 3, higher: 7, equal: 0 });
    expect(positionSentence(p, "besturen", "neutral")).toBe("lager dan 70% van de 10 besturen");
  });

  it("positionSentence(p, label, dir) at exactly half says 'hoger dan 50%'", () => {
    const p = position({ others: 4, lower: 2, higher: 2, equal: 0 });
    expect(positionSentence(p, "besturen", "neutral")).toBe("hoger dan 50% van de 4 besturen");
  });

  it("positionSentence(p, label, dir) mentions ties with the Dutch number", () => {
    const p = position({ others: 1234, lower: 1000, higher: 200, equal: 34 });
    expect(positionSentence(p, "po-besturen", "neutral")).toBe(
      "hoger dan 81% van de 1.234 po-besturen (34 met dezelfde waarde)",
    );
  });

  it("positionSentence(p, label, 'higher') puts a high value in the best quarter", () => {
    const p = position({ others: 100, lower: 80, higher: 20, equal: 0 });
    expect(positionSentence(p, "besturen", "higher")).toBe(
      "hoger dan 80% van de 100 besturen; bij het beste kwart",
    );
  });

  it("positionSentence(p, label, 'higher') puts a low value in the least favourable quarter", () => {
    const p = position({ others: 100, lower: 10, higher: 90, equal: 0 });
    expect(positionSentence(p, "besturen", "higher")).toBe(
      "lager dan 90% van de 100 besturen; bij het minst gunstige kwart",
    );
  });

  it("positionSentence(p, label, 'lower') turns the quarters round: low is best", () => {
    const low = position({ others: 100, lower: 5, higher: 95, equal: 0 });
    expect(positionSentence(low, "besturen", "lower")).toBe(
      "lager dan 95% van de 100 besturen; bij het beste kwart",
    );
    const high = position({ others: 100, lower: 90, higher: 10, equal: 0 });
    expect(positionSentence(high, "besturen", "lower")).toBe(
      "hoger dan 90% van de 100 besturen; bij het minst gunstige kwart",
    );
  });

  it("positionSentence(p, label, dir) between the quarters says 'rond het midden', bounds included in the quarters", () => {
    const mid = position({ others: 100, lower: 60, higher: 40, equal: 0 });
    expect(positionSentence(mid, "besturen", "higher")).toBe(
      "hoger dan 60% van de 100 besturen; rond het midden",
    );
    const at75 = position({ others: 4, lower: 3, higher: 1, equal: 0 });
    expect(positionSentence(at75, "besturen", "higher")).toMatch(/; bij het beste kwart$/);
    const at25 = position({ others: 4, lower: 1, higher: 3, equal: 0 });
    expect(positionSentence(at25, "besturen", "higher")).toMatch(/; bij het minst gunstige kwart$/);
  });

  it("positionSentence(p, label, 'higher') with ties judges by the share strictly lower", () => {
    // 5 of 10 lower, 5 equal: "hoger dan 50%", and 50% is the middle.
    const p = position({ others: 10, lower: 5, higher: 0, equal: 5 });
    expect(positionSentence(p, "besturen", "higher")).toBe(
      "hoger dan 50% van de 10 besturen (5 met dezelfde waarde); rond het midden",
    );
  });
});

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
  it("positionSentence(p, label, 'neutral') gives the rank from the top, the group size with the board, and a neutral band", () => {
    const p = position({ others: 197, lower: 186, higher: 11, equal: 0 });
    expect(positionSentence(p, "vergelijkbare besturen", "neutral")).toBe(
      "de 12e hoogste van 198 vergelijkbare besturen; bij de hoogste 10%",
    );
  });

  it("positionSentence(p, label, 'neutral') counts from the bottom when fewer are lower, in the same form", () => {
    const p = position({ others: 9, lower: 1, higher: 8, equal: 0 });
    expect(positionSentence(p, "besturen", "neutral")).toBe(
      "de 2e laagste van 10 besturen; bij het laagste kwart",
    );
    // The 3rd of 10 is 30% from the end: not in the lowest quarter.
    const third = position({ others: 9, lower: 2, higher: 7, equal: 0 });
    expect(positionSentence(third, "besturen", "neutral")).toBe(
      "de 3e laagste van 10 besturen; in de middelste helft",
    );
  });

  it("positionSentence(p, label, dir) says 'de hoogste' and 'de laagste' without a number at the ends", () => {
    expect(
      positionSentence(position({ others: 9, lower: 9, higher: 0, equal: 0 }), "besturen", "neutral"),
    ).toBe("de hoogste van 10 besturen; bij de hoogste 10%");
    expect(
      positionSentence(position({ others: 9, lower: 0, higher: 9, equal: 0 }), "besturen", "neutral"),
    ).toBe("de laagste van 10 besturen; bij de laagste 10%");
  });

  it("positionSentence(p, label, dir) in the middle says 'in de middelste helft'", () => {
    const p = position({ others: 99, lower: 50, higher: 49, equal: 0 });
    expect(positionSentence(p, "besturen", "higher")).toBe(
      "de 50e hoogste van 100 besturen; in de middelste helft",
    );
  });

  it("positionSentence(p, label, dir) states ties once, with the Dutch number", () => {
    const p = position({ others: 1233, lower: 1000, higher: 199, equal: 34 });
    expect(positionSentence(p, "po-besturen", "neutral")).toBe(
      "de 200e hoogste van 1.234 po-besturen, gedeeld met 34 andere besturen; bij het hoogste kwart",
    );
    const one = position({ others: 9, lower: 5, higher: 3, equal: 1 });
    expect(positionSentence(one, "besturen", "neutral")).toBe(
      "de 4e hoogste van 10 besturen, gedeeld met 1 ander bestuur; in de middelste helft",
    );
  });

  it("positionSentence(p, label, dir) places a tied block by its middle, not by its best rank", () => {
    // 30 of 198 boards share the lowest value: the block runs to 15%, its middle lies in the lowest 10%.
    const p = position({ others: 197, lower: 0, higher: 168, equal: 29 });
    expect(positionSentence(p, "besturen", "lower")).toBe(
      "de laagste van 198 besturen, gedeeld met 29 andere besturen; bij de gunstigste 10%",
    );
    // 40 in the middle: the middle half, though the block's top end is in the highest quarter.
    const mid = position({ others: 197, lower: 100, higher: 58, equal: 39 });
    expect(positionSentence(mid, "besturen", "neutral")).toMatch(/; in de middelste helft$/);
  });

  it("positionSentence(p, label, dir) gives no band when more than a quarter of the group shares the value", () => {
    const p = position({ others: 904, lower: 0, higher: 86, equal: 818 });
    expect(positionSentence(p, "po-besturen in 2018", "lower")).toBe(
      "de laagste van 905 po-besturen in 2018, gedeeld met 818 andere besturen",
    );
  });

  it("positionSentence(p, label, dir) with every board equal says so", () => {
    const p = position({ others: 7, lower: 0, higher: 0, equal: 7 });
    expect(positionSentence(p, "besturen", "higher")).toBe("dezelfde waarde als alle 7 andere besturen");
  });

  it("positionSentence(p, label, dir) with fewer than 5 boards (the board counted in) gives no position", () => {
    const p = position({ others: 3, lower: 3, higher: 0, equal: 0 });
    expect(positionSentence(p, "vergelijkbare po-besturen in 2023", "higher")).toBe(
      "niet te plaatsen tussen 4 vergelijkbare po-besturen in 2023: te weinig vergelijkbare besturen (minstens 5 nodig)",
    );
    const five = position({ others: 4, lower: 4, higher: 0, equal: 0 });
    expect(positionSentence(five, "besturen", "neutral")).toBe(
      "de hoogste van 5 besturen; bij het hoogste kwart",
    );
  });

  it("positionSentence(p, label, 'higher') calls high favourable and low least favourable", () => {
    const high = position({ others: 99, lower: 95, higher: 4, equal: 0 });
    expect(positionSentence(high, "besturen", "higher")).toBe(
      "de 5e hoogste van 100 besturen; bij de gunstigste 10%",
    );
    const low = position({ others: 99, lower: 15, higher: 84, equal: 0 });
    expect(positionSentence(low, "besturen", "higher")).toBe(
      "de 16e laagste van 100 besturen; bij het minst gunstige kwart",
    );
  });

  it("positionSentence(p, label, 'lower') turns the words round: low is favourable", () => {
    const low = position({ others: 99, lower: 4, higher: 95, equal: 0 });
    expect(positionSentence(low, "besturen", "lower")).toBe(
      "de 5e laagste van 100 besturen; bij de gunstigste 10%",
    );
    const high = position({ others: 99, lower: 84, higher: 15, equal: 0 });
    expect(positionSentence(high, "besturen", "lower")).toBe(
      "de 16e hoogste van 100 besturen; bij het minst gunstige kwart",
    );
  });

  it("positionSentence(p, label, 'neutral') never judges: no 'gunstig' or 'beste'", () => {
    for (const [lower, higher] of [
      [99, 0],
      [0, 99],
      [80, 19],
      [19, 80],
      [50, 49],
    ] as const) {
      const s = positionSentence(position({ others: 99, lower, higher, equal: 0 }), "besturen", "neutral");
      expect(s).not.toMatch(/gunstig|beste|slechtste/);
      expect(s).toMatch(/hoogste|laagste/);
    }
  });
});

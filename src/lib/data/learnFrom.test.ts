import { describe, expect, it } from "vitest";
import { boardContacts, contactOf } from "./contacts.ts";
import type { BoardOut, SectorStat } from "./build.ts";
import { LEARN_RULE, learnFromFile, learnFromIndicator, learnMode, type LearnBoard } from "./learnFrom.ts";
import { peerFile, valuesIndex } from "./output.ts";
import { indicator, type Sector } from "./registry.ts";
import { peerGroup } from "../site/peerGroup.ts";

const slaag = indicator("slaagpercentage"); // higher is better, vo, current in 2023
const vsv = indicator("vsv"); // lower is better
const solv = indicator("solvabiliteit-1"); // neutral, debated
const pupils = indicator("leerlingen"); // neutral, descriptive
const NEWEST = 2025;

const mk = (id: string, extra: Partial<LearnBoard> = {}): LearnBoard => ({
  id,
  active: true,
  sectors: ["vo"],
  sizeClass: { vo: "vo-2" },
  province: "Utrecht",
  ...extra,
});

/** Twelve boards of one class with values 80, 81, … 91 (board "b80" has 80); "self" is given separately. */
function group(selfValue: number, extra: [LearnBoard, number][] = []) {
  const boards = new Map<string, LearnBoard>();
  const values = new Map<string, number>();
  for (let v = 80; v < 92; v++) {
    boards.set(`b${v}`, mk(`b${v}`, { province: v % 2 ? "Utrecht" : "Gelderland" }));
    values.set(`b${v}`, v);
  }
  const self = mk("self");
  boards.set("self", self);
  values.set("self", selfValue);
  for (const [b, v] of extra) {
    boards.set(b.id, b);
    values.set(b.id, v);
  }
  return { self, boards, values };
}

function run(
  def: typeof slaag,
  selfValue: number,
  o: { year?: number; extra?: [LearnBoard, number][]; distance?: (id: string) => number | undefined } = {},
) {
  const g = group(selfValue, o.extra);
  return learnFromIndicator({
    def,
    self: g.self,
    sector: "vo",
    year: o.year ?? 2023,
    values: g.values,
    candidate: (id) => g.boards.get(id),
    newest: NEWEST,
    distance: o.distance ?? (() => undefined),
  });
}

describe("learnFromIndicator", () => {
  it("higher is better: only boards in the best quarter and more than the margin above", () => {
    const e = run(slaag, 84)!;
    expect(e.kind).toBe("better");
    // 13 values 80..91 and 84: q3 (R-7) = 88.5 → 89, 90, 91 qualify; margin = a quarter of the IQR.
    expect(e.n).toBe(13);
    expect(e.threshold).toBe(88);
    expect(e.items!.map((i) => i.id).sort()).toEqual(["b89", "b90", "b91"].sort());
    expect(e.items!.every((i) => i.value > 84 + e.margin!)).toBe(true);
  });

  it("lower is better: the direction is respected", () => {
    const e = run(vsv, 88)!;
    expect(e.kind).toBe("better");
    expect(e.items!.every((i) => i.value <= e.threshold!)).toBe(true);
    expect(e.items!.every((i) => i.value < 88)).toBe(true);
    // The same board under "higher": nobody below it is suggested.
    expect(run(slaag, 88)!.items!.every((i) => i.value > 88)).toBe(true);
  });

  it("margin and ties: an equal value or one within the margin never counts as more favourable", () => {
    // The board itself sits at the top: others equal to it (a tie) or just below are not suggested.
    const e = run(slaag, 91)!;
    expect(e.kind).toBe("none");
    expect(e.margin).toBeGreaterThan(0);
  });

  it("a board exactly the margin above does not count; just above it does", () => {
    // No spread (all 90): the margin is one unit of the shown rounding, 0,1.
    const boards = new Map<string, LearnBoard>([["self", mk("self")]]);
    const values = new Map([["self", 90]]);
    for (let i = 0; i < 12; i++) {
      boards.set(`x${i}`, mk(`x${i}`));
      values.set(`x${i}`, 90);
    }
    const at = (edge: number) => {
      boards.set("edge", mk("edge"));
      values.set("edge", edge);
      return learnFromIndicator({
        def: slaag,
        self: mk("self"),
        sector: "vo",
        year: 2023,
        values,
        candidate: (id) => boards.get(id),
        newest: NEWEST,
        distance: () => undefined,
      })!;
    };
    expect(at(90.1)).toMatchObject({ kind: "none", margin: 0.1 });
    expect(at(90.15).items!.map((i) => i.id)).toEqual(["edge"]);
  });

  it("the margin is never smaller than one unit of the shown rounding", () => {
    const g = new Map<string, LearnBoard>();
    const values = new Map<string, number>();
    for (let i = 0; i < 12; i++) {
      g.set(`x${i}`, mk(`x${i}`));
      values.set(`x${i}`, 90); // no spread at all: IQR 0
    }
    g.set("self", mk("self"));
    values.set("self", 89.95);
    const e = learnFromIndicator({
      def: slaag,
      self: g.get("self")!,
      sector: "vo",
      year: 2023,
      values,
      candidate: (id) => g.get(id),
      newest: NEWEST,
      distance: () => undefined,
    })!;
    expect(e.margin).toBe(0.1);
    expect(e.kind).toBe("none"); // 90 shows as 90,0 and 89,95 as 90,0 (rounded): not more favourable
  });

  it("neutral indicators: no 'better' ever; debated ones list the boards that differ most", () => {
    expect(learnMode(pupils)).toBeUndefined();
    expect(run(pupils, 84)).toBeUndefined();
    expect(learnMode(solv)).toBe("debated");
    const e = run({ ...solv, currency: { kind: "years", maxAge: 99 } }, 84)!;
    expect(e.kind).toBe("differ");
    expect(e.threshold).toBeUndefined();
    // Largest difference first, on both sides.
    expect(e.items!.map((i) => i.id)).toEqual(["b91", "b90", "b89"]);
  });

  it("small groups say so", () => {
    const boards = new Map([["self", mk("self")]]);
    const values = new Map([["self", 90]]);
    for (let i = 0; i < LEARN_RULE.minGroup - 2; i++) {
      boards.set(`s${i}`, mk(`s${i}`));
      values.set(`s${i}`, 95);
    }
    const args = {
      def: slaag,
      self: mk("self"),
      sector: "vo" as Sector,
      year: 2023,
      values,
      candidate: (id: string) => boards.get(id),
      newest: NEWEST,
      distance: () => undefined,
    };
    expect(learnFromIndicator(args)).toEqual({ kind: "few", year: 2023, n: LEARN_RULE.minGroup - 1 });
    // No size class: no comparable boards at all.
    expect(learnFromIndicator({ ...args, self: mk("self", { sizeClass: {} }) })).toEqual({
      kind: "few",
      year: 2023,
      n: 1,
    });
  });

  it("old figures never point elsewhere", () => {
    // slaagpercentage may be 3 years old: 2022 is current against 2025, 2021 is not.
    expect(run(slaag, 84, { year: 2022 })!.kind).toBe("better");
    expect(run(slaag, 84, { year: 2021 })).toEqual({ kind: "old", year: 2021 });
    // An Inspectie judgement is always a dated snapshot.
    expect(run(indicator("oordeel-onvoldoende-aandeel"), 84)).toEqual({ kind: "old", year: 2023 });
  });

  it("the same comparable group as the overview: inactive boards and other classes never appear", () => {
    const extra: [LearnBoard, number][] = [
      [mk("inactive", { active: false }), 99],
      [mk("bigger", { sizeClass: { vo: "vo-3" } }), 99],
      [mk("po-only", { sectors: ["po"], sizeClass: { po: "po-2" } }), 99],
    ];
    const e = run(slaag, 84, { extra })!;
    const g = group(84, extra);
    const peers = peerGroup(g.self, "vo", g.values, (id) => g.boards.get(id))!;
    expect(e.n).toBe(peers.members.length);
    expect(e.items!.every((i) => peers.members.includes(i.id))).toBe(true);
    expect(e.items!.map((i) => i.id)).not.toContain("inactive");
  });

  it("the most alike first, at most three, and a second list of up to three in the same province", () => {
    const extra: [LearnBoard, number][] = [90, 91, 92, 93].map((v, i) => [
      mk(`top${i}`, { province: i === 3 ? "Utrecht" : "Limburg" }),
      v + 5,
    ]);
    const distance = (id: string) => (id.startsWith("top") ? Number(id.slice(3)) : undefined);
    const e = run(slaag, 84, { extra, distance })!;
    expect(e.items!.map((i) => i.id)).toEqual(["top0", "top1", "top2"]);
    expect(e.items!.length).toBe(LEARN_RULE.max);
    // 17 values: q3 = 91. In Utrecht top3 and b91 reach it (b89 does not): the most alike first.
    expect(e.threshold).toBe(91);
    expect(e.inProvince!.map((i) => i.id)).toEqual(["top3", "b91"]);
    expect(e.inProvince!.every((i) => i.sameProvince)).toBe(true);
    expect(e.inProvince![0]).toEqual({ id: "top3", value: 98, sameProvince: true });
  });

  it("the province list follows the same rule, may be empty, and is absent when the province is unknown", () => {
    // Only even b-boards (Gelderland) and none of Utrecht qualify: an empty list, not a weaker board.
    const extra: [LearnBoard, number][] = [[mk("utrecht-low", { province: "Utrecht" }), 85]];
    const g = group(84, extra);
    for (const [id, b] of g.boards) if (id.startsWith("b")) b.province = "Gelderland";
    const e = learnFromIndicator({
      def: slaag,
      self: g.self,
      sector: "vo",
      year: 2023,
      values: g.values,
      candidate: (id) => g.boards.get(id),
      newest: NEWEST,
      distance: () => undefined,
    })!;
    expect(e.kind).toBe("better");
    expect(e.inProvince).toEqual([]);
    const g2 = group(84);
    const noProvince = learnFromIndicator({
      def: slaag,
      self: mk("self", { province: undefined }),
      sector: "vo",
      year: 2023,
      values: g2.values,
      candidate: (id) => (id === "self" ? mk("self", { province: undefined }) : g2.boards.get(id)),
      newest: NEWEST,
      distance: () => undefined,
    })!;
    expect(noProvince.kind).toBe("better");
    expect(noProvince.inProvince).toBeUndefined();
    expect(noProvince.items!.some((i) => i.sameProvince)).toBe(false);
  });
});

describe("contacts", () => {
  it("formats the address and keeps DUO's website as written", () => {
    expect(
      contactOf(
        {
          board: "1",
          street: "Vondelstraat",
          houseNumber: "41",
          postcode: "1813ba",
          place: "ALKMAAR",
          website: "www.x.nl",
        },
        "vo-besturen-2023",
      ),
    ).toEqual({
      street: "Vondelstraat 41",
      postcode: "1813 BA",
      place: "Alkmaar",
      website: "www.x.nl",
      source: "vo-besturen-2023",
      list: "DUO-lijst ‘Bevoegde gezagen vo’, stand ca. medio 2023",
    });
    expect(contactOf({ board: "1" }, "po-besturen-2018")).toBeUndefined();
  });
  it("takes the newer vo list before the po list", () => {
    const c = boardContacts({
      vo: [{ board: "1", place: "UTRECHT" }],
      po: [
        { board: "1", place: "AMERSFOORT" },
        { board: "2", place: "ZEIST" },
      ],
    });
    expect(c["1"]!.place).toBe("Utrecht");
    expect(c["2"]!.source).toBe("po-besturen-2018");
  });
});

describe("learnFromFile", () => {
  // Fourteen vo boards of one class with a 2023 pass rate; board 20000 is the one that looks for others.
  const board = (i: number, rate: number, pupils: number): BoardOut =>
    ({
      id: String(20000 + i),
      name: `Stichting ${i}`,
      sectors: ["vo"],
      types: ["vo"],
      active: true,
      province: i % 2 ? "Utrecht" : "Limburg",
      swv: [],
      sizeClass: { vo: "vo-2" },
      series: [
        { indicator: "leerlingen", sector: "vo", points: [{ year: 2025, value: pupils }] },
        { indicator: "slaagpercentage", sector: "vo", points: [{ year: 2023, value: rate }] },
      ],
    }) as unknown as BoardOut;
  const boards = Array.from({ length: 14 }, (_, i) => board(i, 80 + i, 1000 + i * 100));
  const sectors = [{ indicator: "leerlingen", sector: "vo", year: 2025, n: 14 }] as SectorStat[];
  const d = {
    boards,
    sectors,
    contacts: { "20010": { place: "Utrecht", source: "vo-besturen-2023", list: "L" } },
  };
  const file = learnFromFile(d, valuesIndex(d as never), peerFile(d as never));

  it("gives every board its entries and counts them per indicator", () => {
    const e = file.boards["20000"]!["slaagpercentage|vo"]!;
    expect(e.kind).toBe("better");
    // 90-93 are in the best quarter; the most alike by pupils first (20000 has 1.000, 20010 2.000, 20013 2.300).
    expect(e.items!.map((i) => i.id)).toEqual(["20010", "20011", "20012"]);
    const c = file.counts.find((x) => x.indicator === "slaagpercentage")!;
    expect(c.boards).toBe(14);
    expect(c.better + c.none).toBe(14);
    expect(file.boards["20000"]!["leerlingen|vo"]).toBeUndefined();
  });
  it("keeps the contacts and profiles of the named boards and the boards naming them only", () => {
    expect(Object.keys(file.contacts)).toEqual(["20010"]);
    expect(file.profiles["20011"]!.vo).toEqual([{ key: "leerlingen|vo", year: 2025, value: 2100 }]);
    expect(file.profiles["20000"]!.vo).toEqual([{ key: "leerlingen|vo", year: 2025, value: 1000 }]);
    // 20012 and 20013 name nobody (no one clearly more favourable): only 20010 … 20013 have the best quarter.
    expect(file.boards["20013"]!["slaagpercentage|vo"]!.kind).toBe("none");
  });
});

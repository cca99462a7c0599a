import { describe, expect, it } from "vitest";
import type { BoardOut, Derived } from "../data/build.ts";
import { peerFile, valuesIndex } from "../data/output.ts";
import type { Sector } from "../data/registry.ts";
import { compareIndicator, defaultPeers } from "../compare/peers.ts";
import { classMembers, groupWithSelf, isPeer, peerGroup, type PeerCandidate } from "./peerGroup.ts";

// A small derived fixture, written once and read the two ways the site reads it: values.json for the board
// page, peers.json for /vergelijk/. Index: what the board is there to test.
//  A 10001 po-2, active             B 10002 po-2, active            C 10003 po-2, INACTIVE
//  D 10004 po-2, active, no value in 2023                            E 10005 po-3, active (other class)
//  F 10006 po-2 and vo-1, active    G 10007 po-2, inactive (a board page of an inactive board)
//  H 10008 no size class            I 10009 vo only
type Spec = [
  id: string,
  sectors: Sector[],
  sizeClass: Partial<Record<Sector, string>>,
  active: boolean,
  v2022?: number,
  v2023?: number,
];
const SPECS: Spec[] = [
  ["10001", ["po"], { po: "po-2" }, true, 0.4, 0.5],
  ["10002", ["po"], { po: "po-2" }, true, 0.3, 0.5],
  ["10003", ["po"], { po: "po-2" }, false, 0.2, 0.9],
  ["10004", ["po"], { po: "po-2" }, true, 0.6],
  ["10005", ["po"], { po: "po-3" }, true, 0.1, 0.2],
  ["10006", ["po", "vo"], { po: "po-2", vo: "vo-1" }, true, 0.7, 0.8],
  ["10007", ["po"], { po: "po-2" }, false, 0.35],
  ["10008", ["po"], {}, true, 0.45, 0.45],
  ["10009", ["vo"], { vo: "vo-1" }, true, 0.5, 0.5],
];

const board = ([id, sectors, sizeClass, active, v2022, v2023]: Spec): BoardOut =>
  ({
    id,
    name: `Stichting ${id}`,
    sectors,
    sizeClass,
    active,
    swv: [],
    series: sectors.map((sector) => ({
      indicator: "solvabiliteit-2",
      sector,
      points: [
        { year: 2022, ...(v2022 !== undefined ? { value: v2022 } : { missing: "not-reported" }) },
        { year: 2023, ...(v2023 !== undefined ? { value: v2023 } : { missing: "not-reported" }) },
      ],
    })),
  }) as unknown as BoardOut;

const derived = { boards: SPECS.map(board), swvs: [], sectors: [] } as unknown as Derived;
const values = valuesIndex(derived);
const file = peerFile(derived);
const candidates = new Map<string, PeerCandidate>(derived.boards.map((b) => [b.id, b]));
const KEY = "solvabiliteit-2|po";

/** The board page's group: values.json of the board's latest year, through peerGroup. */
function boardPageGroup(id: string) {
  const self = candidates.get(id)!;
  const latest = derived.boards
    .find((b) => b.id === id)!
    .series[0]!.points.filter((p) => p.value !== undefined)
    .at(-1)!;
  return peerGroup(self, "po", values[KEY]![latest.year]!, (x) => candidates.get(x));
}

/** /vergelijk/'s default group: peers.json through defaultPeers and compareIndicator, the board counted in. */
function compareDefault(id: string) {
  const bi = file.boards.findIndex((b) => b.id === id);
  const r = compareIndicator(file, KEY, bi, defaultPeers(file, bi, "po"));
  return {
    members: [id, ...r.result.values.map((v) => file.boards[v.index]!.id)].sort(),
    count: r.result.position ? r.result.position.others + 1 : 1,
  };
}

describe("peerGroup", () => {
  it("isPeer(self, other, sector): active, same sector and size class, never the board itself", () => {
    const a = candidates.get("10001")!;
    expect(isPeer(a, candidates.get("10002")!, "po")).toBe(true);
    expect(isPeer(a, a, "po")).toBe(false);
    expect(isPeer(a, candidates.get("10003")!, "po")).toBe(false); // inactive
    expect(isPeer(a, candidates.get("10005")!, "po")).toBe(false); // other size class
    expect(isPeer(a, candidates.get("10006")!, "po")).toBe(true); // po and vo, po class matches
    expect(isPeer(a, candidates.get("10009")!, "po")).toBe(false); // vo only
    expect(isPeer(candidates.get("10008")!, a, "po")).toBe(false); // no size class: no peers
  });

  it("peerGroup(…) holds the peers with a value that year and the board itself", () => {
    expect(boardPageGroup("10001")).toEqual({
      members: ["10001", "10002", "10006"],
      sorted: [0.5, 0.5, 0.8],
    });
    // An inactive board is in its own group, though not in anyone else's.
    expect(boardPageGroup("10007")!.members).toEqual(["10001", "10002", "10004", "10006", "10007"]);
    expect(boardPageGroup("10008")).toBeUndefined();
  });

  it("the board page's group and /vergelijk/'s default have the same members and counts", () => {
    for (const id of ["10001", "10002", "10004", "10006", "10007", "10003"]) {
      const page = boardPageGroup(id)!;
      const compare = compareDefault(id);
      expect(compare.members, id).toEqual(page.members);
      expect(compare.count, id).toBe(page.sorted.length);
    }
  });

  it("groupWithSelf(classMembers(…)) is peerGroup for every board, sector and year (the build's fast path)", () => {
    let groups = 0;
    for (const b of derived.boards)
      for (const sector of ["po", "vo"] as const)
        for (const year of [2022, 2023]) {
          const vals = values[`solvabiliteit-2|${sector}`]?.[year] ?? [];
          const slow = peerGroup(b, sector, vals, (x) => candidates.get(x));
          const cls = b.sizeClass[sector];
          const own = new Map(vals).get(b.id);
          if (cls === undefined || own === undefined) {
            expect(slow).toBeUndefined();
            continue;
          }
          const rows = classMembers(sector, cls, vals, (x) => candidates.get(x));
          const klass = {
            members: rows.map(([m]) => m),
            sorted: rows.map(([, v]) => v).sort((x, y) => x - y),
          };
          expect(groupWithSelf(b, own, klass)).toEqual(slow);
          groups++;
        }
    // Inactive boards (10003, 10007), a two-sector board (10006) and other classes all went through.
    expect(groups).toBeGreaterThanOrEqual(12);
  });
});

// The one vestiging index: vestiging → board per year, → municipality and province, → SWV. Built once from the
// lists that name a vestiging's board (pupil files per year, the ≈2020 lists, the current lists) and used by every
// computation that attributes a vestiging to a board, a place or an SWV.
//
// The board rule, per vestiging and year: the list nearest the year decides (ties: the later list). When that list
// does not hold the vestiging, the decision is made at school (BRIN) level: the nearest list before the year and
// the nearest list after it that hold the school must agree on the school's board (at the edge of the lists, the
// one side there is decides); when they disagree the vestiging is not attributed and is reported. A later list is
// never used to pass over an earlier one, so a later merger is not pushed back in time.
import { vestigingCode } from "./fields.ts";
import type { Tables } from "./load.ts";
import { municipalityName } from "./names.ts";
import type { Sector } from "./registry.ts";

/** Where a vestiging's board comes from: the list year, and whether the vestiging or only its school was in it. */
export interface BoardHit {
  board: string;
  listYear: number;
  via: "vestiging" | "school";
}

/** Why a vestiging could not be attributed to a board in a year. */
export interface BoardMiss {
  reason: "not-in-lists" | "neighbours-disagree";
  /** For `neighbours-disagree`: the school's board in the list before and after the year. */
  before?: { board: string; listYear: number };
  after?: { board: string; listYear: number };
}

/** The school (BRIN) part of a 6-character vestiging code. */
export const schoolOf = (vestiging: string): string => vestiging.slice(0, 4);

/** The province as the site writes it: one spelling for Friesland (DUO writes both Fryslân and Friesland). */
export const provinceName = (raw: string): string => {
  const p = raw.trim();
  return p === "Fryslân" ? "Friesland" : p;
};

/**
 * Vestiging → board lists per list year, with the rule above. A year may be fractional for an undated list
 * (≈2020 → 2020.5). Records the cases where the neighbouring lists disagree, for the coverage report.
 */
export class BoardLists {
  readonly lists: Map<number, Map<string, string>>;
  /** list year → school (BRIN) → board; a school split over two boards in one list keeps the board of most vestigingen. */
  readonly schools: Map<number, Map<string, string>>;
  private readonly years: number[];
  /** `vestiging year` → "board (list) / board (list)" for every vestiging-year not attributed because of disagreement. */
  readonly disagreements = new Map<string, string>();

  constructor(lists: Map<number, Map<string, string>>) {
    this.lists = lists;
    this.years = [...lists.keys()].sort((a, b) => a - b);
    this.schools = new Map();
    for (const [year, m] of lists) {
      const count = new Map<string, Map<string, number>>();
      for (const [code, board] of m) {
        const s = schoolOf(code);
        const c = count.get(s) ?? new Map<string, number>();
        c.set(board, (c.get(board) ?? 0) + 1);
        count.set(s, c);
      }
      const schools = new Map<string, string>();
      for (const [s, c] of count)
        schools.set(s, [...c].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0]);
      this.schools.set(year, schools);
    }
  }

  /** The list year nearest `year` (ties: the later list). */
  nearest(year: number): number | undefined {
    let best: number | undefined;
    // Years ascend, so `<=` keeps the later list on a tie.
    for (const y of this.years)
      if (best === undefined || Math.abs(y - year) <= Math.abs(best - year)) best = y;
    return best;
  }

  /** The board of `vestiging` in `year` by the rule, or why there is none. */
  resolve(vestiging: string, year: number): BoardHit | BoardMiss {
    const near = this.nearest(year);
    if (near === undefined) return { reason: "not-in-lists" };
    const direct = this.lists.get(near)!.get(vestiging);
    if (direct) return { board: direct, listYear: near, via: "vestiging" };
    const school = schoolOf(vestiging);
    let before: { board: string; listYear: number } | undefined;
    let after: { board: string; listYear: number } | undefined;
    for (const y of this.years) {
      const b = this.schools.get(y)!.get(school);
      if (!b) continue;
      if (y <= year) before = { board: b, listYear: y };
      if (y >= year && !after) after = { board: b, listYear: y };
    }
    if (!before && !after) return { reason: "not-in-lists" };
    if (before && after && before.board !== after.board)
      return { reason: "neighbours-disagree", before, after };
    // Both agree (take the nearer list year), or only one side holds the school.
    const side =
      before && after
        ? after.listYear - year <= year - before.listYear
          ? after
          : before
        : (before ?? after)!;
    return { board: side.board, listYear: side.listYear, via: "school" };
  }

  /** The board of `vestiging` in `year`, or undefined (a disagreement is recorded for the coverage report). */
  board(vestiging: string, year: number): BoardHit | undefined {
    const r = this.resolve(vestiging, year);
    if ("board" in r) return r;
    if (r.reason === "neighbours-disagree")
      this.disagreements.set(
        `${vestiging} ${year}`,
        `${r.before!.board} (${r.before!.listYear}) / ${r.after!.board} (${r.after!.listYear})`,
      );
    return undefined;
  }

  /** The recorded disagreements as coverage examples: `vestiging year: board (list) / board (list)`. */
  disagreementList(): string[] {
    return [...this.disagreements].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}: ${v}`);
  }
}

/** Wraps a plain list map (tests, older callers) as {@link BoardLists}; a BoardLists is returned as is. */
export const asBoardLists = (l: BoardLists | Map<number, Map<string, string>>): BoardLists =>
  l instanceof BoardLists ? l : new BoardLists(l);

/** The undated ≈2020 lists sit at 2020.5: never nearer than a dated list of the same year. */
export const LIST_2020 = 2020.5;
/** DUO's current lists (fetched for this snapshot) and the historic file's current board. */
export const LIST_CURRENT = 2026;
/** DUO's list of SWV members of ≈ April 2018, which names each vestiging's board. */
export const LIST_SWV_2018 = 2018.3;

type Row = { brin: string; vest: string; board: string };
const listOf = (rows: readonly Row[], into = new Map<string, string>()): Map<string, string> => {
  for (const r of rows) {
    const code = vestigingCode(r.brin, r.vest);
    if (code && !into.has(code)) into.set(code, r.board);
  }
  return into;
};

/** The VO vestiging → board lists: one per pupil file (2017-2022, 2024-2025) plus the ≈2020 vestigingen list. */
export function voBoardLists(
  t: Pick<Tables, "voPupilsBoard"> & Partial<Pick<Tables, "vo2020Vestigingen" | "voPupilsVavo">>,
): BoardLists {
  const lists = new Map<number, Map<string, string>>();
  for (const [year, rows] of [...t.voPupilsBoard, ...(t.voPupilsVavo ?? [])]) lists.set(year, listOf(rows));
  if (t.vo2020Vestigingen) lists.set(LIST_2020, listOf(t.vo2020Vestigingen));
  return new BoardLists(lists);
}

/** The PO vestiging → board lists: the pupil files 2015 and 2016 (with BRON 2016), the 2018 SWV list, ≈2020, current. */
export function poBoardLists(
  t: Partial<
    Pick<
      Tables,
      | "poPupils"
      | "bron2016"
      | "swvMembers2018"
      | "po2020Vestigingen"
      | "poCurrentVestigingen"
      | "specialVestigingen"
      | "historicPupils"
    >
  >,
): BoardLists {
  const lists = new Map<number, Map<string, string>>();
  const add = (year: number, rows: readonly Row[] | undefined) => {
    if (rows && rows.length) lists.set(year, listOf(rows, lists.get(year)));
  };
  for (const [year, rows] of t.poPupils ?? []) add(year, rows);
  add(2016, t.bron2016);
  add(LIST_SWV_2018, t.swvMembers2018);
  add(LIST_2020, t.po2020Vestigingen);
  add(LIST_CURRENT, t.poCurrentVestigingen);
  add(LIST_CURRENT, t.specialVestigingen);
  add(LIST_CURRENT, t.historicPupils);
  return new BoardLists(lists);
}

/** Where a vestiging is: municipality (display form) and province (one spelling), with the list year. */
export interface Place {
  municipality: string;
  province: string;
  listYear: number;
}

export type IndexTables = Pick<
  Tables,
  | "voPupilsBoard"
  | "vo2020Vestigingen"
  | "voPupilsVavo"
  | "poPupils"
  | "bron2016"
  | "swvMembers2018"
  | "po2020Vestigingen"
  | "poCurrentVestigingen"
  | "specialVestigingen"
  | "historicPupils"
  | "vsv2015"
>;

/** The vestiging index: board per sector and year, place, and SWV membership. */
export class VestigingIndex {
  readonly po: BoardLists;
  readonly vo: BoardLists;
  /** vestiging → list year → place. */
  private readonly places = new Map<string, Map<number, Place>>();
  private readonly swvs: Record<Sector, Map<string, { code: string; year: number }>> = {
    po: new Map(),
    vo: new Map(),
  };

  constructor(t: IndexTables, lists: { po?: BoardLists; vo?: BoardLists } = {}) {
    this.vo = lists.vo ?? voBoardLists(t);
    this.po = lists.po ?? poBoardLists(t);
    const place = (year: number, rows: readonly (Row & { municipality: string; province: string })[]) => {
      for (const r of rows) {
        const code = vestigingCode(r.brin, r.vest);
        if (!code || !r.province) continue;
        const m = this.places.get(code) ?? new Map<number, Place>();
        if (!m.has(year))
          m.set(year, {
            municipality: municipalityName(r.municipality),
            province: provinceName(r.province),
            listYear: year,
          });
        this.places.set(code, m);
      }
    };
    for (const [y, rows] of t.voPupilsBoard) place(y, rows);
    for (const [y, rows] of t.voPupilsVavo ?? []) place(y, rows);
    for (const [y, rows] of t.poPupils) place(y, rows);
    place(2016, t.bron2016);
    place(LIST_2020, [...t.po2020Vestigingen, ...t.vo2020Vestigingen]);
    place(LIST_CURRENT, [...t.poCurrentVestigingen, ...t.specialVestigingen]);

    // SWV membership: PO from DUO's 2018 list, BRON 2016 for vestigingen not in it; VO from the vsv file 2015.
    for (const r of t.swvMembers2018) {
      const c = vestigingCode(r.brin, r.vest);
      if (c) this.swvs.po.set(c, { code: r.code, year: 2018 });
    }
    for (const r of t.bron2016) {
      const c = vestigingCode(r.brin, r.vest);
      if (c && !this.swvs.po.has(c)) this.swvs.po.set(c, { code: r.swv, year: 2016 });
    }
    for (const r of t.vsv2015) {
      const c = vestigingCode(r.brin, r.vest);
      if (c) this.swvs.vo.set(c, { code: r.swv, year: 2015 });
    }
  }

  /** An index over whichever of its tables are given (the rest empty), optionally with ready lists (tests). */
  static from(
    t: Partial<IndexTables>,
    lists: {
      po?: BoardLists | Map<number, Map<string, string>>;
      vo?: BoardLists | Map<number, Map<string, string>>;
    } = {},
  ): VestigingIndex {
    const full: IndexTables = {
      voPupilsBoard: new Map(),
      vo2020Vestigingen: [],
      voPupilsVavo: new Map(),
      poPupils: new Map(),
      bron2016: [],
      swvMembers2018: [],
      po2020Vestigingen: [],
      poCurrentVestigingen: [],
      specialVestigingen: [],
      historicPupils: [],
      vsv2015: [],
      ...t,
    };
    return new VestigingIndex(full, {
      ...(lists.po ? { po: asBoardLists(lists.po) } : {}),
      ...(lists.vo ? { vo: asBoardLists(lists.vo) } : {}),
    });
  }

  /** The board of a vestiging in a year, by the rule at the top of this file. */
  board(sector: Sector, vestiging: string, year: number): BoardHit | undefined {
    return this[sector].board(vestiging, year);
  }

  /** Where a vestiging is: from the list nearest `year` (ties: the later), or the newest list when no year is given. */
  place(vestiging: string, year = Infinity): Place | undefined {
    const m = this.places.get(vestiging);
    if (!m) return undefined;
    let best: Place | undefined;
    for (const p of m.values()) {
      const d = Math.abs(p.listYear - year);
      const bd = best ? Math.abs(best.listYear - year) : Infinity;
      if (!best || d < bd || (d === bd && p.listYear > best.listYear)) best = p;
    }
    return best;
  }

  /** The SWV a vestiging belongs to, with the year of the list that says so. */
  swv(sector: Sector, vestiging: string): { code: string; year: number } | undefined {
    return this.swvs[sector].get(vestiging);
  }

  /** The SWV membership per sector (vestiging → code and year). */
  swvMap(sector: Sector): ReadonlyMap<string, { code: string; year: number }> {
    return this.swvs[sector];
  }
}

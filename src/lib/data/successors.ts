// Successors: which active board now holds the schools of a board that is no longer active. Derived from the
// vestigingen lists of several years (a vestiging code that later appears under another board moved there) and
// from DUO's list of closing and merging po schools (a school that merged into another BRIN went to that
// school's board). Pure: the caller turns the tables into observations (see successorObservations).
import { vestigingCode } from "./fields.ts";
import { HISTORY_SOURCE } from "./history.ts";
import type { Tables } from "./load.ts";
import { isNumber } from "./values.ts";

/** One list saying that a vestiging belonged to a board in a year. */
export interface Observation {
  code: string;
  board: string;
  /** The list's year (an undated list sits at a fraction, e.g. 2020.5). */
  year: number;
  /** The source id of the list. */
  source: string;
}

/** A school (BRIN) that closed, from DUO's list of closing and merging schools. */
export interface Closure {
  brin: string;
  /** The BRIN it merged into, for a merger. */
  intoBrin?: string;
  /** Closing date, yyyy-mm-dd. */
  date: string;
}

/** A board that now holds (some of) the former board's vestigingen. */
export interface Successor {
  board: string;
  /** How many of the former board's vestigingen it holds now. */
  vestigingen: number;
  /** The earliest year the data shows one of them under this board (a list year, or the year of a merger). */
  year: number;
  /** The source id of that first evidence. */
  source: string;
  /** `list`: the vestiging itself appears under the board; `fusie`: its school merged into one of the board's schools. */
  via: "list" | "fusie";
}

export interface SuccessorOut {
  /** `merger`: one board holds all that went on; `split`: several; `closed`: none (all closed or not traced). */
  kind: "merger" | "split" | "closed";
  /** Most vestigingen first. */
  successors: Successor[];
  /** The former board's vestigingen in the data. */
  total: number;
  /** Of those, closed without a successor in the data (no later list, no merger). */
  closed: number;
  /** The last year a list shows one of them under the former board. */
  lastYear: number;
}

const SOURCE_FUSIE = HISTORY_SOURCE;

/**
 * Per inactive board (a board in the observations that is not in `active`), its successors. A vestiging's
 * holder is the board of its newest observation after the former board's last; an inactive holder is followed
 * to its own single successor (cycles stop). A vestiging with no later observation whose school merged
 * (closures) goes to the board holding the school it merged into. Boards without vestigingen get no entry.
 */
export function deriveSuccessors(
  observations: readonly Observation[],
  closures: readonly Closure[],
  active: ReadonlySet<string>,
): Map<string, SuccessorOut> {
  const byCode = new Map<string, Observation[]>();
  const codesOf = new Map<string, Set<string>>();
  const codesOfBrin = new Map<string, Set<string>>();
  for (const o of observations) {
    let l = byCode.get(o.code);
    if (!l) byCode.set(o.code, (l = []));
    l.push(o);
    let s = codesOf.get(o.board);
    if (!s) codesOf.set(o.board, (s = new Set()));
    s.add(o.code);
    const brin = o.code.slice(0, 4);
    let b = codesOfBrin.get(brin);
    if (!b) codesOfBrin.set(brin, (b = new Set()));
    b.add(o.code);
  }
  for (const l of byCode.values())
    l.sort((a, b) => a.year - b.year || a.source.localeCompare(b.source) || a.board.localeCompare(b.board));
  const closureOf = new Map(closures.map((c) => [c.brin, c]));

  /** The board holding a code last, with the first observation of the code under that board. */
  const lastHolder = (code: string): { board: string; first: Observation } | undefined => {
    const l = byCode.get(code);
    if (!l?.length) return undefined;
    const board = l.at(-1)!.board;
    return { board, first: l.find((o) => o.board === board)! };
  };
  /** The board holding a school (BRIN) last: the holder of its newest-seen vestiging. */
  const schoolHolder = (brin: string): string | undefined => {
    let best: Observation | undefined;
    for (const c of codesOfBrin.get(brin) ?? []) {
      const o = byCode.get(c)!.at(-1)!;
      if (!best || o.year > best.year) best = o;
    }
    return best?.board;
  };

  const memo = new Map<string, SuccessorOut | undefined>();
  const visiting = new Set<string>();
  /** An active board standing for `board`: itself, or its single successor followed on. */
  const resolveActive = (board: string): string | undefined => {
    if (active.has(board)) return board;
    const s = successorsOf(board);
    return s?.kind === "merger" ? s.successors[0]!.board : undefined;
  };

  function successorsOf(board: string): SuccessorOut | undefined {
    if (memo.has(board)) return memo.get(board);
    if (visiting.has(board)) return undefined; // a cycle: give up on this path
    visiting.add(board);
    const codes = [...(codesOf.get(board) ?? [])].sort();
    const found = new Map<string, Successor>();
    let closed = 0;
    let lastYear = -Infinity;
    const credit = (to: string, year: number, source: string, via: Successor["via"]) => {
      const s = found.get(to);
      if (!s) found.set(to, { board: to, vestigingen: 1, year, source, via });
      else {
        s.vestigingen++;
        if (year < s.year) Object.assign(s, { year, source, via });
      }
    };
    for (const code of codes) {
      const l = byCode.get(code)!;
      const lastMine = Math.max(...l.filter((o) => o.board === board).map((o) => o.year));
      lastYear = Math.max(lastYear, Math.floor(lastMine));
      const later = l.filter((o) => o.year > lastMine && o.board !== board);
      if (later.length) {
        const holder = lastHolder(code)!;
        const to = holder.board === board ? undefined : resolveActive(holder.board);
        if (to) {
          // The first evidence under the board that holds it now (or under the inactive holder in between).
          const first = l.find((o) => o.year > lastMine && o.board === to) ?? holder.first;
          credit(to, Math.floor(first.year), first.source, "list");
          continue;
        }
      }
      const c = closureOf.get(code.slice(0, 4));
      const intoHolder = c?.intoBrin ? schoolHolder(c.intoBrin) : undefined;
      const to = intoHolder && intoHolder !== board ? resolveActive(intoHolder) : undefined;
      if (c && to) credit(to, Number(c.date.slice(0, 4)), SOURCE_FUSIE, "fusie");
      else closed++;
    }
    visiting.delete(board);
    const successors = [...found.values()].sort(
      (a, b) => b.vestigingen - a.vestigingen || a.board.localeCompare(b.board),
    );
    const out: SuccessorOut | undefined = codes.length
      ? {
          kind: successors.length === 0 ? "closed" : successors.length === 1 ? "merger" : "split",
          successors,
          total: codes.length,
          closed,
          lastYear,
        }
      : undefined;
    memo.set(board, out);
    return out;
  }

  const out = new Map<string, SuccessorOut>();
  for (const board of [...codesOf.keys()].sort()) {
    if (active.has(board)) continue;
    const s = successorsOf(board);
    if (s) out.set(board, s);
  }
  return out;
}

type ObservationTables = Pick<
  Tables,
  | "poPupils"
  | "bron2016"
  | "swvMembers2018"
  | "po2020Vestigingen"
  | "poCurrentVestigingen"
  | "specialVestigingen"
  | "historicPupils"
  | "voPupilsBoard"
  | "voPupilsVavo"
  | "vo2020Vestigingen"
>;

/**
 * Every (vestiging, board, year) the vestigingen lists state, with the list's source id. The historic pupil file
 * names each vestiging's last board, so its row counts in the last year the vestiging had pupils.
 */
export function successorObservations(t: ObservationTables): Observation[] {
  const out: Observation[] = [];
  type Row = { brin: string; vest: string; board: string };
  const add = (rows: readonly Row[], year: number, source: string) => {
    for (const r of rows) {
      const code = vestigingCode(r.brin, r.vest);
      if (code) out.push({ code, board: r.board, year, source });
    }
  };
  const poYear: Record<number, string> = {
    2015: "po-leerlingen-soort-2015",
    2016: "po-leerlingen-soort-2016",
  };
  for (const [year, rows] of t.poPupils) add(rows, year, poYear[year] ?? `po-leerlingen-soort-${year}`);
  add(t.bron2016, 2016, "po-leerlingen-bron-2016");
  add(t.swvMembers2018, 2018.3, "po-swv-instellingen-2018");
  add(t.po2020Vestigingen, 2020.5, "po-vestigingen-2020");
  add(t.poCurrentVestigingen, 2026, "po-vestigingen-actueel");
  add(t.specialVestigingen, 2026, "sbo-so-vso-vestigingen");
  for (const r of t.historicPupils) {
    const years = Object.entries(r.pupils)
      .filter(([, c]) =>
        isNumber(c) ? c > 0 : c.missing === "suppressed-small" || c.missing === "suppressed",
      )
      .map(([y]) => Number(y));
    if (years.length) add([r], Math.max(...years), "po-leerlingen-historisch");
  }
  for (const [year, rows] of t.voPupilsBoard) add(rows, year, `vo-leerlingen-bestuur-${year}`);
  for (const [year, rows] of t.voPupilsVavo ?? []) add(rows, year, `vo-leerlingen-bestuur-${year}`);
  add(t.vo2020Vestigingen, 2020.5, "vo-vestigingen-2020");
  return out;
}

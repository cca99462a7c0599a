// Indicator formulas: parsed tables → series per board (or SWV). Pure functions, one per indicator family.
import { vestigingCode } from "./fields.ts";
import type { Tables } from "./load.ts";
import { put, ratioPoint, Sum, addCells, type Point, type SeriesMap } from "./series.ts";
import { isNumber, type Cell } from "./values.ts";
import { asBoardLists, voBoardLists, type BoardLists } from "./vestigingIndex.ts";

type T = Tables;

/** Vestiging → board lists per year (the one vestiging index's lists, or a plain map in tests). */
export type VestigingBoardLists = BoardLists | Map<number, Map<string, string>>;

export { voBoardLists };

/**
 * The board of a vestiging in `year` by the vestiging index's rule (see vestigingIndex.ts): the list nearest the
 * year, else the school's board where the lists before and after the year agree; undefined otherwise.
 */
export function boardForYear(
  lists: VestigingBoardLists,
  vestiging: string,
  year: number,
): { board: string; listYear: number } | undefined {
  const hit = asBoardLists(lists).board(vestiging, year);
  return hit ? { board: hit.board, listYear: hit.listYear } : undefined;
}

const SPECIAL = new Set(["SBO", "SO", "VSO", "SO/VSO"]);

/** PO pupils, vestigingen and sbo/so/vso share per board and year from the historic file. */
export function poPupilSeries(rows: T["historicPupils"]): {
  pupils: SeriesMap;
  vestigingen: SeriesMap;
  special: SeriesMap;
} {
  const acc = new Map<string, Map<number, { all: Sum; special: Sum; vest: number }>>();
  for (const r of rows) {
    for (const [y, cell] of Object.entries(r.pupils)) {
      if (cell === 0) continue; // a closed or not yet opened vestiging
      if (!isNumber(cell) && cell.missing === "not-reported") continue;
      const year = Number(y);
      let byYear = acc.get(r.board);
      if (!byYear) acc.set(r.board, (byYear = new Map()));
      let a = byYear.get(year);
      if (!a) byYear.set(year, (a = { all: new Sum(), special: new Sum(), vest: 0 }));
      a.all.add(cell);
      a.vest++;
      if (SPECIAL.has(r.kind)) a.special.add(cell);
    }
  }
  const pupils: SeriesMap = new Map();
  const vestigingen: SeriesMap = new Map();
  const special: SeriesMap = new Map();
  for (const [board, byYear] of acc) {
    for (const [year, a] of byYear) {
      // The one rule (Sum.toPoint): every vestiging `<5` → missing, some → at least the known sum, with a note.
      put(pupils, board, a.all.toPoint(year, "vestiging(en)", a.all.known === 0 ? { n: a.vest } : {}));
      put(vestigingen, board, { year, value: a.vest });
      put(
        special,
        board,
        a.all.incomplete
          ? { year, missing: "incomplete", n: a.vest }
          : ratioPoint(year, a.special.total, a.all.total, 100),
      );
    }
  }
  return { pupils, vestigingen, special };
}

/**
 * VO pupils and vestigingen per board and year: 2017-2022 and 2024-2025 from the board files (pupils plus those
 * placed at a vavo; 2024-2025 give the two apart, a `<5` vavo count makes the total a lower bound), 2016 via the
 * nearest list.
 */
export function voPupilSeries(
  t: Pick<T, "voPupilsBoard" | "voPupils2016"> & Partial<Pick<T, "voPupilsVavo">>,
  lists: VestigingBoardLists,
): { pupils: SeriesMap; vestigingen: SeriesMap; unmapped2016: string[] } {
  const pupils: SeriesMap = new Map();
  const vestigingen: SeriesMap = new Map();
  const sums = new Map<string, { sum: Sum; source?: string }>();
  const vestCount = new Map<string, Set<string>>();
  // A part is a cell (a count, `<5`, empty) or a vestiging's own sum; missing parts never count as 0.
  const add = (board: string, year: number, part: Cell | Sum, code: string, source?: string) => {
    const key = `${board}:${year}`;
    let s = vestCount.get(key);
    if (!s) vestCount.set(key, (s = new Set()));
    s.add(code);
    let a = sums.get(key);
    if (!a) sums.set(key, (a = { sum: new Sum(), ...(source ? { source } : {}) }));
    if (part instanceof Sum) a.sum.merge(part);
    else a.sum.add(part);
  };
  for (const [year, rows] of t.voPupilsBoard) {
    for (const r of rows) {
      const code = vestigingCode(r.brin, r.vest);
      if (!code || r.total === 0) continue;
      add(r.board, year, r.total, code, `vo-leerlingen-bestuur-${year}`);
    }
  }
  for (const [year, rows] of t.voPupilsVavo ?? []) {
    for (const r of rows) {
      const code = vestigingCode(r.brin, r.vest);
      if (!code || (r.pupils === 0 && (r.vavo === 0 || !isNumber(r.vavo)))) continue;
      const source = `vo-leerlingen-bestuur-${year}`;
      add(r.board, year, r.pupils, code, source);
      if (r.vavo !== 0) add(r.board, year, r.vavo, code, source);
    }
  }
  const unmapped = new Set<string>();
  const per2016 = new Map<string, Sum>();
  for (const r of t.voPupils2016) {
    const code = vestigingCode(r.brin, r.vest);
    if (!code) continue;
    let s = per2016.get(code);
    if (!s) per2016.set(code, (s = new Sum()));
    for (const c of Object.values(r.counts)) s.add(c);
  }
  for (const [code, s] of [...per2016].sort(([a], [b]) => a.localeCompare(b))) {
    if (s.total === 0 && !s.incomplete) continue; // no pupils at this vestiging
    const hit = boardForYear(lists, code, 2016);
    if (!hit) {
      unmapped.add(code);
      continue;
    }
    add(hit.board, 2016, s, code, "vo-leerlingen-onderwijstype-2016");
  }
  for (const [key, a] of sums) {
    const [board, year] = key.split(":");
    put(pupils, board!, a.sum.toPoint(Number(year), "telling(en)", a.source ? { source: a.source } : {}));
  }
  for (const [key, set] of vestCount) {
    const [board, year] = key.split(":");
    put(vestigingen, board!, { year: Number(year), value: set.size });
  }
  return { pupils, vestigingen, unmapped2016: [...unmapped] };
}

/** Percentage change over five years; missing when either end is a lower bound or absent. */
export function changeSeries(pupils: SeriesMap, span = 5): SeriesMap {
  const out: SeriesMap = new Map();
  for (const [board, years] of pupils) {
    for (const [year, p] of years) {
      const base = years.get(year - span);
      if (!base) continue;
      if (p.lowerBound || base.lowerBound || p.value === undefined || base.value === undefined) {
        put(out, board, { year, missing: "incomplete" });
        continue;
      }
      const r = ratioPoint(year, p.value - base.value, base.value, 100);
      put(out, board, r);
    }
  }
  return out;
}

/** Share of weighted pupils (0.30 + 1.20) per board, 1 October 2016. */
export function weightSeries(rows: T["weights2016"], year = 2016): SeriesMap {
  const acc = new Map<string, { weighted: Sum; all: Sum }>();
  for (const r of rows) {
    let a = acc.get(r.board);
    if (!a) acc.set(r.board, (a = { weighted: new Sum(), all: new Sum() }));
    a.all.add(r.total);
    if (r.weight !== "0.00") a.weighted.add(r.total);
  }
  const out: SeriesMap = new Map();
  for (const [board, a] of acc) {
    put(
      out,
      board,
      a.all.incomplete
        ? { year, missing: "incomplete" }
        : ratioPoint(year, a.weighted.total, a.all.total, 100, { n: a.all.total }),
    );
  }
  return out;
}

/** Pupil-weighted mean of a per-vestiging value (e.g. distance, achterstandsscore) per board. */
export function weightedMeanSeries(
  rows: { board: string; value: Cell | undefined; weight: Cell | undefined }[],
  year: number,
  scale = 1,
): SeriesMap {
  const acc = new Map<string, { sum: number; w: number; gaps: number }>();
  for (const r of rows) {
    let a = acc.get(r.board);
    if (!a) acc.set(r.board, (a = { sum: 0, w: 0, gaps: 0 }));
    if (isNumber(r.value) && isNumber(r.weight)) {
      if (r.weight === 0) continue;
      a.sum += r.value * r.weight;
      a.w += r.weight;
    } else a.gaps++;
  }
  const out: SeriesMap = new Map();
  for (const [board, a] of acc) {
    if (a.w === 0) put(out, board, { year, missing: a.gaps > 0 ? "incomplete" : "not-in-source" });
    else
      put(out, board, {
        year,
        value: (a.sum / a.w) * scale,
        n: a.w,
        ...(a.gaps > 0 ? { note: `${a.gaps} vestiging(en) zonder waarde niet meegeteld` } : {}),
      });
  }
  return out;
}

/** Eindtoets averages per board, one series per test (CET, IEP, ROUTE8 kept apart). */
export function eindtoetsSeries(byYear: T["eindscores"]): Record<"cet" | "iep" | "route8", SeriesMap> {
  const out = { cet: new Map(), iep: new Map(), route8: new Map() } as Record<
    "cet" | "iep" | "route8",
    SeriesMap
  >;
  for (const [year, rows] of byYear) {
    for (const test of ["cet", "iep", "route8"] as const) {
      const items = rows
        .filter((r) => isNumber(r[`${test}N`]) && (r[`${test}N`] as number) > 0)
        .map((r) => ({ board: r.board, value: r[`${test}Avg`], weight: r[`${test}N`] }));
      for (const [board, years] of weightedMeanSeries(items, year))
        for (const p of years.values()) put(out[test], board, p);
    }
  }
  return out;
}

export type ExamType = "VMBO" | "HAVO" | "VWO";

/** Candidate-weighted pass rates per board and school year, overall and per type; rows with `<5` are left out and counted. */
export function examSeries(
  rows: T["exams"],
  lists: VestigingBoardLists,
): { all: SeriesMap; byType: Record<ExamType, SeriesMap>; unmapped: string[] } {
  type Acc = { cand: number; passed: number; suppressed: number };
  const acc = new Map<string, Acc>();
  const unmapped = new Set<string>();
  const bump = (key: string, cand: Cell | undefined, passed: Cell | undefined) => {
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { cand: 0, passed: 0, suppressed: 0 }));
    if (isNumber(cand) && isNumber(passed)) {
      a.cand += cand;
      a.passed += passed;
    } else a.suppressed++;
  };
  for (const r of rows) {
    const code = vestigingCode(r.brin, r.vest);
    for (const [y, cand] of Object.entries(r.candidates)) {
      if (cand === 0) continue;
      if (!isNumber(cand) && cand.missing === "not-reported") continue;
      const year = Number(y);
      const hit = code ? boardForYear(lists, code, year) : undefined;
      if (!hit) {
        unmapped.add(code ?? `${r.brin}${r.vest}`);
        continue;
      }
      const passed = r.passed[y];
      bump(`${hit.board}:${year}:ALL`, cand, passed);
      bump(`${hit.board}:${year}:${r.type}`, cand, passed);
    }
  }
  const all: SeriesMap = new Map();
  const byType: Record<ExamType, SeriesMap> = { VMBO: new Map(), HAVO: new Map(), VWO: new Map() };
  for (const [key, a] of [...acc].sort(([x], [y]) => x.localeCompare(y))) {
    const [board, y, type] = key.split(":") as [string, string, string];
    const year = Number(y);
    const notes = [
      ...(year === 2019 ? ["geen centrale examens (corona)"] : []),
      ...(a.suppressed > 0 ? [`${a.suppressed} opleiding(en) met <5 kandidaten niet meegeteld`] : []),
    ];
    const p: Point =
      a.cand === 0
        ? { year, missing: a.suppressed > 0 ? "suppressed-small" : "not-in-source" }
        : { year, value: (a.passed / a.cand) * 100, n: a.cand };
    if (notes.length) p.note = notes.join("; ");
    put(type === "ALL" ? all : byType[type as ExamType], board, p);
  }
  return { all, byType, unmapped: [...unmapped].sort() };
}

/** A rate per board from per-vestiging numerator/denominator rows mapped through the VO lists. */
export function voRateSeries(
  rows: { brin: string; vest: string; num: Cell; den: Cell }[],
  lists: VestigingBoardLists,
  year: number,
): { series: SeriesMap; unmapped: string[] } {
  const acc = new Map<string, { num: Sum; den: Sum }>();
  const unmapped: string[] = [];
  for (const r of rows) {
    const code = vestigingCode(r.brin, r.vest);
    const hit = code ? boardForYear(lists, code, year) : undefined;
    if (!hit) {
      unmapped.push(code ?? `${r.brin}${r.vest}`);
      continue;
    }
    let a = acc.get(hit.board);
    if (!a) acc.set(hit.board, (a = { num: new Sum(), den: new Sum() }));
    a.num.add(r.num);
    a.den.add(r.den);
  }
  const series: SeriesMap = new Map();
  for (const [board, a] of acc) {
    put(
      series,
      board,
      a.num.incomplete || a.den.incomplete
        ? { year, missing: "incomplete" }
        : ratioPoint(year, a.num.total, a.den.total, 100, { n: a.den.total }),
    );
  }
  return { series, unmapped: unmapped.sort() };
}

/** Groeperingen in the finance files that are samenwerkingsverbanden, not school boards. */
export const SWV_GROUPS = new Set(["SWV", "WSNS"]);

/** PO finance ratios per board and year (and the same for SWV entities, keyed by their bevoegd-gezag number). */
export function financeSeries(
  t: Pick<T, "balance" | "income" | "fundingPupils2014">,
): Record<string, SeriesMap> {
  const income = new Map(t.income.map((r) => [`${r.board}:${r.year}`, r]));
  const pupils2014 = new Map<string, Sum>();
  for (const r of t.fundingPupils2014) {
    let s = pupils2014.get(r.board);
    if (!s) pupils2014.set(r.board, (s = new Sum()));
    s.add(r.pupils);
  }
  const names = [
    "solvabiliteit-1",
    "solvabiliteit-2",
    "liquiditeit",
    "rentabiliteit",
    "weerstandsvermogen",
    "personeelslasten-aandeel",
    "huisvestingslasten-aandeel",
    "eigen-vermogen-per-leerling",
    "baten-per-leerling",
    "eigen-vermogen",
    "totaal-baten",
    "swv-eigen-vermogen",
    "swv-weerstandsvermogen",
  ];
  const out: Record<string, SeriesMap> = Object.fromEntries(names.map((n) => [n, new Map()]));
  const set = (id: string, board: string, p: Point) => put(out[id]!, board, p);
  for (const b of t.balance) {
    const y = b.year;
    const i = income.get(`${b.board}:${y}`);
    if (SWV_GROUPS.has(b.group)) {
      set(
        "swv-eigen-vermogen",
        b.board,
        isNumber(b.equity) ? { year: y, value: b.equity } : { year: y, missing: b.equity.missing },
      );
      set("swv-weerstandsvermogen", b.board, ratioPoint(y, b.equity, i?.totalIncome, 100));
      continue;
    }
    set("solvabiliteit-1", b.board, ratioPoint(y, b.equity, b.totalLiabilities));
    set("solvabiliteit-2", b.board, ratioPoint(y, addCells(b.equity, b.provisions), b.totalLiabilities));
    set("liquiditeit", b.board, ratioPoint(y, b.currentAssets, b.shortDebt));
    set("weerstandsvermogen", b.board, ratioPoint(y, b.equity, i?.totalIncome, 100));
    set(
      "eigen-vermogen",
      b.board,
      isNumber(b.equity) ? { year: y, value: b.equity } : { year: y, missing: b.equity.missing },
    );
    if (y === 2015) {
      const p = pupils2014.get(b.board);
      const den: Cell | undefined = p && !p.incomplete ? p.total : p ? { missing: "incomplete" } : undefined;
      set("eigen-vermogen-per-leerling", b.board, ratioPoint(y, b.equity, den, 1, p ? { n: p.total } : {}));
      set("baten-per-leerling", b.board, ratioPoint(y, i?.totalIncome, den, 1, p ? { n: p.total } : {}));
    }
  }
  for (const i of t.income) {
    if (SWV_GROUPS.has(i.group)) continue;
    set("rentabiliteit", i.board, ratioPoint(i.year, i.result, i.totalIncome, 100));
    set("personeelslasten-aandeel", i.board, ratioPoint(i.year, i.staffCosts, i.totalCosts, 100));
    set("huisvestingslasten-aandeel", i.board, ratioPoint(i.year, i.housingCosts, i.totalCosts, 100));
    const ti = i.totalIncome;
    set(
      "totaal-baten",
      i.board,
      isNumber(ti) ? { year: i.year, value: ti } : { year: i.year, missing: ti.missing },
    );
  }
  return out;
}

/**
 * PO staff in persons per board and year. A year in which every school of the board shows 0 between
 * non-zero years is missing (`board-level-staff`), not 0; `*` cells make the total a lower bound.
 */
export function staffSeries(rows: T["staff"]): SeriesMap {
  const acc = new Map<string, Map<number, Sum>>();
  for (const r of rows) {
    let byYear = acc.get(r.board);
    if (!byYear) acc.set(r.board, (byYear = new Map()));
    for (const [y, c] of Object.entries(r.persons)) {
      const year = Number(y);
      let s = byYear.get(year);
      if (!s) byYear.set(year, (s = new Sum()));
      s.add(c);
    }
  }
  const out: SeriesMap = new Map();
  for (const [board, byYear] of acc) {
    const years = [...byYear.keys()].sort((a, b) => a - b);
    const active = years.filter((y) => byYear.get(y)!.total > 0 || byYear.get(y)!.incomplete);
    if (active.length === 0) continue;
    const first = active[0]!;
    const last = active[active.length - 1]!;
    for (const year of years) {
      if (year < first || year > last) continue;
      const s = byYear.get(year)!;
      if (s.total === 0 && !s.incomplete) put(out, board, { year, missing: "board-level-staff" });
      // Known parts sum to 0 but some are hidden: "at least 0" says nothing, so missing.
      else if (s.total === 0)
        put(out, board, { year, missing: s.suppressed > 0 ? "suppressed" : "incomplete" });
      else put(out, board, s.toPoint(year, "school/scholen"));
    }
  }
  return out;
}

/** a ÷ b per board and year where both are exact values (no lower bounds). */
export function divideSeries(a: SeriesMap, b: SeriesMap): SeriesMap {
  const out: SeriesMap = new Map();
  for (const [board, years] of a) {
    const other = b.get(board);
    if (!other) continue;
    for (const [year, pa] of years) {
      const pb = other.get(year);
      if (!pb) continue;
      if (pa.lowerBound || pb.lowerBound) put(out, board, { year, missing: "incomplete" });
      else {
        const na: Cell | undefined = pa.value ?? (pa.missing ? { missing: pa.missing } : undefined);
        const nb: Cell | undefined = pb.value ?? (pb.missing ? { missing: pb.missing } : undefined);
        put(out, board, ratioPoint(year, na, nb));
      }
    }
  }
  return out;
}

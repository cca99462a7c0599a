// Board finance (po and vo, not SWVs) from several DUO files that overlap in years. One rule picks the source
// per board and year: DUO's own kengetallen first, then the newer file, then the older PO files; the coverage
// report counts where two files give different figures for the same board and year.
import type { Tables } from "./load.ts";
import { financeSeries, SWV_GROUPS } from "./compute.ts";
import { addCells, put, ratioPoint, type Point, type SeriesMap } from "./series.ts";
import { isNumber, type Cell } from "./values.ts";
import type { Sector } from "./registry.ts";

type T = Pick<
  Tables,
  | "balance"
  | "income"
  | "fundingPupils2014"
  | "kengetallen"
  | "balans2012"
  | "batenLasten2012"
  | "balans2015"
  | "lasten2014"
>;

/** Candidate points per indicator → board → year, in precedence order (first with a value wins). */
type Candidates = Map<string, Map<string, Map<number, (Point & { sector: Sector })[]>>>;

/** Where two sources disagree for the same indicator, board and year. */
export interface SourceDifference {
  indicator: string;
  chosen: string;
  other: string;
  compared: number;
  differ: number;
  /** Up to five cases: board, year, the figure used and the other file's figure (rounded to 4 significant digits). */
  examples: { board: string; year: number; chosen: number; other: number }[];
}

export interface FinanceOut {
  /** indicator id → sector (as the chosen file gives it) → board → year → point (with `source`). */
  series: Record<string, Record<Sector, SeriesMap>>;
  /** board → names the finance files give it, newest year first. */
  names: Map<string, { name: string; year: number; source: string }>;
  differences: SourceDifference[];
}

export const FINANCE_INDICATORS = [
  "solvabiliteit-1",
  "solvabiliteit-2",
  "liquiditeit",
  "rentabiliteit",
  "weerstandsvermogen",
  "personeelslasten-aandeel",
  "huisvestingslasten-aandeel",
  "huisvestingsratio",
  "kapitalisatiefactor",
  "personeelslasten-rijksbijdragen",
  "eigen-vermogen",
  "totaal-baten",
] as const;

/** The finance files by role, in the order of the source rule (first with a value wins). */
export const FINANCE_SOURCE = {
  kengetallen: "fin-kengetallen-2012-2016",
  balans2012: "fin-balans-2012-2016",
  batenLasten2012: "fin-baten-lasten-2012-2016",
  balans2015: "fin-balans-2015-2019",
  lasten2014: "fin-lasten-2014-2018",
  poBalans: "po-balans",
  poBatenLasten: "po-baten-lasten",
} as const;
const SOURCE = FINANCE_SOURCE;

const sectorOf = (s: string): Sector | undefined => (s === "PO" ? "po" : s === "VO" ? "vo" : undefined);
/** A cell as a point: the value, or missing with the cell's reason. */
const cellPoint = (year: number, c: Cell | undefined, scale = 1): Point =>
  c === undefined
    ? { year, missing: "not-in-source" }
    : isNumber(c)
      ? { year, value: c * scale }
      : { year, missing: c.missing };

/** The largest relative difference at which two files' figures for the same thing still agree (0.5%). */
export const AGREE_RELATIVE = 0.005;
/** Two figures for the same thing agree when they differ by at most 0.5% (relative) or 0.0005 (absolute). */
const agree = (a: number, b: number) =>
  Math.abs(a - b) <= Math.max(0.0005, AGREE_RELATIVE * Math.max(Math.abs(a), Math.abs(b)));

/**
 * Totaal lasten from the lasten file, which has no total column: the sum of its main items. A missing main item
 * makes the total missing. Doorbetalingen (an SWV item) is blank for every school board: it is not applicable, not
 * an unknown amount; checked on the real data, the four groups sum to DUO's own totaal lasten (baten-lasten
 * 2012-2016) for 4,182 of the 4,257 board-years in both files.
 */
export function lastenTotal(r: Tables["lasten2014"][number]): Cell | undefined {
  return addCells(
    r.staffCosts,
    r.depreciation,
    r.housingCosts,
    r.otherCosts,
    isNumber(r.transfers) ? r.transfers : 0,
  );
}

/** Board finance series with one source per board and year, and the differences between sources. */
export function boardFinance(t: T): FinanceOut {
  const cands: Candidates = new Map();
  const sectorOfRow = new Map<string, Sector>();
  const names = new Map<string, { name: string; year: number; source: string }>();
  const offer = (id: string, board: string, p: Point, source: string) => {
    const sector = sectorOfRow.get(`${source}|${board}|${p.year}`)!;
    let byBoard = cands.get(id);
    if (!byBoard) cands.set(id, (byBoard = new Map()));
    let byYear = byBoard.get(board);
    if (!byYear) byBoard.set(board, (byYear = new Map()));
    const list = byYear.get(p.year) ?? [];
    list.push({ ...p, source, sector });
    byYear.set(p.year, list);
  };
  const seen = (
    r: { board: string; sector?: string; group: string; name?: string | undefined; year: number },
    source: string,
    s?: Sector,
  ) => {
    const sec = s ?? sectorOf(r.sector ?? "");
    if (!sec || SWV_GROUPS.has(r.group)) return false;
    sectorOfRow.set(`${source}|${r.board}|${r.year}`, sec);
    const prev = names.get(r.board);
    if (r.name && (!prev || r.year > prev.year)) names.set(r.board, { name: r.name, year: r.year, source });
    return true;
  };

  // Precedence is the order of the offers below, per indicator.
  for (const r of t.kengetallen) {
    if (!seen(r, SOURCE.kengetallen)) continue;
    const y = r.year;
    const src = SOURCE.kengetallen;
    offer("solvabiliteit-1", r.board, cellPoint(y, r.solv1), src);
    offer("solvabiliteit-2", r.board, cellPoint(y, r.solv2), src);
    offer("liquiditeit", r.board, cellPoint(y, r.liquiditeit), src);
    offer("rentabiliteit", r.board, cellPoint(y, r.rentabiliteit, 100), src);
    offer("weerstandsvermogen", r.board, cellPoint(y, r.weerstandsvermogen, 100), src);
    offer("personeelslasten-aandeel", r.board, cellPoint(y, r.personeelLasten, 100), src);
    offer("huisvestingsratio", r.board, cellPoint(y, r.huisvestingsratio, 100), src);
    offer("kapitalisatiefactor", r.board, cellPoint(y, r.kapitalisatiefactor, 100), src);
    offer("personeelslasten-rijksbijdragen", r.board, cellPoint(y, r.personeelRijks, 100), src);
  }
  for (const r of t.balans2015) {
    if (!seen(r, SOURCE.balans2015)) continue;
    const y = r.year;
    const src = SOURCE.balans2015;
    offer("solvabiliteit-1", r.board, ratioPoint(y, r.equity, r.totalLiabilities), src);
    offer(
      "solvabiliteit-2",
      r.board,
      ratioPoint(y, addCells(r.equity, r.provisions), r.totalLiabilities),
      src,
    );
    offer("liquiditeit", r.board, ratioPoint(y, r.currentAssets, r.shortDebt), src);
    offer("eigen-vermogen", r.board, cellPoint(y, r.equity), src);
  }
  for (const r of t.balans2012) {
    if (!seen(r, SOURCE.balans2012)) continue;
    offer("eigen-vermogen", r.board, cellPoint(r.year, r.equity), SOURCE.balans2012);
  }
  for (const r of t.batenLasten2012) {
    if (!seen(r, SOURCE.batenLasten2012)) continue;
    const y = r.year;
    const src = SOURCE.batenLasten2012;
    offer("huisvestingslasten-aandeel", r.board, ratioPoint(y, r.housingCosts, r.totalCosts, 100), src);
    offer("totaal-baten", r.board, cellPoint(y, r.totalIncome), src);
  }
  for (const r of t.lasten2014) {
    if (!seen(r, SOURCE.lasten2014)) continue;
    const y = r.year;
    const src = SOURCE.lasten2014;
    const total = lastenTotal(r);
    offer("personeelslasten-aandeel", r.board, ratioPoint(y, r.staffCosts, total, 100), src);
    offer("huisvestingslasten-aandeel", r.board, ratioPoint(y, r.housingCosts, total, 100), src);
  }
  // The PO files 2011-2015 last: their ratios come from the same formulas as before (compute.ts).
  for (const r of t.balance) seen(r, SOURCE.poBalans, "po");
  for (const r of t.income) seen(r, SOURCE.poBatenLasten, "po");
  const old = financeSeries(t);
  const fromIncome = new Set([
    "rentabiliteit",
    "personeelslasten-aandeel",
    "huisvestingslasten-aandeel",
    "totaal-baten",
  ]);
  for (const id of FINANCE_INDICATORS) {
    const src = fromIncome.has(id) ? SOURCE.poBatenLasten : SOURCE.poBalans;
    for (const [board, years] of old[id] ?? new Map<string, Map<number, Point>>())
      for (const p of years.values())
        if (sectorOfRow.has(`${src}|${board}|${p.year}`)) offer(id, board, p, src);
  }

  const series: Record<string, Record<Sector, SeriesMap>> = Object.fromEntries(
    FINANCE_INDICATORS.map((id) => [id, { po: new Map(), vo: new Map() }]),
  );
  const diffs = new Map<string, SourceDifference>();
  for (const [id, byBoard] of [...cands].sort(([a], [b]) => a.localeCompare(b)))
    for (const [board, byYear] of [...byBoard].sort(([a], [b]) => a.localeCompare(b)))
      for (const [, list] of [...byYear].sort(([a], [b]) => a - b)) {
        const chosen = list.find((p) => p.value !== undefined) ?? list[0]!;
        const { sector, ...point } = chosen;
        put(series[id]![sector], board, point);
        for (const other of list) {
          if (other === chosen || other.source === chosen.source) continue;
          const a = chosen.value;
          const b = other.value;
          if (a === undefined || b === undefined) continue;
          const k = `${id}|${chosen.source}|${other.source}`;
          let d = diffs.get(k);
          if (!d)
            diffs.set(
              k,
              (d = {
                indicator: id,
                chosen: chosen.source!,
                other: other.source!,
                compared: 0,
                differ: 0,
                examples: [],
              }),
            );
          d.compared++;
          if (!agree(a, b)) {
            d.differ++;
            const r = (x: number) => (Math.abs(x) >= 1000 ? Math.round(x) : Number(x.toPrecision(4)));
            if (d.examples.length < 5)
              d.examples.push({ board, year: chosen.year, chosen: r(a), other: r(b) });
          }
        }
      }
  return { series, names, differences: [...diffs.values()] };
}

// Samenwerkingsverbanden passend onderwijs (SWVs): one record per SWV code (PO2708, VO2508) with its name, address
// and website from DUO's 2018 list, its members, pupil counts, so/vso pupils, vsv and its own finance. The 2018
// list gives each SWV's bevoegd-gezag number, which keys the SWV's rows (groepering SWV) in the finance files.
import { FINANCE_SOURCE } from "./finance.ts";
import type { SeriesOut, SwvOut } from "./build.ts";
import { SWV_GROUPS, type VestigingBoardLists } from "./compute.ts";
import { vestigingCode } from "./fields.ts";
import type { Tables } from "./load.ts";
import { cleanName, municipalityName } from "./names.ts";
import { indicator, type Sector } from "./registry.ts";
import { round, Sum, type Point } from "./series.ts";
import { isNumber, type Cell } from "./values.ts";
import { provinceName, VestigingIndex } from "./vestigingIndex.ts";

/** The tables the SWV records are built from. */
export type SwvTables = Pick<
  Tables,
  | "bron2016"
  | "vsv2015"
  | "voPupilsBoard"
  | "swvBoards2018"
  | "swvMembers2018"
  | "soVso2013"
  | "balance"
  | "income"
  | "kengetallen"
  | "balans2012"
  | "balans2015"
  | "batenLasten2012"
  | "lasten2014"
>;

/** A coverage line: what was checked, how many cases, up to ten examples (the coverage report's `joins`). */
export interface SwvJoin {
  what: string;
  count: number;
  examples: string[];
}

export interface SwvBuild {
  swvs: SwvOut[];
  /** Unmatched finance entities and, per pair of files, how often they disagree for the same SWV and year. */
  joins: SwvJoin[];
}

/** Source ids (data/sources.json) of the files the SWV figures come from. */
export const SWV_SOURCE = {
  list: "swv-besturen-2018",
  members2018: "po-swv-instellingen-2018",
  bron2016: "po-leerlingen-bron-2016",
  vsv2015: "vo-vsv-swv-2015",
  soVso2013: "swv-so-vso-2013",
  ...FINANCE_SOURCE,
} as const;

/** The date of the 2018 SWV lists, as the site states it. */
export const SWV_LIST_DATE = "stand ca. april 2018";

/** The SWV's sector from its code (`PO2708` → po). */
export const sectorOfCode = (code: string): Sector => (code.startsWith("VO") ? "vo" : "po");

/** `1185XX` → `1185 XX`; anything else unchanged. */
const postcode = (s: string | undefined) => s && s.replace(/^(\d{4})\s*([A-Z]{2})$/i, "$1 $2").toUpperCase();

/**
 * A sum of counts that never counts a missing cell as 0: all known → the sum; some missing → the sum of the
 * known ones as a lower bound with a note; none known → missing (the shared reason, else `incomplete`).
 * `unit` names what the cells are counted over, for the note ("vestiging(en)").
 */
export function countSum(year: number, cells: (Cell | undefined)[], unit = "vestiging(en)"): Point {
  const sum = new Sum();
  for (const c of cells) sum.add(c);
  return sum.toPoint(year, unit);
}

/** One file's figure for an SWV and year, as a candidate in precedence order. */
interface Candidate {
  source: string;
  cell: Cell;
  note?: string;
}

/** Counts, per indicator and pair of files, how often the chosen figure and a lower-ranked one differ. */
class Differences {
  private byKey = new Map<
    string,
    { compared: number; differ: number; examples: string[]; years: Set<number> }
  >();
  private readonly tolerance: (indicatorId: string) => number;
  constructor(tolerance: (indicatorId: string) => number) {
    this.tolerance = tolerance;
  }
  record(indicatorId: string, code: string, year: number, chosen: Candidate, others: Candidate[]): void {
    if (!isNumber(chosen.cell)) return;
    for (const o of others) {
      if (o === chosen || o.source === chosen.source || !isNumber(o.cell)) continue;
      const k = `${indicatorId}|${chosen.source}|${o.source}`;
      let d = this.byKey.get(k);
      if (!d) this.byKey.set(k, (d = { compared: 0, differ: 0, examples: [], years: new Set() }));
      d.compared++;
      d.years.add(year);
      if (Math.abs(chosen.cell - o.cell) > this.tolerance(indicatorId)) {
        d.differ++;
        if (d.examples.length < 10) d.examples.push(`${code} ${year}: ${chosen.cell} vs ${o.cell}`);
      }
    }
  }
  joins(): SwvJoin[] {
    return [...this.byKey]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, d]) => {
        const [id, chosen, other] = k.split("|");
        const years = [...d.years].sort((a, b) => a - b);
        const span = years.length > 1 ? `${years[0]}-${years.at(-1)}` : `${years[0]}`;
        return {
          what: `${id} ${span}: ${chosen} (used) and ${other} differ for the same SWV and year, of ${d.compared} SWV-years in both`,
          count: d.differ,
          examples: d.examples,
        };
      });
  }
}

/** Picks the first candidate with a number (else the first one), recording disagreements; undefined if none. */
function pick(
  diffs: Differences,
  indicatorId: string,
  code: string,
  year: number,
  candidates: (Candidate | undefined)[],
): Point | undefined {
  const list = candidates.filter((c): c is Candidate => c !== undefined);
  if (list.length === 0) return undefined;
  const chosen = list.find((c) => isNumber(c.cell)) ?? list[0]!;
  diffs.record(indicatorId, code, year, chosen, list);
  const base = isNumber(chosen.cell) ? { year, value: chosen.cell } : { year, missing: chosen.cell.missing };
  return { ...base, source: chosen.source, ...(chosen.note ? { note: chosen.note } : {}) };
}

/** A ratio cell num ÷ den × scale, or missing with the reason (never 0 for a missing input). */
function ratioCell(num: Cell | undefined, den: Cell | undefined, scale: number): Cell | undefined {
  if (num === undefined || den === undefined) return undefined;
  if (!isNumber(num)) return num;
  if (!isNumber(den)) return den;
  if (den === 0) return { missing: "division-by-zero" };
  return (num / den) * scale;
}

const LASTEN_PARTS = [
  ["staffCosts", "personeelslasten"],
  ["depreciation", "afschrijvingen"],
  ["housingCosts", "huisvestingslasten"],
  ["otherCosts", "overige lasten"],
  ["transfers", "doorbetalingen aan schoolbesturen"],
] as const;

/**
 * Totaal lasten from the 2014-2018 lasten file, which has no total column: the sum of the five cost groups.
 * A blank group is an item the SWV did not report; DUO's own total (2014-2016) is the sum of the reported groups
 * (checked for every SWV-year in both files), so the sum is kept and the blank groups are named in a note. No group
 * reported at all → missing.
 */
export function lastenTotal(r: Pick<SwvTables["lasten2014"][number], (typeof LASTEN_PARTS)[number][0]>): {
  cell: Cell;
  note?: string;
} {
  let total = 0;
  const blank: string[] = [];
  for (const [key, label] of LASTEN_PARTS) {
    const c = r[key];
    if (isNumber(c)) total += c;
    else blank.push(label);
  }
  if (blank.length === LASTEN_PARTS.length) return { cell: { missing: "not-reported" } };
  return {
    cell: total,
    ...(blank.length ? { note: `som van de lastengroepen; niet ingevuld: ${blank.join(", ")}` } : {}),
  };
}

function toSeries(id: string, sector: Sector, points: (Point | undefined)[]): SeriesOut | undefined {
  const def = indicator(id);
  const kept = points
    .filter((p): p is Point => p !== undefined)
    .sort((a, b) => a.year - b.year)
    .map((p) => (p.value === undefined ? p : { ...p, value: round(p.value, def.decimals + 2) }));
  return kept.length ? { indicator: id, sector, points: kept } : undefined;
}

const YEARS = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Builds one record per SWV code, from the 2018 list, the membership files and the finance files. */
export function buildSwvs(
  t: SwvTables,
  /** The vestiging index (or, in tests, just the VO vestiging → board lists). */
  vestigingen: VestigingIndex | VestigingBoardLists,
  boardName: Map<string, string>,
): SwvBuild {
  const vindex =
    vestigingen instanceof VestigingIndex ? vestigingen : VestigingIndex.from(t, { vo: vestigingen });
  const joins: SwvJoin[] = [];
  const listByCode = new Map(t.swvBoards2018.map((r) => [r.code, r]));
  const codeOfBoard = new Map(t.swvBoards2018.map((r) => [r.board, r.code]));

  // Finance rows of SWV entities, keyed board:year; rows of entities without a code in the 2018 list are counted.
  const unmatched = new Map<string, Set<string>>();
  const index = <R extends { board: string; group: string; year: number }>(rows: R[], source: string) => {
    const m = new Map<string, R>();
    for (const r of rows) {
      if (!SWV_GROUPS.has(r.group)) continue;
      if (!codeOfBoard.has(r.board)) {
        const s = unmatched.get(source) ?? new Set<string>();
        s.add(r.board);
        unmatched.set(source, s);
        continue;
      }
      m.set(`${r.board}:${r.year}`, r);
    }
    return m;
  };
  const fin = {
    kengetallen: index(t.kengetallen, SWV_SOURCE.kengetallen),
    balans2012: index(t.balans2012, SWV_SOURCE.balans2012),
    balans2015: index(t.balans2015, SWV_SOURCE.balans2015),
    batenLasten2012: index(t.batenLasten2012, SWV_SOURCE.batenLasten2012),
    lasten2014: index(t.lasten2014, SWV_SOURCE.lasten2014),
    poBalans: index(t.balance, SWV_SOURCE.poBalans),
    poBatenLasten: index(t.income, SWV_SOURCE.poBatenLasten),
  };
  for (const [source, boards] of [...unmatched].sort(([a], [b]) => a.localeCompare(b)))
    joins.push({
      what: `${source}: SWV entities (groepering SWV/WSNS) whose board number is not in ${SWV_SOURCE.list} (no SWV code; left out)`,
      count: boards.size,
      examples: [...boards].sort().slice(0, 10),
    });

  // Membership. PO: the 2018 list per vestiging; BRON 2016 only for codes the 2018 list lacks. VO: the vsv file 2015.
  interface Acc {
    sector: Sector;
    year: number;
    membersSource: string;
    municipalities: Set<string>;
    provinces: Set<string>;
    /** board → vestiging codes and their pupil cells. */
    members: Map<string, Map<string, Cell | undefined>>;
    pupils: (Cell | undefined)[];
    pupilsYear: number;
    pupilsSource: string;
    /** The years of the vestiging → board lists that placed the vo members (vestigingIndex's nearest-list rule). */
    listYears: Set<number>;
    vsv: number;
    vsvPupils: number;
    vsvIncomplete: number;
  }
  const acc = new Map<string, Acc>();
  const get = (code: string): Acc => {
    let a = acc.get(code);
    if (!a) {
      const sector = sectorOfCode(code);
      acc.set(
        code,
        (a = {
          sector,
          year: sector === "po" ? 2018 : 2015,
          membersSource: sector === "po" ? SWV_SOURCE.members2018 : SWV_SOURCE.vsv2015,
          municipalities: new Set(),
          provinces: new Set(),
          members: new Map(),
          pupils: [],
          pupilsYear: sector === "po" ? 2016 : 2015,
          pupilsSource: sector === "po" ? SWV_SOURCE.bron2016 : SWV_SOURCE.vsv2015,
          listYears: new Set(),
          vsv: 0,
          vsvPupils: 0,
          vsvIncomplete: 0,
        }),
      );
    }
    return a;
  };
  const addMember = (a: Acc, board: string, vest: string, pupils: Cell | undefined) => {
    const m = a.members.get(board) ?? new Map<string, Cell | undefined>();
    m.set(vest, pupils);
    a.members.set(board, m);
  };
  const bronByVest = new Map<string, Cell>();
  for (const r of t.bron2016) {
    const c = vestigingCode(r.brin, r.vest);
    if (c) bronByVest.set(c, r.total);
  }
  const codes2018 = new Set(t.swvMembers2018.map((r) => r.code));
  for (const r of t.swvMembers2018) {
    const c = vestigingCode(r.brin, r.vest);
    if (!c) continue;
    addMember(get(r.code), r.board, c, bronByVest.get(c));
  }
  for (const r of t.bron2016) {
    const a = get(r.swv);
    a.municipalities.add(municipalityName(r.municipality));
    a.provinces.add(provinceName(r.province));
    a.pupils.push(r.total);
    if (!codes2018.has(r.swv)) {
      const c = vestigingCode(r.brin, r.vest);
      a.year = 2016;
      a.membersSource = SWV_SOURCE.bron2016;
      if (c) addMember(a, r.board, c, r.total);
    }
  }
  for (const r of t.vsv2015) {
    const a = get(r.swv);
    const c = vestigingCode(r.brin, r.vest);
    const place = c ? vindex.place(c, 2015) : undefined;
    if (place) {
      a.municipalities.add(place.municipality);
      a.provinces.add(place.province);
    }
    a.pupils.push(r.pupils);
    if (isNumber(r.vsv) && isNumber(r.pupils)) {
      a.vsv += r.vsv;
      a.vsvPupils += r.pupils;
    } else a.vsvIncomplete++;
    const hit = c ? vindex.board("vo", c, 2015) : undefined;
    if (hit && c) {
      addMember(a, hit.board, c, r.pupils);
      a.listYears.add(hit.listYear);
    }
  }

  // so/vso pupils per SWV code on 1 October 2013 (one row per SWV × (v)so school).
  const soVso = new Map<string, (Cell | undefined)[]>();
  for (const r of t.soVso2013) soVso.set(r.code, [...(soVso.get(r.code) ?? []), r.total]);
  for (const code of soVso.keys()) get(code);
  for (const code of listByCode.keys()) get(code);

  const diffs = new Differences((id) => (id === "swv-weerstandsvermogen" ? 0.05 : 0.5));
  const out: SwvOut[] = [];
  const oldPages = new Set(t.balance.filter((r) => SWV_GROUPS.has(r.group)).map((r) => r.board));
  for (const [code, a] of [...acc].sort(([x], [y]) => x.localeCompare(y))) {
    const listed = listByCode.get(code);
    const board = listed?.board;
    const row = <R>(m: Map<string, R>, year: number) => (board ? m.get(`${board}:${year}`) : undefined);
    const cand = (source: string, cell: Cell | undefined, note?: string): Candidate | undefined =>
      cell === undefined ? undefined : { source, cell, ...(note ? { note } : {}) };

    const equity = YEARS(2014, 2019).map((y) =>
      pick(diffs, "swv-eigen-vermogen", code, y, [
        cand(SWV_SOURCE.balans2015, row(fin.balans2015, y)?.equity),
        cand(SWV_SOURCE.balans2012, row(fin.balans2012, y)?.equity),
        cand(SWV_SOURCE.poBalans, row(fin.poBalans, y)?.equity),
      ]),
    );
    const weerstand = YEARS(2014, 2016).map((y) => {
      const k = row(fin.kengetallen, y)?.weerstandsvermogen;
      const old = row(fin.poBalans, y);
      return pick(diffs, "swv-weerstandsvermogen", code, y, [
        cand(SWV_SOURCE.kengetallen, k === undefined ? undefined : isNumber(k) ? k * 100 : k),
        cand(SWV_SOURCE.poBalans, ratioCell(old?.equity, row(fin.poBatenLasten, y)?.totalIncome, 100)),
      ]);
    });
    const baten = YEARS(2014, 2016).map((y) =>
      pick(diffs, "swv-baten", code, y, [
        cand(SWV_SOURCE.batenLasten2012, row(fin.batenLasten2012, y)?.totalIncome),
        cand(SWV_SOURCE.poBatenLasten, row(fin.poBatenLasten, y)?.totalIncome),
      ]),
    );
    const lasten = YEARS(2014, 2018).map((y) => {
      const l = row(fin.lasten2014, y);
      const sum = l ? lastenTotal(l) : undefined;
      return pick(diffs, "swv-lasten", code, y, [
        cand(SWV_SOURCE.batenLasten2012, row(fin.batenLasten2012, y)?.totalCosts),
        cand(SWV_SOURCE.lasten2014, sum?.cell, sum?.note),
        cand(SWV_SOURCE.poBatenLasten, row(fin.poBatenLasten, y)?.totalCosts),
      ]);
    });
    const transfers = YEARS(2014, 2018).map((y) => {
      const c = row(fin.lasten2014, y)?.transfers;
      if (c === undefined) return undefined;
      return isNumber(c) ? { year: y, value: c } : { year: y, missing: c.missing };
    });
    const share = transfers.map((p, i) => {
      if (!p) return undefined;
      const den = lasten[i];
      const denCell: Cell | undefined =
        den?.value !== undefined ? den.value : den?.missing ? { missing: den.missing } : undefined;
      const numCell: Cell = p.value !== undefined ? p.value : { missing: p.missing ?? "not-in-source" };
      const cell = ratioCell(numCell, denCell, 100);
      if (cell === undefined) return { year: p.year, missing: "not-in-source" as const };
      return isNumber(cell) ? { year: p.year, value: cell } : { year: p.year, missing: cell.missing };
    });

    const membersPoint: Point = {
      year: a.year,
      value: a.members.size,
      ...(a.membersSource === SWV_SOURCE.members2018 ? { note: SWV_LIST_DATE } : {}),
    };
    const vsvPoint: Point =
      a.vsvIncomplete > 0
        ? { year: 2015, missing: "incomplete" }
        : a.vsvPupils > 0
          ? { year: 2015, value: (a.vsv / a.vsvPupils) * 100, n: a.vsvPupils }
          : { year: 2015, missing: "division-by-zero" };
    const series = [
      toSeries("swv-leden", a.sector, a.members.size ? [membersPoint] : []),
      toSeries("swv-leerlingen", a.sector, a.pupils.length ? [countSum(a.pupilsYear, a.pupils)] : []),
      toSeries("swv-so-vso-leerlingen", a.sector, [
        soVso.has(code)
          ? countSum(2013, soVso.get(code)!, "(v)so-school/scholen")
          : { year: 2013, missing: "not-in-source" },
      ]),
      toSeries("swv-eigen-vermogen", a.sector, equity),
      toSeries("swv-weerstandsvermogen", a.sector, weerstand),
      toSeries("swv-baten", a.sector, baten),
      toSeries("swv-lasten", a.sector, lasten),
      toSeries("swv-doorbetalingen", a.sector, transfers),
      toSeries("swv-doorbetalingen-aandeel", a.sector, share),
      a.sector === "vo" ? toSeries("swv-vsv", "vo", [vsvPoint]) : undefined,
    ].filter((s): s is SeriesOut => s !== undefined);

    const members = [...a.members].map(([b, vest]) => {
      const p = countSum(a.pupilsYear, [...vest.values()]);
      const missing = [...vest.values()].filter((c) => !isNumber(c)).length;
      return {
        board: b,
        name: boardName.get(b) ?? `Bestuur ${b}`,
        vestigingen: vest.size,
        ...(p.value !== undefined ? { pupils: p.value } : {}),
        ...(missing > 0 ? { pupilsMissing: missing } : {}),
      };
    });
    members.sort(
      (x, y) =>
        (y.pupils ?? -1) - (x.pupils ?? -1) ||
        y.vestigingen - x.vestigingen ||
        x.board.localeCompare(y.board),
    );
    const address =
      listed && (listed.address || listed.postcode || listed.place)
        ? {
            ...(listed.address ? { street: cleanName(listed.address) } : {}),
            ...(listed.postcode ? { postcode: postcode(listed.postcode)! } : {}),
            ...(listed.place ? { place: municipalityName(listed.place) } : {}),
          }
        : undefined;
    out.push({
      id: code.toLowerCase(),
      code,
      sector: a.sector,
      ...(listed ? { name: cleanName(listed.name) } : {}),
      nameNote: listed
        ? `Naam, adres en website: DUO-lijst ‘Besturen samenwerkingsverbanden passend onderwijs po en vo’, ${SWV_LIST_DATE}.`
        : "De naam van het samenwerkingsverband staat niet in de open data hier; alleen de code.",
      ...(listed ? { listDate: SWV_LIST_DATE } : {}),
      ...(address ? { address } : {}),
      ...(listed?.website ? { website: listed.website } : {}),
      ...(board ? { financeBoardId: board } : {}),
      ...(board && oldPages.has(board) ? { redirectFrom: [`bg-${board}`] } : {}),
      year: a.year,
      membersSource: a.membersSource,
      memberPupilsYear: a.pupilsYear,
      memberPupilsSource: a.pupilsSource,
      ...(a.listYears.size ? { membersListYears: [...a.listYears].sort((x, y) => x - y) } : {}),
      municipalities: [...a.municipalities].sort(),
      provinces: [...a.provinces].sort(),
      members,
      series,
    });
  }
  joins.push(...diffs.joins());
  return { swvs: out, joins };
}

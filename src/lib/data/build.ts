// The pipeline core: tables → entities, indicator series, sector statistics and the coverage report.
import { quantileSorted } from "d3";
import { applyBounds } from "./bounds.ts";
import * as C from "./compute.ts";
import { boardFinance, FINANCE_INDICATORS, type SourceDifference } from "./finance.ts";
import { bovenschoolsSeries, FTE_INDICATORS, fteSeries } from "./staff.ts";
import { buildBoards, type BoardIdentity } from "./entities.ts";
import { boardContacts, type ContactOut } from "./contacts.ts";
import type { Rejection } from "./errors.ts";
import { boardHistory, type HistoryOut } from "./history.ts";
import type { SourceStats, Tables } from "./load.ts";
import { oordelen as inspectieOordelen, type OordelenOut } from "./oordelen.ts";
import { INDICATORS, indicator, type Sector } from "./registry.ts";
import { put, round, type Point, type SeriesMap } from "./series.ts";
import { buildSwvs } from "./swv.ts";
import { VestigingIndex } from "./vestigingIndex.ts";
import { deriveSuccessors, successorObservations, type SuccessorOut } from "./successors.ts";
import { vestigingFacts, type VestigingFacts } from "./vestigingFacts.ts";

/** One indicator series of one board or SWV. */
export interface SeriesOut {
  indicator: string;
  sector: Sector;
  points: Point[];
}

export interface BoardOut extends BoardIdentity {
  /** Derived size class per sector (pupil bands; see {@link sizeClassOf}). */
  sizeClass: Partial<Record<Sector, string>>;
  series: SeriesOut[];
  /** Inspectie judgements on 1 April 2018 (board level and the schools' eindoordelen). */
  oordelen?: OordelenOut;
  /** Po schools of this board closed or merged in 2009-2017. */
  history?: HistoryOut;
  /** For a board no longer active: which active board(s) hold its vestigingen now (successors.ts). */
  successor?: SuccessorOut;
  /** Each vestiging's own key figures by vestiging code (vestigingFacts.ts); vestigingen without any are absent. */
  vestigingFacts?: Record<string, VestigingFacts>;
}

export interface SwvOut {
  id: string;
  /** `PO2817` / `VO0001`. */
  code: string;
  sector: Sector;
  /** The name in DUO's list of SWV boards of ≈ spring 2018 (`swv-besturen-2018`). */
  name?: string;
  nameNote: string;
  /** The date of that list, as shown with name, address and website: "stand ca. april 2018". */
  listDate?: string;
  address?: { street?: string; postcode?: string; place?: string };
  /** As DUO writes it, often without scheme (`www.x.nl`); the page makes the link. */
  website?: string;
  /** The SWV's own bevoegd-gezag number (from the 2018 list): the key of its rows in the finance files. */
  financeBoardId?: string;
  /** Former page ids of this SWV (`bg-<board>`, pages of the finance entity), now redirected here. */
  redirectFrom?: string[];
  /** The year of the membership: po 2018 (list of ≈ April 2018; BRON 2016 where a code is not in it), vo 2015. */
  year: number;
  /** The source id of the membership. */
  membersSource: string;
  /** The year of the members' pupil counts (po: 1 October 2016, vo: vsv file 2015). */
  memberPupilsYear: number;
  /** The source id of the members' pupil counts. */
  memberPupilsSource: string;
  /** Vo: the years of DUO's vestiging → board lists that placed the members (2017: the list nearest to 2015). */
  membersListYears?: number[];
  municipalities: string[];
  provinces: string[];
  /** `pupils` is absent when no vestiging of the member has a count; `pupilsMissing` counts those without one. */
  members: { board: string; name: string; vestigingen: number; pupils?: number; pupilsMissing?: number }[];
  series: SeriesOut[];
}

export interface SectorStat {
  indicator: string;
  sector: Sector;
  year: number;
  n: number;
  missing: Record<string, number>;
  min?: number;
  q1?: number;
  median?: number;
  q3?: number;
  max?: number;
  total?: number;
  totalLowerBound?: boolean;
  /** Σ(value × n) ÷ Σ n over boards whose points carry a base n (pupils, candidates): the sector-wide rate. */
  weighted?: number;
  weightBase?: number;
  /** Values flagged implausible (registry bounds), left out of n, quartiles, total and weighted rate. */
  implausible?: number;
}

/** How many rejections per source the coverage report keeps as examples (its `rejected` counts them all). */
export const REJECTIONS_CAP = 500;

export interface CoverageOut {
  sources: {
    id: string;
    file: string;
    encoding: string;
    rowsRead: number;
    rowsKept: number;
    rejected: number;
    reasons: Record<string, number>;
    /** Every rejection up to {@link REJECTIONS_CAP}, in file order; `rejected` minus their number were left out. */
    examples: Rejection[];
  }[];
  joins: { what: string; count: number; examples: string[] }[];
  indicators: { indicator: string; sector: Sector; years: Record<string, number> }[];
  /** Per performance field and sector: the years with any figure, and from which sources. */
  fields: { field: string; sector: Sector; years: number[]; indicators: number }[];
  /** Where two files give a figure for the same board and year: how often, and how often they disagree. */
  differences: SourceDifference[];
  /** Per indicator and sector: values checked against the registry bounds, flagged implausible, made impossible. */
  plausibility: {
    indicator: string;
    sector: Sector;
    checked: number;
    implausible: number;
    impossible: number;
    /** Up to five cases as `entity year`. */
    examples: string[];
  }[];
  boards: {
    total: number;
    active: number;
    bySector: Record<string, number>;
    byNameSource: Record<string, number>;
  };
}

export interface Derived {
  boards: BoardOut[];
  swvs: SwvOut[];
  sectors: SectorStat[];
  coverage: CoverageOut;
  /** Board id → address and website from DUO's board lists (for "Leer van"). */
  contacts?: Record<string, ContactOut>;
}

/** Pupil bands used as size classes where DUO gives none (all sectors, all years). */
export const SIZE_CLASSES: Record<Sector, { id: string; label: string; max: number }[]> = {
  po: [
    { id: "po-1", label: "minder dan 500 leerlingen", max: 500 },
    { id: "po-2", label: "500 tot 2.000 leerlingen", max: 2000 },
    { id: "po-3", label: "2.000 tot 5.000 leerlingen", max: 5000 },
    { id: "po-4", label: "5.000 tot 10.000 leerlingen", max: 10000 },
    { id: "po-5", label: "10.000 leerlingen of meer", max: Infinity },
  ],
  vo: [
    { id: "vo-1", label: "minder dan 1.000 leerlingen", max: 1000 },
    { id: "vo-2", label: "1.000 tot 2.500 leerlingen", max: 2500 },
    { id: "vo-3", label: "2.500 tot 5.000 leerlingen", max: 5000 },
    { id: "vo-4", label: "5.000 tot 10.000 leerlingen", max: 10000 },
    { id: "vo-5", label: "10.000 leerlingen of meer", max: Infinity },
  ],
};

/** The size class of a pupil count in a sector. */
export const sizeClassOf = (sector: Sector, pupils: number): string =>
  SIZE_CLASSES[sector].find((c) => pupils < c.max)!.id;

function toSeries(id: string, sector: Sector, years: Map<number, Point>): SeriesOut {
  const def = indicator(id);
  const points = [...years.values()]
    .sort((a, b) => a.year - b.year)
    .map((p) => (p.value === undefined ? p : { ...p, value: round(p.value, def.decimals + 2) }))
    .map((p) => applyBounds(def, p));
  return { indicator: id, sector, points };
}

/** A series with the registry bounds applied (for series assembled outside {@link toSeries}, e.g. SWVs). */
const boundSeries = (s: SeriesOut): SeriesOut => {
  const def = indicator(s.indicator);
  return { ...s, points: s.points.map((p) => applyBounds(def, p)) };
};

/** Per indicator and sector: how many values were checked, flagged implausible or made impossible. */
export function plausibilityReport(
  entities: { id: string; series: SeriesOut[] }[],
): CoverageOut["plausibility"] {
  const acc = new Map<string, CoverageOut["plausibility"][number]>();
  for (const e of entities)
    for (const s of e.series) {
      const key = `${s.indicator}|${s.sector}`;
      let a = acc.get(key);
      if (!a)
        acc.set(
          key,
          (a = {
            indicator: s.indicator,
            sector: s.sector,
            checked: 0,
            implausible: 0,
            impossible: 0,
            examples: [],
          }),
        );
      for (const p of s.points) {
        const impossible = p.missing === "impossible";
        if (p.value === undefined && !impossible) continue;
        a.checked++;
        if (p.implausible) a.implausible++;
        if (impossible) a.impossible++;
        if ((p.implausible || impossible) && a.examples.length < 5) a.examples.push(`${e.id} ${p.year}`);
      }
    }
  return [...acc.values()]
    .filter((a) => {
      const b = indicator(a.indicator).bounds;
      return b !== undefined && (b.min !== undefined || b.max !== undefined || b.plausible !== undefined);
    })
    .sort((a, b) => a.indicator.localeCompare(b.indicator) || a.sector.localeCompare(b.sector));
}

/** Sector statistics per indicator, sector and year over all boards with a value. */
export function sectorStats(entities: { series: SeriesOut[] }[]): SectorStat[] {
  const acc = new Map<
    string,
    {
      values: number[];
      missing: Record<string, number>;
      lb: boolean;
      wsum: number;
      nsum: number;
      implausible: number;
    }
  >();
  for (const e of entities)
    for (const s of e.series)
      for (const p of s.points) {
        const key = `${s.indicator}|${s.sector}|${p.year}`;
        let a = acc.get(key);
        if (!a) acc.set(key, (a = { values: [], missing: {}, lb: false, wsum: 0, nsum: 0, implausible: 0 }));
        if (p.implausible) a.implausible++;
        else if (p.value !== undefined) {
          a.values.push(p.value);
          if (p.n !== undefined && p.n > 0) {
            a.wsum += p.value * p.n;
            a.nsum += p.n;
          }
          if (p.lowerBound) a.lb = true;
        } else if (p.missing) a.missing[p.missing] = (a.missing[p.missing] ?? 0) + 1;
      }
  const out: SectorStat[] = [];
  for (const [key, a] of acc) {
    const [id, sector, year] = key.split("|") as [string, Sector, string];
    const def = indicator(id);
    const v = a.values.sort((x, y) => x - y);
    const r = (x: number | undefined) => (x === undefined ? undefined : round(x, def.decimals + 2));
    const stat: SectorStat = { indicator: id, sector, year: Number(year), n: v.length, missing: a.missing };
    if (a.implausible > 0) stat.implausible = a.implausible;
    if (v.length > 0) {
      Object.assign(stat, {
        min: r(v[0]),
        q1: r(quantileSorted(v, 0.25)),
        median: r(quantileSorted(v, 0.5)),
        q3: r(quantileSorted(v, 0.75)),
        max: r(v.at(-1)),
      });
      if (def.summable) {
        stat.total = r(v.reduce((s, x) => s + x, 0));
        // A board whose figure is missing or a lower bound makes the sector total a lower bound too (never 0).
        if (a.lb || Object.keys(a.missing).length > 0) stat.totalLowerBound = true;
      }
      if (!def.summable && def.level === "board" && a.nsum > 0) {
        stat.weighted = r(a.wsum / a.nsum);
        stat.weightBase = a.nsum;
      }
    }
    out.push(stat);
  }
  return out.sort(
    (a, b) => a.indicator.localeCompare(b.indicator) || a.sector.localeCompare(b.sector) || a.year - b.year,
  );
}

/** Runs every formula and assembles boards, SWVs, sector statistics and coverage. */
export function buildDerived(t: Tables, stats: SourceStats[]): Derived {
  const joins: CoverageOut["joins"] = [];
  const join = (what: string, items: string[]) =>
    joins.push({ what, count: items.length, examples: items.slice(0, 10) });

  // One vestiging index for every vestiging → board, place and SWV attribution (see vestigingIndex.ts).
  const index = new VestigingIndex(t);
  const voLists = index.vo;
  const po = C.poPupilSeries(t.historicPupils);
  const vo = C.voPupilSeries(t, voLists);
  join(
    "vo-leerlingen-onderwijstype-2016: vestigingen not attributable to a board (vestiging index)",
    vo.unmapped2016,
  );
  const exams = C.examSeries(t.exams, voLists);
  join("vo-examens: vestigingen not attributable to a board in some year (vestiging index)", exams.unmapped);
  const vsv = C.voRateSeries(
    t.vsv2015.map((r) => ({ brin: r.brin, vest: r.vest, num: r.vsv, den: r.pupils })),
    voLists,
    2015,
  );
  join("vo-vsv-swv-2015: vestigingen not attributable to a board (vestiging index)", vsv.unmapped);
  const rep = C.voRateSeries(
    t.repeat2015.map((r) => ({ brin: r.brin, vest: r.vest, num: r.repeaters, den: r.pupils })),
    voLists,
    2015,
  );
  join("vo-zittenblijven-2015: vestigingen not attributable to a board (vestiging index)", rep.unmapped);
  const finance = C.financeSeries(t);
  const boardFin = boardFinance(t);
  const staff = C.staffSeries(t.staff);
  const fte = fteSeries(t.functiemix);
  const schoolweging = schoolwegingSeries(t.schoolweging);

  // Achterstandsscores (CBS, xlsx, 2019) → boards via the vestiging index (the PO list nearest 2019).
  const achUnmapped: string[] = [];
  const achRows = t.achterstand2019.flatMap((r) => {
    const board = index.board("po", r.vestiging, 2019)?.board;
    if (!board) {
      achUnmapped.push(r.vestiging);
      return [];
    }
    return [{ board, value: r.score, weight: r.pupils }];
  });
  join("cbs-achterstandsscores-2019: vestigingen not attributable to a board (vestiging index)", achUnmapped);

  const eind = C.eindtoetsSeries(t.eindscores);
  const insp = inspectieOordelen(t.boardJudgements2018, t.schoolJudgements2018);
  const bySector: [string, Sector, SeriesMap][] = [
    ["leerlingen", "po", po.pupils],
    ["leerlingen", "vo", vo.pupils],
    ["leerlingen-verandering-5j", "po", C.changeSeries(po.pupils)],
    ["leerlingen-verandering-5j", "vo", C.changeSeries(vo.pupils)],
    ["vestigingen", "po", po.vestigingen],
    ["vestigingen", "vo", vo.vestigingen],
    ["aandeel-speciaal", "po", po.special],
    ["aandeel-gewichtenleerlingen", "po", C.weightSeries(t.weights2016)],
    ["achterstandsscore", "po", C.weightedMeanSeries(achRows, 2019)],
    [
      "afstand-woon-school",
      "po",
      C.weightedMeanSeries(
        t.distance2016.map((r) => ({ board: r.board, value: r.distance, weight: r.pupils })),
        2016,
        1 / 1000,
      ),
    ],
    ["slaagpercentage", "vo", exams.all],
    ["slaagpercentage-vmbo", "vo", exams.byType.VMBO],
    ["slaagpercentage-havo", "vo", exams.byType.HAVO],
    ["slaagpercentage-vwo", "vo", exams.byType.VWO],
    ["eindtoets-cet", "po", eind.cet],
    ["eindtoets-iep", "po", eind.iep],
    ["eindtoets-route8", "po", eind.route8],
    ["vsv", "vo", vsv.series],
    ["zittenblijven", "vo", rep.series],
    ["oordeel-onvoldoende-aandeel", "po", insp.share.po],
    ["oordeel-onvoldoende-aandeel", "vo", insp.share.vo],
    ...FINANCE_INDICATORS.flatMap((id) =>
      (["po", "vo"] as const).map(
        (sector) => [id, sector, boardFin.series[id]![sector]] as [string, Sector, SeriesMap],
      ),
    ),
    ...["eigen-vermogen-per-leerling", "baten-per-leerling"].map(
      (id) => [id, "po", finance[id]!] as [string, Sector, SeriesMap],
    ),
    ["personeel-personen", "po", staff],
    ["leerlingen-per-medewerker", "po", C.divideSeries(po.pupils, staff)],
    ...FTE_INDICATORS.flatMap((id) =>
      (["po", "vo"] as const).map((sector) => [id, sector, fte[id]![sector]] as [string, Sector, SeriesMap]),
    ),
    ["personeel-bovenschools", "po", bovenschoolsSeries(t.bovenschools)],
    ["schoolweging", "po", schoolweging],
  ];

  const identities = buildBoards(
    t,
    { poPupils: po.pupils, voPupils: vo.pupils, all: bySector.map((x) => x[2]) },
    index,
  );
  const known = new Set(identities.map((b) => b.id));
  join(
    "inspectie-oordelen-2018: boards with judgements that have no board page (mbo, hbo, wo or unknown)",
    [...insp.byBoard.keys()].filter((id) => !known.has(id)),
  );
  join("inspectie-oordelen-scholen-2018: eindoordelen with an unknown spelling", insp.unknownJudgements);
  const history = boardHistory(t, identities);
  join("po-sluitende-fuserende-2009-2017: closed BRINs in no PO vestigingen list", history.unmapped);
  const successors = deriveSuccessors(
    successorObservations(t),
    t.closures.map((c) => ({
      brin: c.brin,
      ...(c.intoBrin ? { intoBrin: c.intoBrin } : {}),
      date: `${c.date.slice(0, 4)}-${c.date.slice(4, 6)}-${c.date.slice(6, 8)}`,
    })),
    new Set(identities.filter((b) => b.active).map((b) => b.id)),
  );
  const facts = vestigingFacts(t);
  const seriesOf = new Map<string, SeriesOut[]>();
  for (const [id, sector, map] of bySector)
    for (const [board, years] of map) {
      if (years.size === 0) continue;
      const list = seriesOf.get(board) ?? [];
      list.push(toSeries(id, sector, years));
      seriesOf.set(board, list);
    }
  const order = new Map(INDICATORS.map((d, i) => [d.id, i]));
  const boards: BoardOut[] = identities.map((b) => {
    const series = (seriesOf.get(b.id) ?? []).sort(
      (x, y) => order.get(x.indicator)! - order.get(y.indicator)! || x.sector.localeCompare(y.sector),
    );
    const sizeClass: BoardOut["sizeClass"] = {};
    for (const sector of b.sectors) {
      const pts = series.find((s) => s.indicator === "leerlingen" && s.sector === sector)?.points;
      const last = pts?.filter((p) => p.value !== undefined).at(-1);
      if (last?.value !== undefined) sizeClass[sector] = sizeClassOf(sector, last.value);
    }
    const own = Object.fromEntries(
      b.schools.flatMap((sc) =>
        sc.vestigingen.flatMap((v) => (facts.has(v.code) ? [[v.code, facts.get(v.code)!]] : [])),
      ),
    );
    const extra = {
      oordelen: insp.byBoard.get(b.id),
      history: history.byBoard.get(b.id),
      // Successors only to boards that have a page (every active board has one).
      successor: b.active ? undefined : successors.get(b.id),
      vestigingFacts: Object.keys(own).length ? own : undefined,
    };
    return { ...b, sizeClass, series, ...extra };
  });
  markRejectedParts(boards, stats);
  const boardName = new Map(boards.map((b) => [b.id, b.name]));

  const swvBuild = buildSwvs(t, index, boardName);
  joins.push(...swvBuild.joins);
  for (const sector of ["po", "vo"] as const)
    join(
      `vestiging index (${sector}): vestiging-years not attributed because the lists before and after the year give the school to different boards`,
      index[sector].disagreementList(),
    );
  const swvs = swvBuild.swvs.map((s) => ({ ...s, series: s.series.map(boundSeries) }));
  const coverage: CoverageOut = {
    sources: stats
      .map((s) => {
        const reasons: Record<string, number> = {};
        for (const r of s.rejected) {
          const k = r.reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, "N");
          reasons[k] = (reasons[k] ?? 0) + 1;
        }
        return {
          id: s.id,
          file: s.file,
          encoding: s.encoding,
          rowsRead: s.rowsRead,
          rowsKept: s.rowsKept,
          rejected: s.rejected.length,
          reasons,
          examples: s.rejected.slice(0, REJECTIONS_CAP),
        };
      })
      .sort((a, b) => a.id.localeCompare(b.id)),
    joins,
    indicators: [],
    fields: [],
    differences: boardFin.differences,
    plausibility: plausibilityReport([...boards, ...swvs]),
    boards: {
      total: boards.length,
      active: boards.filter((b) => b.active).length,
      bySector: countBy(boards.flatMap((b) => b.sectors)),
      byNameSource: countBy(boards.map((b) => b.nameSource)),
    },
  };
  const sectors = sectorStats([...boards, ...swvs]);
  const perInd = new Map<string, Record<string, number>>();
  for (const s of sectors) {
    const k = `${s.indicator}|${s.sector}`;
    perInd.set(k, { ...(perInd.get(k) ?? {}), [s.year]: s.n });
  }
  coverage.indicators = [...perInd].map(([k, years]) => {
    const [ind, sector] = k.split("|") as [string, Sector];
    return { indicator: ind, sector, years };
  });
  const perField = new Map<string, { years: Set<number>; indicators: Set<string> }>();
  for (const i of coverage.indicators) {
    const def = indicator(i.indicator);
    const k = `${def.field}|${i.sector}`;
    let f = perField.get(k);
    if (!f) perField.set(k, (f = { years: new Set(), indicators: new Set() }));
    for (const [y, n] of Object.entries(i.years)) if (n > 0) f.years.add(Number(y));
    f.indicators.add(i.indicator);
  }
  coverage.fields = [...perField]
    .map(([k, f]) => {
      const [field, sector] = k.split("|") as [string, Sector];
      return { field, sector, years: [...f.years].sort((a, b) => a - b), indicators: f.indicators.size };
    })
    .sort((a, b) => a.field.localeCompare(b.field) || a.sector.localeCompare(b.sector));
  const contacts = boardContacts({ vo: t.voBoards, po: t.poBoards2018 ?? [] });
  return { boards, swvs, sectors, coverage, contacts };
}

function countBy(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of [...items].sort()) out[i] = (out[i] ?? 0) + 1;
  return out;
}

/**
 * CBS schoolweging per board and year: the pupil-weighted mean over the board's vestigingen (the file's own
 * board number). Vestigingen whose weging rests on fewer than 40 observations are kept and counted in a note.
 */
export function schoolwegingSeries(byYear: Tables["schoolweging"]): SeriesMap {
  const out: SeriesMap = new Map();
  for (const [year, rows] of [...byYear].sort(([a], [b]) => a - b)) {
    const unreliable = new Map<string, number>();
    for (const r of rows) if (r.vest.unreliable) unreliable.set(r.board, (unreliable.get(r.board) ?? 0) + 1);
    const series = C.weightedMeanSeries(
      rows.map((r) => ({ board: r.board, value: r.weging, weight: r.pupils })),
      year,
    );
    for (const [board, years] of series)
      for (const p of years.values()) {
        const u = unreliable.get(board);
        const note = u
          ? `${u} vestiging(en) met minder dan 40 waarnemingen: mogelijk niet betrouwbaar`
          : undefined;
        put(out, board, note ? { ...p, note: p.note ? `${p.note}; ${note}` : note } : p);
      }
  }
  return out;
}

/**
 * A row that was rejected but names its board (and maybe its year) is a missing part of that board's figures
 * from that file: a sum over it becomes a lower bound (≥) and every value gets a note, never a silent total.
 */
export function markRejectedParts(boards: { id: string; series: SeriesOut[] }[], stats: SourceStats[]): void {
  const bySourceBoard = new Map<string, { years: Set<number>; all: boolean; n: number }>();
  for (const s of stats)
    for (const r of s.parts ?? []) {
      const k = `${s.id}|${r.board}`;
      let e = bySourceBoard.get(k);
      if (!e) bySourceBoard.set(k, (e = { years: new Set(), all: false, n: 0 }));
      e.n++;
      if (r.year === undefined) e.all = true;
      else e.years.add(r.year);
    }
  if (bySourceBoard.size === 0) return;
  for (const b of boards)
    for (const series of b.series) {
      const def = indicator(series.indicator);
      for (const source of def.sources) {
        const e = bySourceBoard.get(`${source}|${b.id}`);
        if (!e) continue;
        series.points = series.points.map((p) => {
          if (!e.all && !e.years.has(p.year)) return p;
          if (p.source !== undefined && p.source !== source) return p;
          const note = `${e.n} rij(en) van dit bestuur afgekeurd in het bronbestand`;
          if (p.value === undefined) return p;
          return {
            ...p,
            ...(def.summable ? { lowerBound: true } : {}),
            note: p.note ? `${p.note}; ${note}` : note,
          };
        });
      }
    }
}

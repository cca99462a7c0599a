// The pipeline core: tables → entities, indicator series, sector statistics and the coverage report.
import { quantileSorted } from "d3";
import { readAchterstandsscores } from "./achterstand.ts";
import * as C from "./compute.ts";
import { buildBoards, type BoardIdentity } from "./entities.ts";
import type { Rejection } from "./errors.ts";
import { vestigingCode } from "./fields.ts";
import type { SourceStats, Tables } from "./load.ts";
import { municipalityName, cleanName } from "./names.ts";
import { INDICATORS, indicator, type Sector } from "./registry.ts";
import { round, type Point, type SeriesMap } from "./series.ts";

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
}

export interface SwvOut {
  id: string;
  /** `PO2817` / `VO0001`, or undefined for an SWV known only from the finance files. */
  code?: string;
  sector: Sector;
  name?: string;
  nameNote: string;
  financeBoardId?: string;
  year: number;
  municipalities: string[];
  provinces: string[];
  members: { board: string; name: string; vestigingen: number; pupils?: number }[];
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
}

export interface CoverageOut {
  sources: {
    id: string;
    file: string;
    encoding: string;
    rowsRead: number;
    rowsKept: number;
    rejected: number;
    reasons: Record<string, number>;
    examples: Rejection[];
  }[];
  joins: { what: string; count: number; examples: string[] }[];
  indicators: { indicator: string; sector: Sector; years: Record<string, number> }[];
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
    .map((p) => (p.value === undefined ? p : { ...p, value: round(p.value, def.decimals + 2) }));
  return { indicator: id, sector, points };
}

/** Sector statistics per indicator, sector and year over all boards with a value. */
export function sectorStats(entities: { series: SeriesOut[] }[]): SectorStat[] {
  const acc = new Map<
    string,
    { values: number[]; missing: Record<string, number>; lb: boolean; wsum: number; nsum: number }
  >();
  for (const e of entities)
    for (const s of e.series)
      for (const p of s.points) {
        const key = `${s.indicator}|${s.sector}|${p.year}`;
        let a = acc.get(key);
        if (!a) acc.set(key, (a = { values: [], missing: {}, lb: false, wsum: 0, nsum: 0 }));
        if (p.value !== undefined) {
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
        if (a.lb) stat.totalLowerBound = true;
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
export function buildDerived(
  t: Tables,
  stats: SourceStats[],
  achterstandBytes: Uint8Array,
  achterstandFile: string,
): Derived {
  const joins: CoverageOut["joins"] = [];
  const join = (what: string, items: string[]) =>
    joins.push({ what, count: items.length, examples: items.slice(0, 10) });

  const voLists = C.voBoardLists(t);
  const po = C.poPupilSeries(t.historicPupils);
  const vo = C.voPupilSeries(t, voLists);
  join("vo-leerlingen-onderwijstype-2016: vestigingen not in any VO vestiging–board list", vo.unmapped2016);
  const exams = C.examSeries(t.exams, voLists);
  join("vo-examens: vestigingen not in any VO vestiging–board list", exams.unmapped);
  const vsv = C.voRateSeries(
    t.vsv2015.map((r) => ({ brin: r.brin, vest: r.vest, num: r.vsv, den: r.pupils })),
    voLists,
    2015,
  );
  join("vo-vsv-swv-2015: vestigingen not in any VO vestiging–board list", vsv.unmapped);
  const rep = C.voRateSeries(
    t.repeat2015.map((r) => ({ brin: r.brin, vest: r.vest, num: r.repeaters, den: r.pupils })),
    voLists,
    2015,
  );
  join("vo-zittenblijven-2015: vestigingen not in any VO vestiging–board list", rep.unmapped);
  const finance = C.financeSeries(t);
  const staff = C.staffSeries(t.staff);

  // Achterstandsscores (CBS, xlsx) → boards via the ≈2020 PO list, then the current one.
  const ach = readAchterstandsscores(achterstandBytes, achterstandFile);
  stats.push({
    id: "cbs-achterstandsscores-2019",
    file: achterstandFile,
    encoding: "xlsx",
    rowsRead: ach.rows.length + ach.rejected.length,
    rowsKept: ach.rows.length,
    rejected: ach.rejected,
  });
  const poBoardOf = new Map<string, string>();
  for (const r of [...t.poCurrentVestigingen, ...t.po2020Vestigingen]) {
    const c = vestigingCode(r.brin, r.vest);
    if (c) poBoardOf.set(c, r.board); // the ≈2020 list, read last, wins
  }
  const achUnmapped: string[] = [];
  const achRows = ach.rows.flatMap((r) => {
    const board = poBoardOf.get(r.vestiging);
    if (!board) {
      achUnmapped.push(r.vestiging);
      return [];
    }
    return [{ board, value: r.score, weight: r.pupils }];
  });
  join("cbs-achterstandsscores-2019: vestigingen not in a PO vestigingen list", achUnmapped);

  const eind = C.eindtoetsSeries(t.eindscores);
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
    ...[
      "solvabiliteit-1",
      "solvabiliteit-2",
      "liquiditeit",
      "rentabiliteit",
      "weerstandsvermogen",
      "personeelslasten-aandeel",
      "huisvestingslasten-aandeel",
      "eigen-vermogen-per-leerling",
      "baten-per-leerling",
    ].map((id) => [id, "po", finance[id]!] as [string, Sector, SeriesMap]),
    ["personeel-personen", "po", staff],
    ["leerlingen-per-medewerker", "po", C.divideSeries(po.pupils, staff)],
  ];

  // SWV membership per vestiging
  const swvPo = new Map<string, string>();
  for (const r of t.bron2016) {
    const c = vestigingCode(r.brin, r.vest);
    if (c) swvPo.set(c, r.swv);
  }
  const swvVo = new Map<string, string>();
  for (const r of t.vsv2015) {
    const c = vestigingCode(r.brin, r.vest);
    if (c) swvVo.set(c, r.swv);
  }

  const identities = buildBoards(
    t,
    { poPupils: po.pupils, voPupils: vo.pupils, all: bySector.map((x) => x[2]) },
    { po: swvPo, vo: swvVo },
  );
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
    return { ...b, sizeClass, series };
  });
  const boardName = new Map(boards.map((b) => [b.id, b.name]));

  const swvs = buildSwvs(t, voLists, boardName, finance);
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
          examples: s.rejected.slice(0, 5),
        };
      })
      .sort((a, b) => a.id.localeCompare(b.id)),
    joins,
    indicators: [],
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
  return { boards, swvs, sectors, coverage };
}

function countBy(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of [...items].sort()) out[i] = (out[i] ?? 0) + 1;
  return out;
}

function buildSwvs(
  t: Tables,
  voLists: C.VestigingBoardLists,
  boardName: Map<string, string>,
  finance: Record<string, SeriesMap>,
): SwvOut[] {
  interface Acc {
    sector: Sector;
    year: number;
    municipalities: Set<string>;
    provinces: Set<string>;
    members: Map<string, { vest: number; pupils: number }>;
    pupils: number;
    vsv: number;
    vsvPupils: number;
  }
  const acc = new Map<string, Acc>();
  const get = (code: string, sector: Sector, year: number): Acc => {
    let a = acc.get(code);
    if (!a)
      acc.set(
        code,
        (a = {
          sector,
          year,
          municipalities: new Set(),
          provinces: new Set(),
          members: new Map(),
          pupils: 0,
          vsv: 0,
          vsvPupils: 0,
        }),
      );
    return a;
  };
  const member = (a: Acc, board: string, pupils: number) => {
    const m = a.members.get(board) ?? { vest: 0, pupils: 0 };
    m.vest++;
    m.pupils += pupils;
    a.members.set(board, m);
  };
  for (const r of t.bron2016) {
    const a = get(r.swv, "po", 2016);
    a.municipalities.add(municipalityName(r.municipality));
    a.provinces.add(r.province === "Fryslân" ? "Friesland" : r.province);
    const n = typeof r.total === "number" ? r.total : 0;
    a.pupils += n;
    member(a, r.board, n);
  }
  const voMunicipality = new Map<string, { m: string; p: string }>();
  for (const y of [...t.voPupilsBoard.keys()].sort((a, b) => b - a))
    for (const r of t.voPupilsBoard.get(y)!) {
      const c = vestigingCode(r.brin, r.vest);
      if (c && !voMunicipality.has(c))
        voMunicipality.set(c, { m: municipalityName(r.municipality), p: r.province });
    }
  for (const r of t.vsv2015) {
    const a = get(r.swv, "vo", 2015);
    const c = vestigingCode(r.brin, r.vest);
    const place = c ? voMunicipality.get(c) : undefined;
    if (place) {
      a.municipalities.add(place.m);
      a.provinces.add(place.p === "Fryslân" ? "Friesland" : place.p);
    }
    const n = typeof r.pupils === "number" ? r.pupils : 0;
    a.pupils += n;
    if (typeof r.vsv === "number" && typeof r.pupils === "number") {
      a.vsv += r.vsv;
      a.vsvPupils += r.pupils;
    }
    const hit = c ? C.boardForYear(voLists, c, 2015) : undefined;
    if (hit) member(a, hit.board, n);
  }
  const out: SwvOut[] = [];
  for (const [code, a] of [...acc].sort(([x], [y]) => x.localeCompare(y))) {
    const series: SeriesOut[] = [
      toSeries("swv-leden", a.sector, new Map([[a.year, { year: a.year, value: a.members.size }]])),
      toSeries("swv-leerlingen", a.sector, new Map([[a.year, { year: a.year, value: a.pupils }]])),
      toSeries(
        "swv-so-vso-leerlingen",
        a.sector,
        new Map([[a.year, { year: a.year, missing: "not-in-source" as const }]]),
      ),
    ];
    if (a.sector === "vo")
      series.push(
        toSeries(
          "swv-vsv",
          "vo",
          new Map([
            [
              2015,
              a.vsvPupils > 0
                ? { year: 2015, value: (a.vsv / a.vsvPupils) * 100, n: a.vsvPupils }
                : { year: 2015, missing: "division-by-zero" as const },
            ],
          ]),
        ),
      );
    out.push({
      id: code.toLowerCase(),
      code,
      sector: a.sector,
      nameNote: "De naam van het samenwerkingsverband staat niet in de open data hier; alleen de code.",
      year: a.year,
      municipalities: [...a.municipalities].sort(),
      provinces: [...a.provinces].sort(),
      members: [...a.members]
        .map(([board, m]) => ({
          board,
          name: boardName.get(board) ?? `Bestuur ${board}`,
          vestigingen: m.vest,
          pupils: m.pupils,
        }))
        .sort((x, y) => y.pupils - x.pupils || x.board.localeCompare(y.board)),
      series,
    });
  }
  // SWVs known only as legal entities in the PO finance files (reserves 2014-2015).
  const names = new Map<string, string>();
  for (const r of t.balance) if (C.SWV_GROUPS.has(r.group)) names.set(r.board, cleanName(r.name));
  for (const [board, name] of [...names].sort(([a], [b]) => a.localeCompare(b))) {
    const series: SeriesOut[] = [];
    for (const id of ["swv-eigen-vermogen", "swv-weerstandsvermogen"]) {
      const years = finance[id]!.get(board);
      if (years) series.push(toSeries(id, "po", years));
    }
    out.push({
      id: `bg-${board}`,
      sector: "po",
      name,
      nameNote:
        "Naam uit de financiële bestanden po. De SWV-code (PO…) van deze rechtspersoon staat niet in de open data.",
      financeBoardId: board,
      year: 2015,
      municipalities: [],
      provinces: [],
      members: [],
      series,
    });
  }
  return out;
}

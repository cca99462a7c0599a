// Entities: boards (besturen), their schools and vestigingen, and samenwerkingsverbanden.
import { vestigingCode } from "./fields.ts";
import type { Tables } from "./load.ts";
import { cleanName, municipalityName } from "./names.ts";
import { SWV_GROUPS } from "./compute.ts";
import type { Sector } from "./registry.ts";
import type { SeriesMap } from "./series.ts";
import { isNumber, type Cell } from "./values.ts";
import type { VestigingIndex } from "./vestigingIndex.ts";

export type SchoolType = "bo" | "sbo" | "so" | "vso" | "vo";

export interface VestigingOut {
  code: string;
  name: string;
  municipality?: string;
  type: SchoolType;
  pupils?: number;
  pupilsYear?: number;
  pupilsSuppressed?: boolean;
  /** The count leaves out a suppressed part (a vavo count `<5` in 2024-2025): the true number is at least this. */
  pupilsLowerBound?: boolean;
}

export interface SchoolOut {
  brin: string;
  name: string;
  vestigingen: VestigingOut[];
}

export interface BoardIdentity {
  id: string;
  name: string;
  /** Where the name comes from (a source id), or `derived-gemeente` / `none`. */
  nameSource: string;
  otherNames: string[];
  kvk?: string;
  sectors: Sector[];
  types: SchoolType[];
  denomination?: string;
  municipality?: string;
  province?: string;
  /** DUO groepering from the finance files (PO1-PO6, REC, SBO), with its year. */
  duoGroup?: { value: string; year: number };
  active: boolean;
  yearsSeen: number[];
  schools: SchoolOut[];
  swv: { code: string; sector: Sector; year: number }[];
}

const TYPE_OF_KIND: Record<string, SchoolType> = {
  BO: "bo",
  SBO: "sbo",
  SBAO: "sbo",
  SO: "so",
  VSO: "vso",
  "SO/VSO": "so",
  "(V)SO": "so",
};

/** The display form of a PO vestiging type from the 06 file (`SO/VSO` counts as so and vso). */
const typesOfKind = (kind: string): SchoolType[] =>
  kind === "SO/VSO" || kind === "(V)SO" ? ["so", "vso"] : [TYPE_OF_KIND[kind] ?? "bo"];

/** Boards with identity, schools and SWV membership, from every table and the computed series. */
export function buildBoards(
  t: Tables,
  series: { poPupils: SeriesMap; voPupils: SeriesMap; all: SeriesMap[] },
  /** The vestiging index: vestiging → SWV (code and list year) and → province. */
  index: VestigingIndex,
): BoardIdentity[] {
  interface Draft {
    id: string;
    names: Map<string, string>; // name → source id
    sectors: Set<Sector>;
    types: Set<SchoolType>;
    denominations: Map<string, number>;
    schools: Map<string, { name: string; vest: Map<string, VestigingOut> }>;
    active: boolean;
    years: Set<number>;
    duoGroup?: { value: string; year: number };
    voBoardRow?: Tables["voBoards"][number];
    /** Names from dated lists and files; the newest one is used when no current list names the board. */
    dated: { name: string; source: string; date: number }[];
  }
  const drafts = new Map<string, Draft>();
  const get = (id: string): Draft => {
    let d = drafts.get(id);
    if (!d)
      drafts.set(
        id,
        (d = {
          id,
          names: new Map(),
          sectors: new Set(),
          types: new Set(),
          denominations: new Map(),
          schools: new Map(),
          active: false,
          years: new Set(),
          dated: [],
        }),
      );
    return d;
  };
  const addVest = (d: Draft, brinCode: string, v: VestigingOut, schoolName?: string) => {
    let s = d.schools.get(brinCode);
    if (!s) d.schools.set(brinCode, (s = { name: schoolName ?? v.name, vest: new Map() }));
    const prev = s.vest.get(v.code);
    if (!prev || (v.pupilsYear ?? 0) > (prev.pupilsYear ?? 0)) {
      // A newer count replaces the older one whole: its flags must not outlive it.
      const base: Partial<VestigingOut> = { ...prev };
      if (v.pupilsYear !== undefined) {
        delete base.pupils;
        delete base.pupilsSuppressed;
        delete base.pupilsLowerBound;
      }
      s.vest.set(v.code, { ...base, ...v });
    }
    if (v.code.endsWith("00") && schoolName === undefined) s.name = v.name;
  };
  const denom = (d: Draft, value: string | undefined) => {
    if (value) d.denominations.set(value, (d.denominations.get(value) ?? 0) + 1);
  };

  // PO: historic pupils (current board of each vestiging), latest year with a count
  for (const r of t.historicPupils) {
    const d = get(r.board);
    d.sectors.add("po");
    const years = Object.entries(r.pupils).filter(
      ([, c]) => c !== 0 && !(typeof c !== "number" && c.missing === "not-reported"),
    );
    const last = years.at(-1);
    for (const ty of typesOfKind(r.kind)) d.types.add(ty);
    const code = vestigingCode(r.brin, r.vest);
    if (!code) continue;
    const cell = last?.[1];
    addVest(d, r.brin, {
      code,
      name: cleanName(r.name),
      municipality: municipalityName(r.municipality),
      type: typesOfKind(r.kind)[0]!,
      ...(last ? { pupilsYear: Number(last[0]) } : {}),
      ...(typeof cell === "number" ? { pupils: cell } : cell ? { pupilsSuppressed: true } : {}),
    });
    if (last && Number(last[0]) === 2025) d.active = true;
    denom(d, r.denomination);
  }
  // Current PO and special lists: these boards are active now.
  for (const r of [...t.poCurrentVestigingen, ...t.specialVestigingen]) {
    const d = get(r.board);
    d.sectors.add("po");
    d.active = true;
    const code = vestigingCode(r.brin, r.vest);
    if (r.kind) for (const ty of typesOfKind(r.kind)) d.types.add(ty);
    else d.types.add("bo");
    if (code && !d.schools.get(r.brin)?.vest.has(code))
      addVest(d, r.brin, {
        code,
        name: cleanName(r.name),
        municipality: municipalityName(r.municipality),
        type: r.kind ? typesOfKind(r.kind)[0]! : "bo",
      });
    denom(d, r.denomination);
  }
  // VO: pupils per vestiging and board 2017-2022, 2024-2025; the latest file wins for names and counts.
  const voYears: [
    number,
    { board: string; brin: string; vest: string; name: string; municipality: string; total: Cell }[],
  ][] = [
    ...t.voPupilsBoard,
    ...[...(t.voPupilsVavo ?? [])].map(
      ([y, rows]) =>
        [
          y,
          rows.map((r) => ({
            ...r,
            total: isNumber(r.pupils) && isNumber(r.vavo) ? r.pupils + r.vavo : r.pupils,
            lowerBound: isNumber(r.pupils) && !isNumber(r.vavo),
          })),
        ] as [
          number,
          {
            board: string;
            brin: string;
            vest: string;
            name: string;
            municipality: string;
            total: Cell;
            lowerBound?: boolean;
          }[],
        ],
    ),
  ];
  const latestVo = Math.max(...voYears.map(([y]) => y));
  for (const [year, rows] of [...voYears].sort(([a], [b]) => a - b)) {
    for (const r of rows) {
      const d = get(r.board);
      d.sectors.add("vo");
      d.types.add("vo");
      d.years.add(year);
      if (year === latestVo) d.active = true;
      const code = vestigingCode(r.brin, r.vest);
      if (!code) continue;
      addVest(d, r.brin, {
        code,
        name: cleanName(r.name),
        municipality: municipalityName(r.municipality),
        type: "vo",
        pupilsYear: year,
        ...(typeof r.total === "number" ? { pupils: r.total } : { pupilsSuppressed: true }),
        ...("lowerBound" in r && r.lowerBound ? { pupilsLowerBound: true } : {}),
      });
    }
  }
  for (const r of t.vo2020Vestigingen) {
    const d = get(r.board);
    d.sectors.add("vo");
    d.types.add("vo");
    denom(d, r.denomination);
    const code = vestigingCode(r.brin, r.vest);
    if (code && !d.schools.get(r.brin)?.vest.has(code))
      addVest(d, r.brin, {
        code,
        name: cleanName(r.name),
        municipality: municipalityName(r.municipality),
        type: "vo",
      });
  }
  for (const r of t.voBoards) {
    const d = get(r.board);
    d.sectors.add("vo");
    d.active = true;
    d.voBoardRow = r;
    d.names.set(cleanName(r.name), "vo-besturen-2023");
  }
  // PO year files carry their own board: a board seen only there (merged away) still gets its page and figures.
  for (const rows of [t.bron2016, ...t.poPupils.values()]) {
    for (const r of rows) {
      const d = get(r.board);
      d.sectors.add("po");
      const code = vestigingCode(r.brin, r.vest);
      if (code && !d.schools.get(r.brin)?.vest.has(code))
        addVest(d, r.brin, {
          code,
          name: cleanName(r.name),
          municipality: municipalityName(r.municipality),
          type: "bo",
        });
    }
  }
  for (const r of [
    ...t.weights2016,
    ...t.distance2016,
    ...[...t.eindscores.values()].flat(),
    ...t.fundingPupils2014,
  ])
    get(r.board).sectors.add("po");
  // Staff (PO) and finance (PO, not SWV rows) also make a board known.
  for (const r of t.staff) {
    const d = get(r.board);
    d.sectors.add("po");
    d.types.add(r.type === "BAO" ? "bo" : r.type === "SBAO" ? "sbo" : "so");
  }
  for (const r of [...t.balance].sort((a, b) => a.year - b.year)) {
    if (SWV_GROUPS.has(r.group)) continue;
    const d = get(r.board);
    d.sectors.add("po");
    d.years.add(r.year);
    d.duoGroup = { value: r.group, year: r.year };
    if (!d.names.has(cleanName(r.name))) d.names.set(cleanName(r.name), "po-balans");
  }
  // Second staging: finance files (po and vo, not SWVs), functiemix, the 2018 po board list and the Inspectie's
  // board list make a board known and give dated names.
  const finSector = (sec: string): Sector | undefined =>
    sec === "PO" ? "po" : sec === "VO" ? "vo" : undefined;
  // Every finance file makes its po and vo boards known (a board with only a lasten or baten row still gets its page).
  for (const [rows, source] of [
    [t.kengetallen ?? [], "fin-kengetallen-2012-2016"],
    [t.balans2015 ?? [], "fin-balans-2015-2019"],
    [t.balans2012 ?? [], "fin-balans-2012-2016"],
    [t.batenLasten2012 ?? [], "fin-baten-lasten-2012-2016"],
    [t.lasten2014 ?? [], "fin-lasten-2014-2018"],
  ] as const)
    for (const r of rows) {
      const sec = finSector(r.sector);
      if (!sec || SWV_GROUPS.has(r.group)) continue;
      const d = get(r.board);
      d.sectors.add(sec);
      if (sec === "vo") d.types.add("vo");
      if (r.name) d.dated.push({ name: cleanName(r.name), source, date: r.year + 0.99 });
    }
  // The PO baten/lasten file (which may hold a board without a balans row) and the bovenschools staff extract.
  for (const r of t.income) {
    if (SWV_GROUPS.has(r.group)) continue;
    const d = get(r.board);
    d.sectors.add("po");
    d.years.add(r.year);
    if (r.name) d.dated.push({ name: cleanName(r.name), source: "po-baten-lasten", date: r.year + 0.99 });
  }
  for (const r of t.bovenschools ?? []) get(r.board).sectors.add("po");
  for (const r of t.functiemix ?? []) {
    const sec = r.sectorCode === "3" ? "vo" : r.sectorCode === "4" ? undefined : "po";
    if (!sec) continue;
    const d = get(r.board);
    d.sectors.add(sec);
    if (sec === "vo") d.types.add("vo");
    if (r.name)
      d.dated.push({ name: cleanName(r.name), source: "functiemix-besturen-2006-2017", date: r.year + 0.8 });
  }
  for (const r of t.poBoards2018 ?? []) {
    const d = get(r.board);
    d.sectors.add("po");
    d.dated.push({ name: cleanName(r.name), source: "po-besturen-2018", date: 2018.3 });
  }
  for (const d of drafts.values())
    for (const [name, source] of d.names) {
      const year = source === "po-balans" ? 2015 : source === "vo-besturen-2023" ? 2023.5 : 0;
      if (!d.dated.some((x) => x.name === name)) d.dated.push({ name, source, date: year });
    }

  // Current DUO names (derived list): the preferred name; RIO names are older names.
  const current = new Map<string, { name: string; kvk: string }>();
  for (const r of t.boardNames) {
    if (r.origin === "besturenlijst") current.set(r.board, { name: cleanName(r.name), kvk: r.kvk });
  }
  const rioNames = new Map<string, string[]>();
  for (const r of t.boardNames)
    if (r.origin === "rio") rioNames.set(r.board, [...(rioNames.get(r.board) ?? []), cleanName(r.name)]);

  // Years seen: every year with a point in any series.
  for (const s of series.all)
    for (const [board, years] of s) {
      const d = drafts.get(board);
      if (d) for (const y of years.keys()) d.years.add(y);
    }

  const out: BoardIdentity[] = [];
  for (const d of [...drafts.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const cur = current.get(d.id);
    const vestigingen = [...d.schools.values()].flatMap((s) => [...s.vest.values()]);
    const main = [...vestigingen].sort(
      (a, b) =>
        (b.pupilsYear ?? 0) - (a.pupilsYear ?? 0) ||
        (b.pupils ?? -1) - (a.pupils ?? -1) ||
        a.code.localeCompare(b.code),
    )[0];
    const municipality =
      main?.municipality ?? (d.voBoardRow ? municipalityName(d.voBoardRow.municipality) : undefined);
    let name: string;
    let nameSource: string;
    if (cur) {
      name = cur.name;
      nameSource = "duo-besturen-actueel";
    } else if (d.voBoardRow) {
      name = cleanName(d.voBoardRow.name);
      nameSource = "vo-besturen-2023";
    } else if (d.dated.length > 0) {
      const newest = [...d.dated].sort((a, b) => b.date - a.date || a.source.localeCompare(b.source))[0]!;
      name = newest.name;
      nameSource = newest.source;
    } else if (d.id.startsWith("1") && municipality) {
      name = `Gemeente ${municipality}`;
      nameSource = "derived-gemeente";
    } else {
      name = `Bestuur ${d.id}`;
      nameSource = "none";
    }
    const otherNames = [
      ...new Set([...d.names.keys(), ...d.dated.map((x) => x.name), ...(rioNames.get(d.id) ?? [])]),
    ]
      .filter((n) => n !== name)
      .sort();
    const denomination =
      d.voBoardRow?.denomination ??
      [...d.denominations.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    const province = main ? index.place(main.code)?.province : undefined;
    const swv: BoardIdentity["swv"] = [];
    const swvSeen = new Set<string>();
    for (const v of vestigingen) {
      for (const sector of ["po", "vo"] as const) {
        const hit = index.swv(sector, v.code);
        if (hit && !swvSeen.has(hit.code)) {
          swvSeen.add(hit.code);
          swv.push({ code: hit.code, sector, year: hit.year });
        }
      }
    }
    out.push({
      id: d.id,
      name,
      nameSource,
      otherNames,
      ...(cur?.kvk ? { kvk: cur.kvk } : d.voBoardRow?.kvk ? { kvk: d.voBoardRow.kvk } : {}),
      sectors: (["po", "vo"] as const).filter((s) => d.sectors.has(s)),
      types: (["bo", "sbo", "so", "vso", "vo"] as const).filter((s) => d.types.has(s)),
      ...(denomination ? { denomination } : {}),
      ...(municipality ? { municipality } : {}),
      ...(province ? { province } : {}),
      ...(d.duoGroup ? { duoGroup: d.duoGroup } : {}),
      active: d.active || cur !== undefined,
      yearsSeen: [...d.years].sort((a, b) => a - b),
      schools: [...d.schools.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([brinCode, s]) => ({
          brin: brinCode,
          name: s.name,
          vestigingen: [...s.vest.values()].sort((a, b) => a.code.localeCompare(b.code)),
        })),
      swv: swv.sort((a, b) => a.code.localeCompare(b.code)),
    });
  }
  return out;
}

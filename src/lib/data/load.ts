import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SourceError, type RejectedPart, type Rejection } from "./errors.ts";
import { rawFileName, type Manifest } from "./manifest.ts";
import { achterstandSpec } from "./achterstand.ts";
import { HISTORY_SOURCE } from "./history.ts";
import { OORDELEN_SOURCE } from "./oordelen.ts";
import * as F from "./specs-finance.ts";
import * as L from "./specs-lists.ts";
import * as S from "./specs.ts";
import { assertTrusted, readTable, type TableResult, type TableSpec } from "./table.ts";

/** Per-source reading statistics for the coverage report. */
export interface SourceStats {
  id: string;
  /** The local copy's name in data/raw/ (`<id>.<ext>`); rejections name the file by its mirrorPath. */
  file: string;
  encoding: string;
  rowsRead: number;
  rowsKept: number;
  rejected: Rejection[];
  /** Rejected rows that name their board (see {@link RejectedPart}); not written to data/derived. */
  parts?: RejectedPart[];
  /** Wall time of reading and validating the file (all its sheets), for the bench; not written to data/derived. */
  ms?: number;
}

type Rows<T> = (T & { line: number })[];
type Out<Spec> = Spec extends TableSpec<infer T> ? Rows<T> : never;

/** Every parsed table the pipeline uses, keyed by purpose. */
export interface Tables {
  poCurrentVestigingen: Out<typeof S.vestigingListSpec>;
  po2020Vestigingen: Out<typeof S.vestigingListSpec>;
  specialVestigingen: Out<typeof S.vestigingListSpec>;
  vo2020Vestigingen: Out<typeof S.vestigingListSpec>;
  historicPupils: Out<typeof S.historicPupilsSpec>;
  poPupils: Map<number, Out<typeof S.poPupilsYearSpec>>;
  weights2016: Out<typeof S.weightSpec>;
  bron2016: Out<typeof S.bronSpec>;
  distance2016: Out<typeof S.distanceSpec>;
  eindscores: Map<number, Out<typeof S.eindscoreSpec>>;
  balance: Out<typeof S.balanceSpec>;
  income: Out<typeof S.incomeSpec>;
  fundingPupils2014: Out<typeof S.fundingPupilsSpec>;
  voBoards: Out<typeof S.voBoardSpec>;
  voPupilsBoard: Map<number, Out<typeof S.voPupilsBoardSpec>>;
  voPupils2016: Out<typeof S.voPupilsTypeSpec>;
  exams: Out<typeof S.exam2014Spec>;
  repeat2015: Out<typeof S.repeatSpec>;
  vsv2015: Out<typeof S.vsvSpec>;
  staff: Out<typeof S.staffSpec>;
  boardNames: Out<typeof S.boardNameSpec>;
  achterstand2019: Out<typeof achterstandSpec>;
  // Second staging
  kengetallen: Out<typeof F.kengetallenSpec>;
  balans2012: Out<typeof F.balansSpec>;
  batenLasten2012: Out<typeof F.batenLastenSpec>;
  balans2015: Out<typeof F.balansSpec>;
  lasten2014: Out<typeof F.lastenSpec>;
  functiemix: Out<typeof L.functiemixSpec>;
  bovenschools: Out<typeof L.bovenschoolsSpec>;
  voPupilsVavo: Map<number, Out<typeof L.voPupilsVavoSpec>>;
  schoolweging: Map<number, Rows<import("zod").output<typeof L.SchoolwegingRow>>>;
  poBoards2018: Out<typeof L.poBoardListSpec>;
  swvBoards2018: Out<typeof L.swvBoardSpec>;
  swvMembers2018: Out<typeof L.swvMemberSpec>;
  soVso2013: Rows<import("zod").output<typeof L.SoVsoRow>>;
  closures: Out<typeof L.closureSpec>;
  boardJudgements2018: Out<typeof L.boardJudgementSpec>;
  schoolJudgements2018: Out<typeof L.schoolJudgementSpec>;
}

export interface Loaded {
  tables: Tables;
  stats: SourceStats[];
}

/** Reads one raw source by id; a missing file is a structural error. */
export type ReadSource = <T>(id: string, spec: TableSpec<T>) => Rows<T>;

/** Builds a reader over `rawDir` that records per-source statistics into `stats`. */
export function sourceReader(manifest: Manifest, rawDir: string, stats: SourceStats[]): ReadSource {
  const read = readOne(manifest, rawDir);
  return <T>(id: string, spec: TableSpec<T>): Rows<T> => {
    const { rows, stat } = read(id, spec);
    addStats(stats, stat);
    return rows;
  };
}

/** One read of one source: its rows and the statistics of that read alone. */
export interface ReadOutcome<T = unknown> {
  rows: Rows<T>;
  stat: SourceStats;
}

/**
 * Reads sources by id from `rawDir` without recording anything (see {@link addStats}); a missing file is a
 * structural error. One reader keeps each file's bytes, so a workbook read sheet by sheet is parsed once.
 */
export function readOne(
  manifest: Manifest,
  rawDir: string,
): <T>(id: string, spec: TableSpec<T>) => ReadOutcome<T> {
  const fileBytes = new Map<string, Uint8Array>();
  return <T>(id: string, spec: TableSpec<T>): ReadOutcome<T> => {
    const source = manifest.sources.find((s) => s.id === id);
    if (!source) throw new Error(`unknown source id ${id}`);
    const file = rawFileName(source);
    const path = join(rawDir, file);
    if (!existsSync(path))
      throw new SourceError(
        path,
        `source file is missing (run the fetch step; official URL: ${source.url ?? "none"})`,
      );
    const t0 = performance.now();
    let bytes = fileBytes.get(path);
    if (!bytes) fileBytes.set(path, (bytes = new Uint8Array(readFileSync(path))));
    // Messages name the file as the user knows it: its path in the source folder (manifest mirrorPath).
    const period =
      source.years.length > 0 ? ([Math.min(...source.years), Math.max(...source.years)] as const) : undefined;
    let result: TableResult<T>;
    try {
      result = readTable(bytes, source.mirrorPath, spec, period ? { period } : {});
      assertTrusted(result, spec);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      throw new SourceError(e.file, `${e.detail} (source ${id}, read from ${path})`, e.line, e.column);
    }
    const stat: SourceStats = {
      id,
      file,
      encoding: result.encoding,
      rowsRead: result.rowsRead,
      rowsKept: result.rows.length,
      rejected: result.rejected,
      parts: result.parts,
      ms: performance.now() - t0,
    };
    return { rows: result.rows, stat };
  };
}

/** Records one read's statistics; a workbook read sheet by sheet counts as one source. */
export function addStats(stats: SourceStats[], stat: SourceStats): void {
  const prior = stats.find((s) => s.id === stat.id);
  if (prior) {
    prior.rowsRead += stat.rowsRead;
    prior.rowsKept += stat.rowsKept;
    prior.rejected.push(...stat.rejected);
    prior.parts = [...(prior.parts ?? []), ...(stat.parts ?? [])];
    prior.ms = (prior.ms ?? 0) + (stat.ms ?? 0);
  } else stats.push(stat);
}

/** Reads every table the pipeline needs from `rawDir`. */
export function loadTables(read: ReadSource): Tables {
  const byYear = <T>(ids: [number, string][], spec: TableSpec<T>) =>
    new Map(ids.map(([y, id]) => [y, read(id, spec)] as const));
  const exams = [
    ...read("vo-examens-2014-2019", S.exam2014Spec),
    ...read("vo-examens-2019-2024", S.exam2019Spec),
  ];
  return {
    poCurrentVestigingen: read("po-vestigingen-actueel", S.vestigingListSpec),
    po2020Vestigingen: read("po-vestigingen-2020", S.vestigingListSpec),
    specialVestigingen: read("sbo-so-vso-vestigingen", S.vestigingListSpec),
    vo2020Vestigingen: read("vo-vestigingen-2020", S.vestigingListSpec),
    historicPupils: read("po-leerlingen-historisch", S.historicPupilsSpec),
    poPupils: byYear(
      [
        [2015, "po-leerlingen-soort-2015"],
        [2016, "po-leerlingen-soort-2016"],
      ],
      S.poPupilsYearSpec,
    ),
    weights2016: read("po-leerlingen-gewicht-2016", S.weightSpec),
    bron2016: read("po-leerlingen-bron-2016", S.bronSpec),
    distance2016: read("po-afstand-2016", S.distanceSpec),
    eindscores: byYear(
      [
        [2015, "po-eindscores-2015"],
        [2018, "po-eindscores-2018"],
      ],
      S.eindscoreSpec,
    ),
    balance: read("po-balans", S.balanceSpec),
    income: read("po-baten-lasten", S.incomeSpec),
    fundingPupils2014: read("po-personele-bekostiging-2015", S.fundingPupilsSpec),
    voBoards: read("vo-besturen-2023", S.voBoardSpec),
    voPupilsBoard: byYear(
      [2017, 2018, 2019, 2020, 2021, 2022].map((y) => [y, `vo-leerlingen-bestuur-${y}`] as [number, string]),
      S.voPupilsBoardSpec,
    ),
    voPupils2016: read("vo-leerlingen-onderwijstype-2016", S.voPupilsTypeSpec),
    exams,
    repeat2015: read("vo-zittenblijven-2015", S.repeatSpec),
    vsv2015: read("vo-vsv-swv-2015", S.vsvSpec),
    staff: read("po-personeel-2011-2025", S.staffSpec),
    boardNames: read("duo-besturen-actueel", S.boardNameSpec),
    achterstand2019: read("cbs-achterstandsscores-2019", achterstandSpec),
    kengetallen: read("fin-kengetallen-2012-2016", F.kengetallenSpec),
    balans2012: read("fin-balans-2012-2016", F.balansSpec),
    batenLasten2012: read("fin-baten-lasten-2012-2016", F.batenLastenSpec),
    balans2015: read("fin-balans-2015-2019", F.balansSpec),
    lasten2014: read("fin-lasten-2014-2018", F.lastenSpec),
    functiemix: read("functiemix-besturen-2006-2017", L.functiemixSpec),
    bovenschools: read("po-personeel-bovenschools-2011-2017", L.bovenschoolsSpec),
    voPupilsVavo: byYear(
      [
        [2024, "vo-leerlingen-bestuur-2024"],
        [2025, "vo-leerlingen-bestuur-2025"],
      ],
      L.voPupilsVavoSpec,
    ),
    schoolweging: new Map(
      ([2017, 2018, 2019] as const).map(
        (y, i) => [y, read("cbs-schoolweging-2017-2019", L.schoolwegingSpec(`Tabel ${i + 1}`))] as const,
      ),
    ),
    poBoards2018: read("po-besturen-2018", L.poBoardListSpec),
    swvBoards2018: read("swv-besturen-2018", L.swvBoardSpec),
    swvMembers2018: read("po-swv-instellingen-2018", L.swvMemberSpec),
    soVso2013: [
      ...read("swv-so-vso-2013", L.soVsoSpec(/^PO groei/)),
      ...read("swv-so-vso-2013", L.soVsoSpec(/^VO groei/)),
    ],
    closures: read(HISTORY_SOURCE, L.closureSpec),
    boardJudgements2018: read(OORDELEN_SOURCE.boards, L.boardJudgementSpec),
    schoolJudgements2018: read(OORDELEN_SOURCE.schools, L.schoolJudgementSpec),
  };
}

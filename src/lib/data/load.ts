import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SourceError, type Rejection } from "./errors.ts";
import { rawFileName, type Manifest } from "./manifest.ts";
import * as S from "./specs.ts";
import { readTable, type TableResult, type TableSpec } from "./table.ts";

/** Per-source reading statistics for the coverage report. */
export interface SourceStats {
  id: string;
  file: string;
  encoding: string;
  rowsRead: number;
  rowsKept: number;
  rejected: Rejection[];
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
}

export interface Loaded {
  tables: Tables;
  stats: SourceStats[];
}

/** Reads one raw source by id; a missing file is a structural error. */
export type ReadSource = <T>(id: string, spec: TableSpec<T>) => Rows<T>;

/** Builds a reader over `rawDir` that records per-source statistics into `stats`. */
export function sourceReader(manifest: Manifest, rawDir: string, stats: SourceStats[]): ReadSource {
  return <T>(id: string, spec: TableSpec<T>): Rows<T> => {
    const source = manifest.sources.find((s) => s.id === id);
    if (!source) throw new Error(`unknown source id ${id}`);
    const file = rawFileName(source);
    const path = join(rawDir, file);
    if (!existsSync(path))
      throw new SourceError(
        path,
        `source file is missing (run the fetch step; official URL: ${source.url ?? "none"})`,
      );
    const result: TableResult<T> = readTable(new Uint8Array(readFileSync(path)), file, spec);
    stats.push({
      id,
      file,
      encoding: result.encoding,
      rowsRead: result.rowsRead,
      rowsKept: result.rows.length,
      rejected: result.rejected,
    });
    return result.rows;
  };
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
  };
}

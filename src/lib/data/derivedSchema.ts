// One contract for data/derived/: a zod schema per file, checked when the pipeline writes a file and when the
// site (pages, search index, comparison) reads one. A wrong shape stops the build with the file and the path.
//
// The TypeScript interfaces of the pipeline (BoardOut, SwvOut, SectorStat, CoverageOut, Point, …) stay where they
// are (build.ts and friends are edited by several people); compile-time equality checks at the end of this file
// make `tsc` fail as soon as a schema and its interface differ, in either direction.
import { z } from "zod";
import type * as core from "zod/v4/core";
import type { BoardOut, CoverageOut, SectorStat, SeriesOut, SwvOut } from "./build.ts";
import type { BoardIdentity, SchoolOut, VestigingOut } from "./entities.ts";
import type { Rejection } from "./errors.ts";
import type { FetchRecord } from "./fetch.ts";
import type { SourceDifference } from "./finance.ts";
import type { HistoryEvent, HistoryOut } from "./history.ts";
import { LearnFromFileSchema, LearnFromSwvFileSchema } from "./learnFromSchema.ts";
import type { SuccessorOut } from "./successors.ts";
import type { VestigingFacts } from "./vestigingFacts.ts";
import { ManifestSchema } from "./manifest.ts";
import { checkDerived, PeerFileSchema } from "./peersSchema.ts";
import type { BoardLevelJudgement, OordelenOut, OordelenSector, WeakUnit } from "./oordelen.ts";
import type { PeerFile } from "./output.ts";
import type { Bounds, Currency, IndicatorDef, SignalValue } from "./registry.ts";
import type { Point } from "./series.ts";
import type { MissingReason } from "./values.ts";

export { checkDerived, PeerFileSchema };

const str = z.string();
const num = z.number();
const int = z.number().int();
const bool = z.boolean();
const opt = <T extends z.ZodType>(t: T) => t.optional();

export const SectorSchema = z.enum(["po", "vo"]);
const sectorRecord = <T extends z.ZodType>(t: T) => z.partialRecord(SectorSchema, t);

export const MissingReasonSchema = z.enum([
  "suppressed-small",
  "suppressed",
  "not-reported",
  "not-in-source",
  "division-by-zero",
  "board-level-staff",
  "no-central-exams",
  "incomplete",
  "impossible",
]);

export const PointSchema = z.strictObject({
  year: int,
  value: opt(num),
  missing: opt(MissingReasonSchema),
  n: opt(num),
  lowerBound: opt(bool),
  note: opt(str),
  source: opt(str),
  implausible: opt(bool),
  implausibleReason: opt(str),
});

export const SeriesSchema = z.strictObject({
  indicator: str,
  sector: SectorSchema,
  points: z.array(PointSchema),
});

const VestigingSchema = z.strictObject({
  code: str,
  name: str,
  municipality: opt(str),
  type: z.enum(["bo", "sbo", "so", "vso", "vo"]),
  pupils: opt(num),
  pupilsYear: opt(int),
  pupilsSuppressed: opt(bool),
  pupilsLowerBound: opt(bool),
});
const SchoolSchema = z.strictObject({ brin: str, name: str, vestigingen: z.array(VestigingSchema) });

const BoardIdentityShape = {
  id: str,
  name: str,
  nameSource: str,
  otherNames: z.array(str),
  kvk: opt(str),
  sectors: z.array(SectorSchema),
  types: z.array(z.enum(["bo", "sbo", "so", "vso", "vo"])),
  denomination: opt(str),
  municipality: opt(str),
  province: opt(str),
  duoGroup: opt(z.strictObject({ value: str, year: int })),
  active: bool,
  yearsSeen: z.array(int),
  schools: z.array(SchoolSchema),
  swv: z.array(z.strictObject({ code: str, sector: SectorSchema, year: int })),
};

const JudgementSchema = z.enum([
  "Goed",
  "Voldoende",
  "Onvoldoende",
  "Zwak",
  "Zeer zwak",
  "Zonder actueel oordeel",
  "Geen oordeel",
  "leeg",
]);
const JudgedSectorSchema = z.enum(["po", "vo", "so"]);
const OordelenSectorSchema = z.strictObject({
  sector: JudgedSectorSchema,
  units: int,
  judged: int,
  weak: int,
  counts: z.partialRecord(JudgementSchema, num),
});
const WeakUnitSchema = z.strictObject({
  sector: JudgedSectorSchema,
  unit: str,
  vestiging: opt(str),
  name: opt(str),
  unitName: opt(str),
  judgement: str,
  judgedOn: opt(str),
});
const BoardLevelJudgementSchema = z.strictObject({
  finBeheer: opt(str),
  finContinuiteit: opt(str),
  finDate: opt(str),
  kwaliteitszorg: opt(str),
  kwDate: opt(str),
});
const OordelenSchema = z.strictObject({
  peildatum: str,
  board: opt(BoardLevelJudgementSchema),
  sectors: z.array(OordelenSectorSchema),
  weakUnits: z.array(WeakUnitSchema),
});

const HistoryEventSchema = z.strictObject({
  brin: str,
  name: str,
  place: opt(str),
  kind: str,
  schoolYear: str,
  date: str,
  how: z.enum(["fusie", "fusie-nevenvestiging", "opheffing", "anders"]),
  howLabel: str,
  pupils: opt(num),
  pupilsMissing: opt(MissingReasonSchema),
  into: opt(
    z.strictObject({
      brin: str,
      name: opt(str),
      board: opt(str),
      boardName: opt(str),
      sameBoard: bool,
    }),
  ),
});
const HistorySchema = z.strictObject({
  events: z.array(HistoryEventSchema),
  mergedInto: opt(z.strictObject({ board: str, name: str, schools: int, hasPage: bool })),
});

const YearCountSchema = z.strictObject({ year: int, value: num });
const VestigingFactsSchema = z.strictObject({
  pupils: opt(z.strictObject({ latest: YearCountSchema, then: opt(YearCountSchema), source: str })),
  exam: opt(
    z.union([
      z.strictObject({ year: int, candidates: num, passed: num, rate: num, suppressed: opt(int) }),
      z.strictObject({ year: int, missing: MissingReasonSchema }),
    ]),
  ),
  eindtoets: opt(
    z.strictObject({
      year: int,
      test: z.enum(["CET", "IEP", "ROUTE 8"]),
      average: num,
      pupils: num,
      source: str,
    }),
  ),
  oordelen: opt(z.array(z.strictObject({ unit: opt(str), judgement: str, judgedOn: opt(str) }))),
  place: opt(str),
});
const SuccessorSchema = z.strictObject({
  kind: z.enum(["merger", "split", "closed"]),
  successors: z.array(
    z.strictObject({ board: str, vestigingen: int, year: int, source: str, via: z.enum(["list", "fusie"]) }),
  ),
  total: int,
  closed: int,
  lastYear: int,
});

/** `boards/<id>.json`. */
export const BoardSchema = z.strictObject({
  ...BoardIdentityShape,
  sizeClass: sectorRecord(str),
  series: z.array(SeriesSchema),
  oordelen: opt(OordelenSchema),
  history: opt(HistorySchema),
  successor: opt(SuccessorSchema),
  vestigingFacts: opt(z.record(str, VestigingFactsSchema)),
});
export const BoardIdentitySchema = z.strictObject(BoardIdentityShape);

/** `swv/<id>.json`. */
export const SwvSchema = z.strictObject({
  id: str,
  code: str,
  sector: SectorSchema,
  name: opt(str),
  nameNote: str,
  listDate: opt(str),
  address: opt(z.strictObject({ street: opt(str), postcode: opt(str), place: opt(str) })),
  website: opt(str),
  financeBoardId: opt(str),
  redirectFrom: opt(z.array(str)),
  year: int,
  membersSource: str,
  memberPupilsYear: int,
  memberPupilsSource: str,
  membersListYears: opt(z.array(num)),
  municipalities: z.array(str),
  provinces: z.array(str),
  members: z.array(
    z.strictObject({
      board: str,
      name: str,
      vestigingen: int,
      pupils: opt(num),
      pupilsMissing: opt(int),
    }),
  ),
  series: z.array(SeriesSchema),
});

/** One entry of `sectors.json`. */
export const SectorStatSchema = z.strictObject({
  indicator: str,
  sector: SectorSchema,
  year: int,
  n: int,
  missing: z.record(str, int),
  min: opt(num),
  q1: opt(num),
  median: opt(num),
  q3: opt(num),
  max: opt(num),
  total: opt(num),
  totalLowerBound: opt(bool),
  weighted: opt(num),
  weightBase: opt(num),
  implausible: opt(int),
});

const RejectionSchema = z.strictObject({
  file: str,
  line: int,
  column: opt(int),
  field: opt(str),
  reason: str,
});
const SourceDifferenceSchema = z.strictObject({
  indicator: str,
  chosen: str,
  other: str,
  compared: int,
  differ: int,
  examples: z.array(z.strictObject({ board: str, year: int, chosen: num, other: num })),
});

/** `coverage.json`. */
export const CoverageSchema = z.strictObject({
  sources: z.array(
    z.strictObject({
      id: str,
      file: str,
      encoding: str,
      rowsRead: int,
      rowsKept: int,
      rejected: int,
      reasons: z.record(str, int),
      examples: z.array(RejectionSchema),
    }),
  ),
  joins: z.array(z.strictObject({ what: str, count: int, examples: z.array(str) })),
  indicators: z.array(z.strictObject({ indicator: str, sector: SectorSchema, years: z.record(str, int) })),
  fields: z.array(z.strictObject({ field: str, sector: SectorSchema, years: z.array(int), indicators: int })),
  differences: z.array(SourceDifferenceSchema),
  plausibility: z.array(
    z.strictObject({
      indicator: str,
      sector: SectorSchema,
      checked: int,
      implausible: int,
      impossible: int,
      examples: z.array(str),
    }),
  ),
  boards: z.strictObject({
    total: int,
    active: int,
    bySector: z.record(str, int),
    byNameSource: z.record(str, int),
  }),
});

const SignalSchema = z.strictObject({
  value: num,
  when: z.enum(["below", "above"]),
  label: str,
  source: str,
  url: str,
});
const BoundsSchema = z.strictObject({
  min: opt(num),
  max: opt(num),
  plausible: opt(z.strictObject({ min: opt(num), max: opt(num) })),
  why: str,
});
const CurrencySchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("years"), maxAge: int }),
  z.strictObject({ kind: z.literal("dated"), what: str }),
]);
export const IndicatorDefSchema = z.strictObject({
  id: str,
  label: str,
  short: str,
  field: z.enum(["onderwijs", "leerling-ouder", "financien", "medewerkers", "swv"]),
  level: z.enum(["board", "swv"]),
  sectors: z.array(SectorSchema),
  unit: z.enum(["count", "percent", "ratio", "euro", "score", "km"]),
  decimals: int,
  definition: str,
  plain: str,
  formula: str,
  sources: z.array(str),
  yearKind: z.enum(["peildatum", "schooljaar", "kalenderjaar"]),
  dateLabel: opt(str),
  direction: z.enum(["higher", "lower", "neutral"]),
  summable: bool,
  signal: opt(SignalSchema),
  caveats: z.array(str),
  bounds: opt(BoundsSchema),
  currency: opt(CurrencySchema),
});

const FetchRecordSchema = z.strictObject({
  id: str,
  file: str,
  bytes: int,
  sha256: str,
  origin: z.enum(["snapshot", "mirror"]),
  matchesManifest: bool,
});

/** `registry.json`. Size classes end with `max: null` (Infinity in the pipeline, null in JSON). */
export const RegistrySchema = z.strictObject({
  indicators: z.array(IndicatorDefSchema),
  fields: z.array(z.strictObject({ id: IndicatorDefSchema.shape.field, label: str, slug: str })),
  sizeClasses: z.record(SectorSchema, z.array(z.strictObject({ id: str, label: str, max: num.nullable() }))),
  manifest: ManifestSchema,
  fetched: z.array(FetchRecordSchema),
});

/** One entry of `boards.json`. */
export const BoardIndexEntrySchema = z.strictObject({
  id: str,
  name: str,
  otherNames: z.array(str),
  sectors: z.array(SectorSchema),
  types: z.array(str),
  municipality: opt(str),
  province: opt(str),
  denomination: opt(str),
  active: bool,
  sizeClass: sectorRecord(str),
  pupils: sectorRecord(z.strictObject({ year: int, value: num, lowerBound: opt(bool) })),
  schoolNames: z.array(str),
});
export const BoardIndexSchema = z.array(BoardIndexEntrySchema);

/** One entry of `swvs.json`. */
export const SwvIndexEntrySchema = z.strictObject({
  id: str,
  code: opt(str),
  name: opt(str),
  sector: SectorSchema,
  municipalities: z.array(str),
  provinces: z.array(str),
  members: int,
});
export const SwvIndexSchema = z.array(SwvIndexEntrySchema);

/** `values.json`: `"indicator|sector"` → year → [board, value][]. */
export const ValuesIndexSchema = z.record(str, z.record(str, z.array(z.tuple([str, num]))));

/** The schema of a file below data/derived/, by its path there (`boards/100.json` → the board schema). */
export function schemaOf(path: string): core.$ZodType {
  if (path.startsWith("boards/")) return BoardSchema;
  if (path.startsWith("swv/")) return SwvSchema;
  const s = FILES[path];
  if (!s) throw new Error(`data/derived/${path}: no schema for this file (add one to derivedSchema.ts)`);
  return s;
}
const FILES: Record<string, core.$ZodType> = {
  "registry.json": RegistrySchema,
  "boards.json": BoardIndexSchema,
  "swvs.json": SwvIndexSchema,
  "sectors.json": z.array(SectorStatSchema),
  "values.json": ValuesIndexSchema,
  "peers.json": PeerFileSchema,
  "coverage.json": CoverageSchema,
  "leer-van.json": LearnFromFileSchema,
  "leer-van-swv.json": LearnFromSwvFileSchema,
};

// ---- compile-time equality between the schemas and the interfaces ----------------------------------------

/** True only when A and B are the same type (not merely assignable): an optional field on one side fails it. */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Out<S extends core.$ZodType> = core.output<S>;
/** A failing check reads "Type 'true' is not assignable to type 'false'" on the line of the pair that drifted. */
export const TYPE_CHECKS = {
  point: true satisfies Equals<Out<typeof PointSchema>, Point>,
  missing: true satisfies Equals<Out<typeof MissingReasonSchema>, MissingReason>,
  series: true satisfies Equals<Out<typeof SeriesSchema>, SeriesOut>,
  vestiging: true satisfies Equals<Out<typeof VestigingSchema>, VestigingOut>,
  school: true satisfies Equals<Out<typeof SchoolSchema>, SchoolOut>,
  identity: true satisfies Equals<Out<typeof BoardIdentitySchema>, BoardIdentity>,
  oordelenSector: true satisfies Equals<Out<typeof OordelenSectorSchema>, OordelenSector>,
  weakUnit: true satisfies Equals<Out<typeof WeakUnitSchema>, WeakUnit>,
  boardJudgement: true satisfies Equals<Out<typeof BoardLevelJudgementSchema>, BoardLevelJudgement>,
  oordelen: true satisfies Equals<Out<typeof OordelenSchema>, OordelenOut>,
  historyEvent: true satisfies Equals<Out<typeof HistoryEventSchema>, HistoryEvent>,
  history: true satisfies Equals<Out<typeof HistorySchema>, HistoryOut>,
  successor: true satisfies Equals<Out<typeof SuccessorSchema>, SuccessorOut>,
  facts: true satisfies Equals<Out<typeof VestigingFactsSchema>, VestigingFacts>,
  board: true satisfies Equals<Out<typeof BoardSchema>, BoardOut>,
  swv: true satisfies Equals<Out<typeof SwvSchema>, SwvOut>,
  sectorStat: true satisfies Equals<Out<typeof SectorStatSchema>, SectorStat>,
  rejection: true satisfies Equals<Out<typeof RejectionSchema>, Rejection>,
  difference: true satisfies Equals<Out<typeof SourceDifferenceSchema>, SourceDifference>,
  coverage: true satisfies Equals<Out<typeof CoverageSchema>, CoverageOut>,
  signal: true satisfies Equals<Out<typeof SignalSchema>, SignalValue>,
  bounds: true satisfies Equals<Out<typeof BoundsSchema>, Bounds>,
  currency: true satisfies Equals<Out<typeof CurrencySchema>, Currency>,
  indicator: true satisfies Equals<Out<typeof IndicatorDefSchema>, IndicatorDef>,
  fetch: true satisfies Equals<Out<typeof FetchRecordSchema>, FetchRecord>,
  peers: true satisfies Equals<Out<typeof PeerFileSchema>, PeerFile>,
} as const;

// The schema of data/derived/leer-van.json ("Leer van", learnFrom.ts), with a compile-time check that it matches
// the interfaces. Kept apart from derivedSchema.ts so that file needs only one line for it.
import { z } from "zod";
import type { ContactOut } from "./contacts.ts";
import type { LearnCount, LearnEntry, LearnFromFile, LearnItem, ProfileFeature } from "./learnFrom.ts";
import type { LearnFromSwvFile } from "./learnFromSwv.ts";

const str = z.string();
const num = z.number();
const int = z.number().int();
const opt = <T extends z.ZodType>(t: T) => t.optional();
const Sector = z.enum(["po", "vo"]);

const ItemSchema = z.strictObject({ id: str, value: num, sameProvince: opt(z.boolean()) });
const EntrySchema = z.strictObject({
  kind: z.enum(["better", "differ", "none", "few", "old"]),
  year: int,
  n: opt(int),
  threshold: opt(num),
  margin: opt(num),
  items: opt(z.array(ItemSchema)),
  inProvince: opt(z.array(ItemSchema)),
});
const ContactSchema = z.strictObject({
  street: opt(str),
  postcode: opt(str),
  place: opt(str),
  website: opt(str),
  source: str,
  list: str,
});
const FeatureSchema = z.strictObject({ key: str, year: int, value: num });
const CountSchema = z.strictObject({
  indicator: str,
  sector: Sector,
  boards: int,
  better: int,
  differ: int,
  none: int,
  few: int,
  old: int,
});
export const LearnFromFileSchema = z.strictObject({
  boards: z.record(str, z.record(str, EntrySchema)),
  contacts: z.record(str, ContactSchema),
  profiles: z.record(str, z.partialRecord(Sector, z.array(FeatureSchema))),
  counts: z.array(CountSchema),
});

export const LearnFromSwvFileSchema = z.strictObject({
  swvs: z.record(str, z.record(str, EntrySchema)),
  contacts: z.record(str, ContactSchema),
  profiles: z.record(str, z.array(FeatureSchema)),
  counts: z.array(CountSchema),
});

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Out<S extends z.ZodType> = z.output<S>;
export const LEARN_TYPE_CHECKS = {
  item: true satisfies Equals<Out<typeof ItemSchema>, LearnItem>,
  entry: true satisfies Equals<Out<typeof EntrySchema>, LearnEntry>,
  contact: true satisfies Equals<Out<typeof ContactSchema>, ContactOut>,
  feature: true satisfies Equals<Out<typeof FeatureSchema>, ProfileFeature>,
  count: true satisfies Equals<Out<typeof CountSchema>, LearnCount>,
  file: true satisfies Equals<Out<typeof LearnFromFileSchema>, LearnFromFile>,
  swvFile: true satisfies Equals<Out<typeof LearnFromSwvFileSchema>, LearnFromSwvFile>,
} as const;

// The schema of peers.json and the check every reader of data/derived/ uses. Kept apart from derivedSchema.ts,
// which imports Node-only modules, because the comparison page checks peers.json in the browser. Written with
// zod/mini (the same core as zod, a fraction of the bytes in the page's script); `checkDerived` takes schemas of
// either flavour.
import * as z from "zod/mini";
import type * as core from "zod/v4/core";

const str = z.string();
const int = z.number().check(z.int());
const num = z.number();
const bool = z.boolean();
const opt = <T extends core.SomeType>(t: T) => z.optional(t);

const Sector = z.enum(["po", "vo"]);
const sectorRecord = <T extends core.SomeType>(t: T) => z.partialRecord(Sector, t);

const PeerBoardSchema = z.strictObject({
  id: str,
  n: str,
  s: z.array(Sector),
  c: sectorRecord(str),
  p: opt(str),
  m: opt(str),
  d: opt(str),
  w: z.array(str),
  a: bool,
  t: opt(z.array(str)),
});
/** One indicator of the peer file: years and rows [board index, value per year]. */
export const PeerIndicatorSchema = z.strictObject({
  years: z.array(int),
  rows: z.array(z.tuple([int], z.nullable(num))),
});
/** `/data/peers/boards.json`: the peer file's boards and its indicator keys (the split for the browser). */
export const PeerBoardsSchema = z.strictObject({ boards: z.array(PeerBoardSchema), keys: z.array(str) });

/** `peers.json` (also read in the browser by /vergelijk/). */
export const PeerFileSchema = z.strictObject({
  boards: z.array(PeerBoardSchema),
  indicators: z.record(str, PeerIndicatorSchema),
});

/** The first few issues of a failed parse as `file: path: message` lines. */
export function describeIssues(file: string, issues: readonly core.$ZodIssue[]): string {
  const lines = issues
    .slice(0, 5)
    .map((i) => `  ${file}: ${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
  const more = issues.length > 5 ? `\n  … and ${issues.length - 5} more` : "";
  return `${file} does not match its schema (src/lib/data/derivedSchema.ts):\n${lines.join("\n")}${more}`;
}

/**
 * Checks parsed JSON against a schema and returns it typed; throws an error naming the file and the path of
 * every wrong value (the first five). `file` is the name shown, e.g. `data/derived/boards/100.json`.
 */
export function checkDerived<T extends core.$ZodType>(
  schema: T,
  file: string,
  value: unknown,
): core.output<T> {
  const r = z.safeParse(schema, value);
  if (!r.success) throw new Error(describeIssues(file, r.error.issues));
  return r.data;
}

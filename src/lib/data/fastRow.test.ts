import { describe, expect, it } from "vitest";
import { z } from "zod";
import { achterstandSpec } from "./achterstand.ts";
import { DEFER, fastReader } from "./fastRow.ts";
import { count, num, optionalText, yearCells } from "./fields.ts";
import * as F from "./specs-finance.ts";
import * as L from "./specs-lists.ts";
import * as S from "./specs.ts";
import { readTable, type TableSpec } from "./table.ts";

/** JSON that keeps key order and tells an undefined member from an absent one. */
const exact = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (x === undefined ? "(undefined)" : x));

/** Every row schema the data step reads with (the specs made by a function with an example argument). */
const specs: (readonly [string, TableSpec<unknown>])[] = [
  ...Object.entries({ ...S, ...F, ...L }).flatMap(([name, v]) => {
    if (typeof v === "function") {
      const made = name === "schoolwegingSpec" ? L.schoolwegingSpec("Tabel 1") : L.soVsoSpec(/^PO/);
      return name.endsWith("Spec") ? [[name, made as TableSpec<unknown>] as const] : [];
    }
    return name.endsWith("Spec") ? [[name, v as TableSpec<unknown>] as const] : [];
  }),
  ["achterstandSpec", achterstandSpec as TableSpec<unknown>] as const,
];

/** Cells that real files hold, and cells that must be rejected. */
const CELLS = [
  ...["", " ", "0", "00008", "8", "12345", "123456", "00000", "41", " 7 ", "-3", "1.234", "3.403.793"],
  ...["148.099,21", "83,3%", ",0%", "90.9", "1.8e-3", "<5", "*", "**", "abc", "00AP", "00ap", "00AP01"],
  ...["00AP1", "2016", "1899", "2101", "BO", "SBO", "VMBO", "HAVO", "PO1234", "VO0001", "po1234", "1", "4"],
  ...["5", "0.00", "0.30", "20180401", "2018-04-01", "besturenlijst", "rio", "schooljaar 2009/2010", "01*"],
  ...["BAO", "WEC (so en vso)", "PO", "VO", "SO", "12,5", "1,5e3", "NaN", "Infinity", "1e400", "-0", "."],
];

/** Cells every wide (year) column reads: counts and numbers with either decimal mark. */
const WIDE_CELLS = ["", " ", "0", "12", "<5", "*", "**"];

/** A seeded random generator (the same cases on every run). */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/** A record as tableFromRows builds it for `spec`: each column field a cell, each wide field an object of cells. */
function record(spec: TableSpec<unknown>, pick: () => string, pickWide: () => string, skipOptional: boolean) {
  const r: Record<string, unknown> = {};
  for (const [field, col] of Object.entries(spec.columns))
    if (!(col.optional && skipOptional)) r[field] = pick();
  for (const w of spec.wide ?? [])
    r[w.field] = Object.fromEntries(["2014", "2015", "2016"].map((k) => [k, pickWide()]));
  return r;
}

describe("fastReader(schema)", () => {
  it.each(specs)("%s: accepts only what zod accepts, with zod's value, keys and key order", (_name, spec) => {
    const fast = fastReader(spec.schema);
    const rnd = random(7);
    // Half the rows from cells valid for each field (found by zod), half from any cell: both paths are hit.
    const good = new Map<string, string[]>();
    for (const field of Object.keys(spec.columns)) {
      // A z.object, or the object a pipe starts from (the exam files' schema drops a field afterwards).
      type Shaped = { shape?: Record<string, z.ZodType>; _zod: { def: { in?: Shaped } } };
      const shape =
        (spec.schema as unknown as Shaped).shape ?? (spec.schema as unknown as Shaped)._zod.def.in?.shape;
      const s = shape?.[field];
      good.set(field, s ? CELLS.filter((c) => s.safeParse(c).success) : CELLS);
    }
    let accepted = 0;
    let deferred = 0;
    for (let n = 0; n < 3000; n++) {
      const anyCell = n % 2 === 1;
      const fields = Object.keys(spec.columns);
      let k = 0;
      const pick = () => {
        const field = fields[k++];
        const pool = anyCell || field === undefined ? CELLS : good.get(field)!;
        return (pool.length ? pool : CELLS)[Math.floor(rnd() * (pool.length || CELLS.length))]!;
      };
      const wide = anyCell ? CELLS : WIDE_CELLS;
      const pickWide = () => wide[Math.floor(rnd() * wide.length)]!;
      const input = record(spec, pick, pickWide, n % 5 === 0);
      const z1 = spec.schema.safeParse(input);
      const f = fast(input);
      if (f === DEFER) {
        deferred++;
        continue;
      }
      accepted++;
      expect(z1.success, `fast accepted what zod rejects: ${exact(input)}`).toBe(true);
      expect(exact(f)).toBe(exact(z1.data));
    }
    expect(accepted).toBeGreaterThan(0);
    expect(deferred).toBeGreaterThan(0);
  });

  it("defers a record that is not a plain object of strings, and a missing required key, to zod", () => {
    const Row = z.object({ a: num(), b: optionalText, c: yearCells(count()) });
    const fast = fastReader(Row);
    expect(fast({ a: "1", b: " x ", c: { 2016: "<5" } })).toEqual({
      a: 1,
      b: "x",
      c: { 2016: { missing: "suppressed-small" } },
    });
    expect(fast({ a: 1, c: {} })).toBe(DEFER);
    expect(fast({ b: "x", c: {} })).toBe(DEFER);
    expect(fast({ a: "1", c: { 2016: 5 } })).toBe(DEFER);
    expect(fast({ a: "1", c: { 2016: "-1" } })).toBe(DEFER); // not a count
    expect(fast(null)).toBe(DEFER);
    // An absent optional key stays absent, as in zod's output.
    expect(Object.keys(fast({ a: "1", c: {} }) as object)).toEqual(["a", "c"]);
  });

  it("reads a schema it knows nothing about (a refinement) with zod itself", () => {
    const Row = z.object({ a: z.string().refine((s) => s.startsWith("x"), "must start with x") });
    const fast = fastReader(Row);
    expect(fast({ a: "xy" })).toEqual({ a: "xy" });
    expect(fast({ a: "y" })).toBe(DEFER);
  });
});

describe("readTable with the fast path: a bad row is still rejected by zod, with its line and column", () => {
  const csv = (lines: string[]) => new TextEncoder().encode(lines.join("\n") + "\n");
  const header =
    "BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;INSTELLINGSNAAM VESTIGING;PLAATSNAAM;GEMEENTENAAM;PROVINCIE;TOTAAL AANTAL LEERLINGEN";
  it.each([
    ["a bad BRIN", "41;00A;00A000;School;Plaats;Gemeente;Utrecht;12", 2, 'not a BRIN code: "00A"'],
    [
      "a word for a count",
      "41;00AP;00AP00;School;Plaats;Gemeente;Utrecht;veel",
      8,
      'not a Dutch number: "veel"',
    ],
    [
      "a negative count",
      "41;00AP;00AP00;School;Plaats;Gemeente;Utrecht;-4",
      8,
      "not a non-negative whole number",
    ],
    [
      "board 00000",
      "00000;00AP;00AP00;School;Plaats;Gemeente;Utrecht;4",
      1,
      'bevoegd gezag 00000 means "unknown board"',
    ],
  ])("%s", (_what, bad, column, reason) => {
    const t = readTable(
      csv([header, "41;00AR;00AR00;School;Plaats;Gemeente;Utrecht;141", bad]),
      "vo.csv",
      S.voPupilsBoardSpec,
    );
    expect(t.rows.map((r) => r.line)).toEqual([2]);
    expect(t.rows[0]).toMatchObject({ board: "00041", brin: "00AR", vest: "00AR00", total: 141 });
    expect(t.rejected).toEqual([expect.objectContaining({ file: "vo.csv", line: 3, column, reason })]);
    // The reason is zod's own issue for that row.
    const cells = bad.split(";");
    const fields = Object.keys(S.voPupilsBoardSpec.columns);
    const parsed = S.voPupilsBoardSpec.schema.safeParse(
      Object.fromEntries(fields.map((f, i) => [f, cells[i]])),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe(reason);
  });

  it("a bad cell in a wide year column names its year's column", () => {
    const t = readTable(
      csv([
        "ONDERWIJSTYPE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;PERSONEN 2015;PERSONEN 2016",
        "BAO;41;00AP;12;*",
        "BAO;41;00AR;12;twaalf",
      ]),
      "staff.csv",
      S.staffSpec,
      { period: [2011, 2025] },
    );
    expect(t.rows.map((r) => [r.line, r.persons])).toEqual([
      [2, { 2015: 12, 2016: { missing: "suppressed" } }],
    ]);
    expect(t.rejected).toEqual([
      expect.objectContaining({
        line: 3,
        column: 5,
        field: "PERSONEN 2016",
        reason: 'not a Dutch number: "twaalf"',
      }),
    ]);
  });
});

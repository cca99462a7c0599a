import { z } from "zod";
import type { Rejection } from "./errors.ts";
import { readTable, type TableSpec } from "./table.ts";

/** One vestiging in CBS Tabel 1: the achterstandsscore (with drempel) and the number of funded pupils. */
export interface AchterstandRow {
  vestiging: string;
  pupils: number | undefined;
  score: number | undefined;
  line: number;
}

const SHEET = "Tabel 1";

/** Accepted header labels per field; the 2019 file has the first of each. */
const COLUMNS = {
  vestiging: ["School (BRIN vestiging)", "BRIN vestiging"],
  pupils: ["Aantal bekostigde leerlingen", "Aantal leerlingen"],
  score: ["Achterstandsscore"],
} as const;

/** How many non-empty rows at the top of the sheet may hold titles before the header. */
const HEADER_SEARCH_ROWS = 30;

/**
 * Cells that mean "no value" per the file's "Verklaring van tekens" (Inhoud sheet): blank ("kan op logische
 * gronden niet voorkomen") and `.` ("onbekend, onvoldoende betrouwbaar of geheim"). The 2019 Tabel 1 holds
 * neither in its data rows; any other non-numeric text rejects the row.
 */
const MISSING = new Set(["", "."]);

const VESTIGING = /^[0-9A-Z]{4}\d{2}$/;
/** A number as an XLSX file stores it: decimal point, optional exponent, no grouping. */
const STORED_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

const fail = (ctx: { addIssue: (i: { code: "custom"; message: string }) => void }, message: string) => {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
};

const storedNumber = (check: (n: number) => boolean, what: string) =>
  z.string().transform((s, ctx): number | undefined => {
    const t = s.trim();
    if (MISSING.has(t)) return undefined;
    const n = STORED_NUMBER.test(t) ? Number(t) : NaN;
    if (!Number.isFinite(n) || !check(n)) return fail(ctx, `not ${what}: "${s}"`);
    return n === 0 ? 0 : n; // no -0
  });

const rowSchema = z.object({
  vestiging: z.string().transform((s, ctx) => {
    const t = s.trim().toUpperCase();
    return VESTIGING.test(t) ? t : fail(ctx, `not a vestiging code (4 characters + 2 digits): "${s}"`);
  }),
  pupils: storedNumber((n) => Number.isInteger(n) && n >= 0, "a non-negative whole number"),
  score: storedNumber(() => true, "a finite number"),
});

/** CBS Tabel 1 as a table spec, so the pipeline reads it like every other source (`load.ts`). */
export const achterstandSpec: TableSpec<z.output<typeof rowSchema>> = {
  columns: {
    vestiging: { headers: [...COLUMNS.vestiging] },
    pupils: { headers: [...COLUMNS.pupils] },
    score: { headers: [...COLUMNS.score] },
  },
  schema: rowSchema,
  key: (r) => r.vestiging,
  sheet: SHEET,
  headerSearchLines: HEADER_SEARCH_ROWS,
  footnotes: true,
};

/** Reads CBS "Achterstandsscores basisscholen" Tabel 1: one row per vestiging; bad rows are rejected, trailing footnotes skipped. */
export function readAchterstandsscores(
  bytes: Uint8Array,
  file: string,
): { rows: AchterstandRow[]; rejected: Rejection[] } {
  const t = readTable(bytes, file, achterstandSpec);
  return {
    rows: t.rows.map(({ vestiging, pupils, score, line }) => ({ vestiging, pupils, score, line })),
    rejected: t.rejected,
  };
}

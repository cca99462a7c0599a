import { z } from "zod";
import { SourceError, type Rejection } from "./errors.ts";
import { normaliseHeader } from "./table.ts";
import { readXlsxSheet, type SheetRow } from "./xlsx.ts";

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
type Field = keyof typeof COLUMNS;

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

/** Finds the header row by its labels; throws naming the columns sought and the cells found. */
function findHeader(rows: SheetRow[], file: string): { at: number; index: Record<Field, number> } {
  const searched = rows.slice(0, HEADER_SEARCH_ROWS);
  for (const [at, row] of searched.entries()) {
    const norm = row.cells.map(normaliseHeader);
    const index = {} as Record<Field, number>;
    for (const field of Object.keys(COLUMNS) as Field[])
      index[field] = norm.findIndex((h) => COLUMNS[field].some((label) => normaliseHeader(label) === h));
    if (Object.values(index).every((i) => i >= 0)) return { at, index };
  }
  const sought = Object.values(COLUMNS)
    .map((labels) => labels.map((l) => `"${l}"`).join(" / "))
    .join(", ");
  const found = searched
    .map((r) => `row ${r.line}: ${r.cells.filter((c) => c !== "").join(" | ")}`)
    .join("; ");
  throw new SourceError(
    file,
    `sheet "${SHEET}": no header row with the columns ${sought}; cells found: ${found || "none"}`,
  );
}

/** Reads CBS "Achterstandsscores basisscholen" Tabel 1: one row per vestiging; bad rows are rejected, trailing footnotes skipped. */
export function readAchterstandsscores(
  bytes: Uint8Array,
  file: string,
): { rows: AchterstandRow[]; rejected: Rejection[] } {
  const all = readXlsxSheet(bytes, SHEET, file).rows;
  const { at, index } = findHeader(all, file);
  const header = all[at]!;
  const cell = (row: SheetRow, field: Field) => row.cells[index[field]] ?? "";

  // Footnotes ("Bron: CBS", "a De achterstandsscore ...") sit below the data: text in the first column only.
  let end = all.length;
  while (end > at + 1) {
    const row = all[end - 1]!;
    const code = cell(row, "vestiging").trim().toUpperCase();
    if (VESTIGING.test(code) || cell(row, "pupils").trim() !== "" || cell(row, "score").trim() !== "") break;
    end--;
  }

  const rows: AchterstandRow[] = [];
  const rejected: Rejection[] = [];
  const seen = new Map<string, number>();
  for (const row of all.slice(at + 1, end)) {
    const parsed = rowSchema.safeParse({
      vestiging: cell(row, "vestiging"),
      pupils: cell(row, "pupils"),
      score: cell(row, "score"),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const col = index[issue.path[0] as Field];
      rejected.push({
        file,
        line: row.line,
        column: col + 1,
        field: header.cells[col],
        reason: issue.message,
      });
      continue;
    }
    const { vestiging, pupils, score } = parsed.data;
    const first = seen.get(vestiging);
    if (first !== undefined) {
      rejected.push({
        file,
        line: row.line,
        column: index.vestiging + 1,
        field: header.cells[index.vestiging],
        reason: `duplicate vestiging ${vestiging} (first at line ${first})`,
      });
      continue;
    }
    seen.set(vestiging, row.line);
    rows.push({ vestiging, pupils, score, line: row.line });
  }
  return { rows, rejected };
}

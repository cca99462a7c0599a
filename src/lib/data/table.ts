import type { z } from "zod";
import { parseDelimited } from "./csv.ts";
import { decodeBytes, normaliseLineEnds, type Encoding } from "./decode.ts";
import { SourceError, type Rejection } from "./errors.ts";
import { readWorkbook, sheetFormat, type SheetFormat, type Workbook } from "./sheet.ts";

/** How one source file maps onto canonical fields. */
export interface TableSpec<T> {
  /** Canonical field → accepted header variants (compared after {@link normaliseHeader}). */
  columns: Record<string, { headers: string[]; optional?: boolean }>;
  /** Repeated year columns, e.g. `LEERLINGEN_1996…2025`: the first capture group is the key. */
  wide?: { field: string; pattern: RegExp; required?: boolean }[];
  /** Validates and converts one record of raw strings. */
  schema: z.ZodType<T>;
  /** Key that must be unique per row; duplicates are reported and left out. */
  key?: (row: T) => string;
  delimiter?: string;
  /** How many lines above the header may be titles (default 5). */
  headerSearchLines?: number;
  /** Spreadsheets: the sheet to read (name, or a pattern over names); default the first sheet. */
  sheet?: string | RegExp;
  /** Trailing rows with at most one filled cell are footnotes ("Bron: CBS"), not data: skipped, not rejected. */
  footnotes?: boolean;
}

export interface TableResult<T> {
  file: string;
  /** The text encoding of a CSV file, or the spreadsheet format. */
  encoding: Encoding | SheetFormat;
  headers: string[];
  headerLine: number;
  rows: (T & { line: number })[];
  rowsRead: number;
  rejected: Rejection[];
}

/** Uppercases a header and folds `_`, runs of spaces and a BOM, so `BRIN_NUMMER` = `BRIN NUMMER`. */
export const normaliseHeader = (h: string): string =>
  h
    .replace(/^\uFEFF/, "")
    .replaceAll("_", " ")
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase();

interface Layout {
  fieldIndex: Map<string, number>;
  wideIndex: Map<string, Map<string, number>>;
}

function matchLayout<T>(headers: string[], spec: TableSpec<T>): { layout: Layout; missing: string[] } {
  const norm = headers.map(normaliseHeader);
  const fieldIndex = new Map<string, number>();
  const missing: string[] = [];
  for (const [field, col] of Object.entries(spec.columns)) {
    const idx = norm.findIndex((h) => col.headers.some((v) => normaliseHeader(v) === h));
    if (idx >= 0) fieldIndex.set(field, idx);
    else if (!col.optional) missing.push(`${field} (${col.headers.join(" / ")})`);
  }
  const wideIndex = new Map<string, Map<string, number>>();
  for (const w of spec.wide ?? []) {
    const m = new Map<string, number>();
    norm.forEach((h, i) => {
      const hit = w.pattern.exec(h);
      if (hit?.[1] !== undefined) m.set(hit[1], i);
    });
    if (m.size === 0 && w.required !== false) missing.push(`${w.field} (columns matching ${w.pattern})`);
    wideIndex.set(w.field, m);
  }
  return { layout: { fieldIndex, wideIndex }, missing };
}

/**
 * Reads one delimited source file: detects the encoding, normalises line ends, finds the header
 * (skipping title lines), maps header variants to fields and validates each row with zod.
 * Structural problems throw a {@link SourceError}; a bad cell rejects only its row.
 */
export function readTable<T>(bytes: Uint8Array, file: string, spec: TableSpec<T>): TableResult<T> {
  const format = sheetFormat(bytes);
  if (format) {
    let wb = workbooks.get(bytes);
    if (!wb) workbooks.set(bytes, (wb = readWorkbook(bytes, file)));
    const sheet = spec.sheet ?? wb.sheetNames[0];
    return tableFromRows(wb.rows(spec.sheet), format, file, spec, `sheet "${String(sheet)}": `);
  }
  const { text, encoding } = decodeBytes(bytes, file);
  return tableFromRows(parseDelimited(normaliseLineEnds(text), spec.delimiter ?? ";"), encoding, file, spec);
}

/** Parsed workbooks by their bytes: a workbook read sheet by sheet is parsed once. */
const workbooks = new WeakMap<Uint8Array, Workbook>();

/** Header search, column mapping and row validation, shared by CSV and spreadsheet input. */
function tableFromRows<T>(
  all: { line: number; cells: string[] }[],
  encoding: Encoding | SheetFormat,
  file: string,
  spec: TableSpec<T>,
  /** Set for spreadsheets: names the sheet in messages. */
  sheetLabel?: string,
): TableResult<T> {
  const isSheet = sheetLabel !== undefined;
  if (all.length === 0) throw new SourceError(file, "the file is empty");
  const searchLines = spec.headerSearchLines ?? 5;
  let headerAt = -1;
  let best: { layout: Layout; missing: string[] } | undefined;
  let closest = 0; // the line that matched most columns: the header the error should show, not a title line
  for (let i = 0; i < Math.min(searchLines + 1, all.length); i++) {
    const attempt = matchLayout(all[i]!.cells, spec);
    if (attempt.missing.length === 0) {
      headerAt = i;
      best = attempt;
      break;
    }
    if (!best || attempt.missing.length < best.missing.length) {
      best = attempt;
      closest = i;
    }
  }
  if (headerAt < 0 || !best) {
    throw new SourceError(
      file,
      `${sheetLabel ?? ""}missing required column(s): ${best?.missing.join(", ")}; headers found: ${all[closest]!.cells.join(";")}`,
      all[closest]!.line,
    );
  }
  const header = all[headerAt]!;
  const { fieldIndex, wideIndex } = best.layout;
  const rows: (T & { line: number })[] = [];
  const rejected: Rejection[] = [];
  const seen = new Map<string, number>();
  let body = all.slice(headerAt + 1);
  if (spec.footnotes) {
    let end = body.length;
    while (end > 0 && body[end - 1]!.cells.filter((c) => c.trim() !== "").length <= 1) end--;
    body = body.slice(0, end);
  }
  const width = header.cells.length;
  for (const raw of body) {
    // A spreadsheet row ends at its last filled cell: pad it to the header's width.
    // Cells right of the header's last named column belong to no field.
    const row = isSheet
      ? {
          line: raw.line,
          cells: [...raw.cells, ...Array<string>(Math.max(0, width - raw.cells.length)).fill("")].slice(
            0,
            width,
          ),
        }
      : raw;
    if (row.cells.length !== header.cells.length) {
      rejected.push({
        file,
        line: row.line,
        reason: `expected ${header.cells.length} fields, found ${row.cells.length}`,
      });
      continue;
    }
    const record: Record<string, unknown> = {};
    for (const [field, idx] of fieldIndex) record[field] = row.cells[idx];
    for (const [field, m] of wideIndex) {
      const obj: Record<string, string> = {};
      for (const [key, idx] of m) obj[key] = row.cells[idx]!;
      record[field] = obj;
    }
    const parsed = spec.schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = String(issue.path[0] ?? "");
      const sub = issue.path[1] !== undefined ? String(issue.path[1]) : undefined;
      const idx = sub !== undefined ? wideIndex.get(field)?.get(sub) : fieldIndex.get(field);
      rejected.push({
        file,
        line: row.line,
        ...(idx !== undefined ? { column: idx + 1 } : {}),
        field: idx !== undefined ? header.cells[idx] : field,
        reason: issue.message,
      });
      continue;
    }
    const value = parsed.data;
    if (spec.key) {
      const k = spec.key(value);
      const first = seen.get(k);
      if (first !== undefined) {
        rejected.push({ file, line: row.line, reason: `duplicate key ${k} (first at line ${first})` });
        continue;
      }
      seen.set(k, row.line);
    }
    rows.push(Object.assign(value as object, { line: row.line }) as T & { line: number });
  }
  return {
    file,
    encoding,
    headers: header.cells,
    headerLine: header.line,
    rows,
    rowsRead: body.length,
    rejected,
  };
}

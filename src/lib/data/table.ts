import type { z } from "zod";
import { parseDelimited } from "./csv.ts";
import { decodeBytes, normaliseLineEnds, type Encoding } from "./decode.ts";
import { cutQuotes, quoteCell, shortCell, SourceError, type RejectedPart, type Rejection } from "./errors.ts";
import { DEFER, fastReader } from "./fastRow.ts";
import { readWorkbook, sheetFormat, type SheetFormat, type Workbook } from "./sheet.ts";

/** One canonical field's column: the accepted header variants (compared after {@link normaliseHeader}). */
export interface ColumnSpec {
  headers: string[];
  optional?: boolean;
  /**
   * Which of several same-named columns the field means (1 = the first). Without it, a header naming the
   * field's column twice stops the build: the spec must say which one it reads.
   */
  occurrence?: number;
}

/**
 * How one source file maps onto canonical fields. Conventions checked for every spec: a parsed `year`
 * field and wide columns keyed by a 4-digit year must lie within the file's stated period; a 6-character
 * `vest` must start with the row's `brin`.
 */
export interface TableSpec<T> {
  /** Canonical field → accepted header variants (compared after {@link normaliseHeader}). */
  columns: Record<string, ColumnSpec>;
  /** Repeated year columns, e.g. `LEERLINGEN_1996…2025`: the first capture group is the key. */
  wide?: { field: string; pattern: RegExp; required?: boolean }[];
  /** Validates and converts one record of raw strings. */
  schema: z.ZodType<T>;
  /**
   * Key that must be unique per row. Rows repeating a key with other cells are all left out (the figure
   * becomes missing, not first-wins); an exact repeat is reported and counted once. Without a key, exact
   * duplicate rows are reported and dropped.
   */
  key?: (row: T) => string;
  delimiter?: string;
  /** How many lines above the header may be titles (default 5). */
  headerSearchLines?: number;
  /** Spreadsheets: the sheet to read (name, or a pattern over names); default the first sheet. */
  sheet?: string | RegExp;
  /** Trailing rows with at most one filled cell are footnotes ("Bron: CBS"), not data: skipped, not rejected. */
  footnotes?: boolean;
  /** A larger share of rejected rows than {@link MAX_REJECTED_SHARE} that this file may have, and why. */
  maxRejected?: { share: number; reason: string };
}

/** Reading context a spec does not know: the period the manifest states for the file. */
export interface ReadOptions {
  /** First and last year the file covers (manifest `years`); rows with a year outside are rejected. */
  period?: readonly [number, number];
}

/** Above this share of rejected rows a file as a whole is not trusted (unless its spec says otherwise). */
export const MAX_REJECTED_SHARE = 0.05;

export interface TableResult<T> {
  file: string;
  /** The text encoding of a CSV file, or the spreadsheet format. */
  encoding: Encoding | SheetFormat;
  headers: string[];
  headerLine: number;
  rows: (T & { line: number })[];
  rowsRead: number;
  rejected: Rejection[];
  /** The rejected rows that name their board: missing parts of that board's figures. */
  parts: RejectedPart[];
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

interface Attempt {
  layout: Layout;
  missing: string[];
  /** Columns the spec reads whose header occurs more than once on this line, with every column (0-based). */
  duplicates: { what: string; header: string; columns: number[] }[];
}

function matchLayout<T>(headers: string[], spec: TableSpec<T>): Attempt {
  const norm = headers.map(normaliseHeader);
  const fieldIndex = new Map<string, number>();
  const missing: string[] = [];
  const duplicates: Attempt["duplicates"] = [];
  for (const [field, col] of Object.entries(spec.columns)) {
    const variants = col.headers.map(normaliseHeader);
    const first = norm.findIndex((h) => variants.includes(h));
    if (first < 0) {
      if (!col.optional) missing.push(`${field} (${col.headers.join(" / ")})`);
      continue;
    }
    const same = norm.flatMap((h, i) => (h === norm[first] ? [i] : []));
    if (col.occurrence !== undefined) {
      const idx = same[col.occurrence - 1];
      if (idx !== undefined) fieldIndex.set(field, idx);
      else if (!col.optional)
        missing.push(`${field} (occurrence ${col.occurrence} of ${headers[first]}; found ${same.length})`);
    } else if (same.length > 1) {
      duplicates.push({ what: field, header: headers[first]!, columns: same });
    } else fieldIndex.set(field, first);
  }
  const wideIndex = new Map<string, Map<string, number>>();
  for (const w of spec.wide ?? []) {
    const m = new Map<string, number>();
    norm.forEach((h, i) => {
      const hit = w.pattern.exec(h);
      if (hit?.[1] === undefined) return;
      const prior = m.get(hit[1]);
      if (prior === undefined) m.set(hit[1], i);
      else {
        const d = duplicates.find((x) => x.what === `${w.field} ${hit[1]}`);
        if (d) d.columns.push(i);
        else duplicates.push({ what: `${w.field} ${hit[1]}`, header: headers[prior]!, columns: [prior, i] });
      }
    });
    if (m.size === 0 && w.required !== false) missing.push(`${w.field} (columns matching ${w.pattern})`);
    wideIndex.set(w.field, m);
  }
  return { layout: { fieldIndex, wideIndex }, missing, duplicates };
}

/**
 * Reads one delimited source file: detects the encoding, normalises line ends, finds the header
 * (skipping title lines), maps header variants to fields and validates each row with zod.
 * Structural problems throw a {@link SourceError}; a bad cell rejects only its row.
 */
export function readTable<T>(
  bytes: Uint8Array,
  file: string,
  spec: TableSpec<T>,
  options: ReadOptions = {},
): TableResult<T> {
  const format = sheetFormat(bytes);
  if (format) {
    let wb = workbooks.get(bytes);
    if (!wb) workbooks.set(bytes, (wb = readWorkbook(bytes, file)));
    const sheet = spec.sheet ?? wb.sheetNames[0];
    return tableFromRows(wb.rows(spec.sheet), format, file, spec, options, `sheet "${String(sheet)}": `);
  }
  const { text, encoding } = decodeBytes(bytes, file);
  return tableFromRows(
    parseDelimited(normaliseLineEnds(text), spec.delimiter ?? ";", file),
    encoding,
    file,
    spec,
    options,
  );
}

/** Parsed workbooks by their bytes: a workbook read sheet by sheet is parsed once. */
const workbooks = new WeakMap<Uint8Array, Workbook>();

/** A row that passed its schema, waiting for the key and duplicate checks. */
interface Candidate<T> {
  value: T;
  line: number;
  cells: string[];
}

/** Header search, column mapping and row validation, shared by CSV and spreadsheet input. */
function tableFromRows<T>(
  all: { line: number; cells: string[]; problem?: { column: number; message: string } }[],
  encoding: Encoding | SheetFormat,
  file: string,
  spec: TableSpec<T>,
  options: ReadOptions,
  /** Set for spreadsheets: names the sheet in messages. */
  sheetLabel?: string,
): TableResult<T> {
  const isSheet = sheetLabel !== undefined;
  const label = sheetLabel ?? "";
  if (all.length === 0) throw new SourceError(file, `${label}the file is empty`);
  const searchLines = spec.headerSearchLines ?? 5;
  let headerAt = -1;
  let best: Attempt | undefined;
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
      `${label}missing required column(s): ${best?.missing.join(", ")}; headers found: ${all[closest]!.cells.map((c) => shortCell(c)).join(";")}`,
      all[closest]!.line,
    );
  }
  const header = all[headerAt]!;
  const colName = (i: number) => `column ${i + 1}${isSheet ? ` (${columnLetter(i)})` : ""}`;
  const dup = best.duplicates[0];
  if (dup) {
    throw new SourceError(
      file,
      `${label}duplicate column name ${quoteCell(dup.header)} (${dup.what}): ${dup.columns.map(colName).join(" and ")}; ` +
        `the spec must say which occurrence it means`,
      header.line,
      dup.columns[1]! + 1,
    );
  }
  const { fieldIndex, wideIndex } = best.layout;
  const rejected: Rejection[] = [];
  const parts: RejectedPart[] = [];
  const boardIdx = best.layout.fieldIndex.get("board");
  const yearIdxRaw = best.layout.fieldIndex.get("year");
  // `cells`: the row's raw cells, so a rejection can name the board and year it belonged to; none for a row
  // whose content is in the data all the same (an exact duplicate): no part of a figure is missing.
  const reject = (
    line: number,
    cells: string[] | undefined,
    reason: string,
    idx?: number,
    field?: string,
  ) => {
    const b = boardIdx !== undefined ? cells?.[boardIdx]?.trim() : undefined;
    const y = yearIdxRaw !== undefined ? cells?.[yearIdxRaw]?.trim() : undefined;
    rejected.push({
      file,
      line,
      ...(idx !== undefined ? { column: idx + 1 } : {}),
      ...(idx !== undefined || field !== undefined
        ? { field: idx !== undefined ? header.cells[idx] : field }
        : {}),
      reason: cutQuotes(reason),
    });
    if (b && /^\d{1,5}$/.test(b) && !/^0+$/.test(b))
      parts.push({
        line,
        board: b.padStart(5, "0"),
        ...(y && /^(19|20)\d{2}$/.test(y) ? { year: Number(y) } : {}),
      });
  };
  let body = all.slice(headerAt + 1);
  if (spec.footnotes) {
    let end = body.length;
    while (end > 0 && body[end - 1]!.cells.filter((c) => c.trim() !== "").length <= 1) end--;
    body = body.slice(0, end);
  }
  const period = options.period;
  const periodText = period && (period[0] === period[1] ? `${period[0]}` : `${period[0]}-${period[1]}`);
  const outside = (y: number) => period !== undefined && (y < period[0] || y > period[1]);
  // Wide columns keyed by a year outside the stated period: a filled cell there rejects its row.
  const outOfPeriod: { key: string; idx: number }[] = [];
  for (const m of wideIndex.values())
    for (const [key, idx] of m)
      if (/^\d{4}$/.test(key) && outside(Number(key))) outOfPeriod.push({ key, idx });
  const yearIdx = fieldIndex.get("year");
  const vestIdx = fieldIndex.get("vest");
  const width = header.cells.length;
  const candidates: Candidate<T>[] = [];
  const fast = fastReader(spec.schema);
  // The column of each field and wide key, as arrays: the record of a row is built in the same key order.
  const fieldNames = [...fieldIndex.keys()];
  const fieldCols = [...fieldIndex.values()];
  const wides = [...wideIndex].map(([field, m]) => ({ field, keys: [...m.keys()], cols: [...m.values()] }));
  for (const raw of body) {
    // A spreadsheet row ends at its last filled cell: pad it to the header's width.
    // Cells right of the header's last named column belong to no field.
    let cells = raw.cells;
    if (isSheet && cells.length !== width) {
      const padded = new Array<string>(width);
      for (let i = 0; i < width; i++) padded[i] = i < cells.length ? cells[i]! : "";
      cells = padded;
    }
    const line = raw.line;
    if (raw.problem) {
      reject(line, cells, raw.problem.message, raw.problem.column - 1);
      continue;
    }
    if (cells.length !== width) {
      reject(line, cells, `expected ${width} fields, found ${cells.length}`);
      continue;
    }
    let late: { key: string; idx: number } | undefined;
    for (const c of outOfPeriod)
      if (cells[c.idx]!.trim() !== "") {
        late = c;
        break;
      }
    if (late) {
      reject(
        line,
        cells,
        `year ${late.key} lies outside the file's period ${periodText}: ${quoteCell(cells[late.idx]!)}`,
        late.idx,
      );
      continue;
    }
    const record: Record<string, unknown> = {};
    for (let f = 0; f < fieldNames.length; f++) record[fieldNames[f]!] = cells[fieldCols[f]!];
    for (const w of wides) {
      const obj: Record<string, string> = {};
      for (let k = 0; k < w.keys.length; k++) obj[w.keys[k]!] = cells[w.cols[k]!]!;
      record[w.field] = obj;
    }
    // The fast reader accepts most rows; a row it does not accept is parsed by zod, which names the problem.
    let value = fast(record) as T | typeof DEFER;
    if (value === DEFER) {
      const parsed = spec.schema.safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = String(issue.path[0] ?? "");
        const sub = issue.path[1] !== undefined ? String(issue.path[1]) : undefined;
        const idx = sub !== undefined ? wideIndex.get(field)?.get(sub) : fieldIndex.get(field);
        reject(line, cells, issue.message, idx, field);
        continue;
      }
      value = parsed.data;
    }
    const v = value as Record<string, unknown>;
    if (typeof v.year === "number" && outside(v.year)) {
      reject(line, cells, `year ${v.year} lies outside the file's period ${periodText}`, yearIdx, "year");
      continue;
    }
    if (
      typeof v.brin === "string" &&
      typeof v.vest === "string" &&
      v.vest.length === 6 &&
      !v.vest.startsWith(v.brin)
    ) {
      reject(line, cells, `vestiging code "${v.vest}" does not belong to BRIN "${v.brin}"`, vestIdx, "vest");
      continue;
    }
    candidates.push({ value, line, cells });
  }
  const kept = resolveDuplicates(candidates, spec.key, (c, reason, idx, counted) =>
    reject(c.line, counted ? undefined : c.cells, reason, idx),
  );
  const rows = kept.map((c) => {
    const r = c.value as T & { line: number };
    r.line = c.line;
    return r;
  });
  rejected.sort((a, b) => a.line - b.line);
  const rowsRead = body.length;
  return {
    file,
    encoding,
    headers: header.cells,
    headerLine: header.line,
    rows,
    rowsRead,
    rejected,
    parts,
  };
}

/**
 * The data step's trust in a file as a whole: no row kept, or more rejected rows than the spec allows
 * ({@link MAX_REJECTED_SHARE} unless `maxRejected` says otherwise, with why), is a {@link SourceError}
 * at the first rejected row. (readTable itself reports rows; the pipeline decides.)
 */
export function assertTrusted<T>(result: TableResult<T>, spec: TableSpec<T>): void {
  const { file, rejected, rowsRead, rows } = result;
  const label = spec.sheet !== undefined ? `sheet "${String(spec.sheet)}": ` : "";
  const first = rejected[0];
  const where = first ? `; first at line ${first.line}: ${first.reason}` : "";
  if (rows.length === 0)
    throw new SourceError(
      file,
      `${label}no row kept (${rowsRead} read, ${rejected.length} rejected)${where}`,
      first?.line ?? result.headerLine,
      first?.column,
    );
  const allowed = spec.maxRejected?.share ?? MAX_REJECTED_SHARE;
  if (rejected.length > allowed * rowsRead) {
    const pct = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, "")}%`;
    const because = spec.maxRejected ? ` because ${spec.maxRejected.reason}` : "";
    throw new SourceError(
      file,
      `${label}${rejected.length} of ${rowsRead} rows rejected (${pct(rejected.length / rowsRead)}, more than the ` +
        `${pct(allowed)} allowed${because}): the file as a whole is not trusted${where}`,
      first!.line,
      first!.column,
    );
  }
}

/**
 * Key and duplicate checks over the rows that passed their schema, in file order. An exact repeat of a row
 * (all cells equal) is reported and counted once. Rows sharing a key with other cells are all left out and
 * each is reported with the other lines: which one is true cannot be told.
 */
function resolveDuplicates<T>(
  candidates: Candidate<T>[],
  key: ((row: T) => string) | undefined,
  reject: (c: Candidate<T>, reason: string, idx?: number, counted?: boolean) => void,
): Candidate<T>[] {
  const sig = (c: Candidate<T>) => c.cells.map((x) => x.trim()).join("\u0000");
  // Each key's first row, and the keys that more rows share (in order of their first row): most files have none.
  const first = new Map<string, number>();
  const shared = new Map<string, number[]>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const k = key ? key(c.value) : sig(c);
    const f = first.get(k);
    if (f === undefined) first.set(k, i);
    else {
      const g = shared.get(k);
      if (g) g.push(i);
      else shared.set(k, [f, i]);
    }
  }
  if (shared.size === 0) return candidates;
  // In the order of each key's first row, as a map of every key would give them.
  const groups = [...shared]
    .sort(([, a], [, b]) => a[0]! - b[0]!)
    .map(([k, g]) => [k, g.map((i) => candidates[i]!)] as const);
  const drop = new Set<Candidate<T>>();
  for (const [k, g] of groups) {
    const firstBySig = new Map<string, Candidate<T>>();
    for (const c of g) if (!firstBySig.has(sig(c))) firstBySig.set(sig(c), c);
    if (firstBySig.size < 2) {
      for (const c of g.slice(1)) {
        drop.add(c);
        reject(c, `exact duplicate of line ${g[0]!.line} (counted once)`, undefined, true);
      }
      continue;
    }
    const lines = g.map((c) => c.line);
    for (const c of g) {
      drop.add(c);
      const other = g.find((o) => sig(o) !== sig(c))!;
      // The column that differs, a difference in more than letter case first (`00ax00` is `00AX00`).
      const differs = (fold: boolean) =>
        c.cells.findIndex((x, i) => {
          const a = x.trim();
          const b = (other.cells[i] ?? "").trim();
          return fold ? a.toUpperCase() !== b.toUpperCase() : a !== b;
        });
      const folded = differs(true);
      const idx = folded >= 0 ? folded : differs(false);
      reject(
        c,
        `conflicting duplicate key ${k} (lines ${lines.join(", ")}): ${quoteCell(c.cells[idx] ?? "")} here, ` +
          `${quoteCell(other.cells[idx] ?? "")} at line ${other.line}; the key is left out`,
        idx >= 0 ? idx : undefined,
      );
    }
  }
  return candidates.filter((c) => !drop.has(c));
}

/** A spreadsheet column letter: 0 → A, 26 → AA. */
function columnLetter(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

import { quoteCell, SourceError } from "./errors.ts";

/** A parsed CSV row with its 1-based line number in the (line-end-normalised) source. */
export interface CsvRow {
  line: number;
  cells: string[];
  /** A quoting fault confined to this row (text after a closing quote): the row is rejected, not read. */
  problem?: { column: number; message: string };
}

/** A quoted cell running over more lines than this is an unterminated quote, not a multi-line cell. */
export const MAX_QUOTED_LINES = 20;

/**
 * Splits delimiter-separated text into rows with line numbers. Handles RFC 4180 quoting
 * (`"BS ""De Maasparel"""`, delimiters and newlines inside quotes). Expects LF line ends;
 * skips fully empty lines. An unterminated quote is a {@link SourceError} at the line and column
 * where it opened: a quote never closed, a quoted cell that closes on a later line with text right
 * after the closing quote, or one that runs over more than {@link MAX_QUOTED_LINES} lines. Text
 * after a closing quote on the same line only marks that row's `problem`.
 */
export function parseDelimited(text: string, delimiter = ";", file = "(text)"): CsvRow[] {
  const rows: CsvRow[] = [];
  const n = text.length;
  // A delimiter of more than one character never matches a single character: every line is one cell.
  const delim = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let lineStart = 0;
  let rowLine = 1;
  let problem: CsvRow["problem"];
  let quoteLine = 0;
  let quoteColumn = 0;
  const unterminated = (how: string) =>
    new SourceError(
      file,
      `unterminated quote: the quote opened at line ${quoteLine}, column ${quoteColumn} (field ${cells.length + 1}) ${how}; ` +
        `the cell would swallow ${quoteCell(cell)}`,
      quoteLine,
      quoteColumn,
    );
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== "")
      rows.push(problem ? { line: rowLine, cells, problem } : { line: rowLine, cells });
    cells = [];
    cell = "";
    problem = undefined;
  };
  /** The index of the next delimiter or line end at or after `from` (or the end of the text). */
  const cellEnd = (from: number) => {
    let j = from;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === delim || c === LF) break;
      j++;
    }
    return j;
  };
  let i = 0;
  // Each pass reads one cell, starting at `i`, and the delimiter or line end after it.
  while (i < n) {
    if (text.charCodeAt(i) === QUOTE) {
      quoteLine = line;
      quoteColumn = i - lineStart + 1;
      cell = "";
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        const end = q < 0 ? n : q;
        for (let nl = text.indexOf("\n", i); nl >= 0 && nl < end; nl = text.indexOf("\n", i)) {
          cell += text.slice(i, nl);
          line++;
          lineStart = nl + 1;
          if (line - quoteLine > MAX_QUOTED_LINES)
            throw unterminated(`runs on over more than ${MAX_QUOTED_LINES} lines`);
          cell += "\n";
          i = nl + 1;
        }
        cell += text.slice(i, end);
        if (q < 0) throw unterminated("is never closed (it runs to the end of the file)");
        i = q + 1;
        if (text.charCodeAt(i) !== QUOTE) break;
        cell += '"'; // a doubled quote inside the quotes
        i++;
      }
      // `i` is just after the closing quote: anything but a delimiter or a line end is text after it.
      if (i < n && text.charCodeAt(i) !== delim && text.charCodeAt(i) !== LF) {
        if (line > quoteLine)
          throw unterminated(
            `is closed only at line ${line}, column ${i - 1 - lineStart + 1}, by a quote with text after it`,
          );
        problem ??= {
          column: cells.length + 1,
          message: `text after the closing quote of ${quoteCell(cell)} (a quote inside a quoted cell must be doubled)`,
        };
        const j = cellEnd(i);
        cell += text.slice(i, j);
        i = j;
      }
    } else {
      const j = cellEnd(i);
      cell = text.slice(i, j);
      i = j;
    }
    if (i >= n) break;
    if (text.charCodeAt(i) === delim) {
      cells.push(cell);
      cell = "";
    } else {
      endRow();
      line++;
      lineStart = i + 1;
      rowLine = line;
    }
    i++;
  }
  if (cell !== "" || cells.length > 0) endRow();
  return rows;
}

const QUOTE = 34;
const LF = 10;

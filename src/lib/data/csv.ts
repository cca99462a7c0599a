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
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let lineStart = 0;
  let rowLine = 1;
  let atCellStart = true;
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
    atCellStart = true;
    problem = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          const after = text[i + 1];
          if (after !== undefined && after !== delimiter && after !== "\n") {
            if (line > quoteLine)
              throw unterminated(
                `is closed only at line ${line}, column ${i - lineStart + 1}, by a quote with text after it`,
              );
            problem ??= {
              column: cells.length + 1,
              message: `text after the closing quote of ${quoteCell(cell)} (a quote inside a quoted cell must be doubled)`,
            };
          }
        }
      } else {
        if (ch === "\n") {
          line++;
          lineStart = i + 1;
          if (line - quoteLine > MAX_QUOTED_LINES)
            throw unterminated(`runs on over more than ${MAX_QUOTED_LINES} lines`);
        }
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      quoteLine = line;
      quoteColumn = i - lineStart + 1;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
      atCellStart = true;
    } else if (ch === "\n") {
      endRow();
      line++;
      lineStart = i + 1;
      rowLine = line;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (quoted) throw unterminated("is never closed (it runs to the end of the file)");
  if (cell !== "" || cells.length > 0) endRow();
  return rows;
}

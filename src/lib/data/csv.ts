/** A parsed CSV row with its 1-based line number in the (line-end-normalised) source. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Splits delimiter-separated text into rows with line numbers. Handles RFC 4180 quoting
 * (`"BS ""De Maasparel"""`, delimiters and newlines inside quotes). Expects LF line ends;
 * skips fully empty lines.
 */
export function parseDelimited(text: string, delimiter = ";"): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
      atCellStart = true;
    } else if (ch === "\n") {
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== "") rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      atCellStart = true;
      line++;
      rowLine = line;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== "") rows.push({ line: rowLine, cells });
  }
  return rows;
}

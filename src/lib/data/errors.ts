/** A structural problem in a source file: stops the pipeline, names file, line and column. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** The message without the `file:line:column: ` prefix. */
  readonly detail: string;
  constructor(file: string, message: string, line?: number, column?: number) {
    const where = [file, line, column].filter((p) => p !== undefined).join(":");
    super(`${where}: ${message}`);
    this.name = "SourceError";
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = message;
  }
}

/** One row left out of the data, with where and why. */
export interface Rejection {
  file: string;
  line: number;
  column?: number;
  field?: string;
  reason: string;
}

/** A rejected row that names its board (and year): a missing part of that board's figures from that file. */
export interface RejectedPart {
  line: number;
  board: string;
  year?: number;
}

/** How many characters of a cell a message quotes before it cuts the rest off with "…". */
export const QUOTE_MAX = 60;

/** A cell's text as a message shows it: line ends as ↵, at most {@link QUOTE_MAX} characters + "…". */
export function shortCell(s: string, max = QUOTE_MAX): string {
  const t = s.replace(/\r\n?|\n/g, "↵");
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** A cell quoted for a message: `"De Wâlden"`, cut by {@link shortCell}. */
export const quoteCell = (s: string, max = QUOTE_MAX): string => `"${shortCell(s, max)}"`;

/** A message with every quoted cell in it cut by {@link shortCell} (and the whole kept under 4 × that length). */
export function cutQuotes(message: string, max = QUOTE_MAX): string {
  const cut = message.replace(/"([^"]*)"/g, (m, inner: string) =>
    inner.length > max || /[\r\n]/.test(inner) ? quoteCell(inner, max) : m,
  );
  return cut.length > max * 4 ? `${shortCell(cut, max * 4)}` : cut;
}

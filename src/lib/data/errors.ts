/** A structural problem in a source file: stops the pipeline, names file, line and column. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(file: string, message: string, line?: number, column?: number) {
    const where = [file, line, column].filter((p) => p !== undefined).join(":");
    super(`${where}: ${message}`);
    this.name = "SourceError";
    this.file = file;
    this.line = line;
    this.column = column;
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

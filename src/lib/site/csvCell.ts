// The cells of every CSV download (`;` separator, decimal comma): one quoting rule and one formula guard, for
// build-time files and for the CSV the comparison page writes in the browser. No imports, so it is cheap there.

// A text cell that a spreadsheet would read as a formula (=, +, -, @, tab, CR) gets a leading apostrophe.
const safeText = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
/** Quotes a cell that holds a separator, quote or line break (quotes doubled). */
export const csvQuote = (s: string): string => (/[;"\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
/** One CSV text cell: formula-safe (leading apostrophe before =, +, -, @) and quoted where needed. */
export const csvText = (s: string): string => csvQuote(safeText(s));
/** A number with a decimal comma and no thousands separator ("1234,5"), as spreadsheets read it. */
export const csvNumber = (v: number): string => String(v).replace(".", ",");
/** A whole CSV file: header and rows of ready cells, UTF-8 BOM, CRLF line ends. */
export const csvFile = (rows: string[][]): string =>
  "\uFEFF" + rows.map((r) => r.join(";")).join("\r\n") + "\r\n";

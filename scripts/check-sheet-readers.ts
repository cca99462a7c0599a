// Checks the fast spreadsheet readers against SheetJS: every sheet of every xlsx and ods file under the given
// folders (default data/snapshot) must give the same rows, cell for cell. Prints per file which reader was
// used and the time of each; exits 1 on any difference. Run: node scripts/check-sheet-readers.ts [folder…]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook, sheetFormat } from "../src/lib/data/sheet.ts";
import { odsWorkbook } from "../src/lib/data/odsRows.ts";
import { xlsxWorkbook } from "../src/lib/data/xlsxRows.ts";

const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["data/snapshot"];
const files = folders.flatMap((d) =>
  readdirSync(d, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(xlsx|ods|xls)$/i.test(f))
    .map((f) => join(d, f)),
);
let bad = 0;
for (const path of files.sort()) {
  const bytes = new Uint8Array(readFileSync(path));
  const format = sheetFormat(bytes);
  if (format !== "xlsx" && format !== "ods") continue;
  let t0 = performance.now();
  const fast = format === "ods" ? odsWorkbook(bytes) : xlsxWorkbook(bytes);
  const fastMs = performance.now() - t0;
  t0 = performance.now();
  const general = readWorkbook(bytes, path, true);
  const names = general.sheetNames;
  const expected = new Map(names.map((n) => [n, JSON.stringify(general.rows(n))]));
  const generalMs = performance.now() - t0;
  const label = `${path} (${format}): SheetJS ${generalMs.toFixed(0)} ms`;
  if (!fast) {
    console.log(`${label}; fast reader declined (SheetJS is used)`);
    continue;
  }
  const problems: string[] = [];
  const declined: string[] = [];
  let fastSheetsMs = 0;
  if (JSON.stringify(fast.sheetNames) !== JSON.stringify(names))
    problems.push(`sheet names ${JSON.stringify(fast.sheetNames)} ≠ ${JSON.stringify(names)}`);
  for (const n of names) {
    const t1 = performance.now();
    const fastRows = fast.rows(n);
    fastSheetsMs += performance.now() - t1;
    if (!fastRows) {
      declined.push(n);
      continue;
    }
    const got = JSON.stringify(fastRows);
    if (got !== expected.get(n)) {
      const a = JSON.parse(expected.get(n)!) as { line: number; cells: string[] }[];
      const b = fastRows as { line: number; cells: string[] }[];
      const i = a.findIndex((r, k) => JSON.stringify(r) !== JSON.stringify(b[k]));
      problems.push(
        `sheet "${n}": ${b.length} rows ≠ ${a.length}; first difference at row ${i}: ${JSON.stringify(b[i])} ≠ ${JSON.stringify(a[i])}`,
      );
    }
  }
  if (problems.length) bad++;
  const note = declined.length
    ? ` (declined sheet(s) ${declined.map((d) => `"${d}"`).join(", ")}: SheetJS)`
    : "";
  console.log(
    `${label}; fast ${(fastMs + fastSheetsMs).toFixed(0)} ms: ${problems.length ? "DIFFERENT\n  " + problems.join("\n  ") : "same rows"}${note}`,
  );
}
if (bad) {
  console.log(`${bad} file(s) differ`);
  process.exit(1);
}

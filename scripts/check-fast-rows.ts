// Checks the fast row readers (fastRow.ts) against zod: every table the data step reads from data/raw is read
// twice, once as the data step does (fast reader, zod for the rows it defers) and once with zod parsing every
// row; rows (values, keys and key order), rejections and missing parts must be the same. Prints per source the
// time of both; exits 1 on any difference. Run after the fetch step: node scripts/check-fast-rows.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadTables } from "../src/lib/data/load.ts";
import { loadManifest, rawFileName } from "../src/lib/data/manifest.ts";
import { readTable, type TableSpec } from "../src/lib/data/table.ts";

const RAW = "data/raw";
const manifest = loadManifest();
/** JSON that keeps key order and tells an undefined member from an absent one. */
const exact = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (x === undefined ? "(undefined)" : x));
let bad = 0;
let fastMs = 0;
let zodMs = 0;
loadTables(<T>(id: string, spec: TableSpec<T>) => {
  const source = manifest.sources.find((s) => s.id === id)!;
  const bytes = new Uint8Array(readFileSync(join(RAW, rawFileName(source))));
  const period =
    source.years.length > 0 ? ([Math.min(...source.years), Math.max(...source.years)] as const) : undefined;
  const options = period ? { period } : {};
  let t0 = performance.now();
  const fast = readTable(bytes, source.mirrorPath, spec, options);
  const f = performance.now() - t0;
  // A check that always passes makes zod's schema one the fast path does not compile: zod parses every row.
  const zodOnly = { ...spec, schema: spec.schema.refine(() => true) };
  t0 = performance.now();
  const slow = readTable(bytes, source.mirrorPath, zodOnly, options);
  const z = performance.now() - t0;
  fastMs += f;
  zodMs += z;
  const problems = (["rows", "rowsRead", "rejected", "parts", "headers", "headerLine"] as const).filter(
    (k) => exact(fast[k]) !== exact(slow[k]),
  );
  if (problems.length) bad++;
  console.log(
    `${id.padEnd(36)} ${String(fast.rowsRead).padStart(6)} rows  fast ${f.toFixed(0).padStart(5)} ms  zod ${z
      .toFixed(0)
      .padStart(5)} ms${problems.length ? `  DIFFERS: ${problems.join(", ")}` : ""}`,
  );
  return fast.rows;
});
console.log(
  `${bad === 0 ? "identical" : `${bad} table(s) differ`}; fast ${fastMs.toFixed(0)} ms, zod ${zodMs.toFixed(0)} ms`,
);
process.exit(bad === 0 ? 0 : 1);

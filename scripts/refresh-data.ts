// npm run data:refresh [--write]: download every used source that has an official URL and say per file whether
// it is unchanged, changed, failed or skipped. A dry run by default; --write replaces changed files in
// data/snapshot/ and updates bytes, sha256 and urlCheckedWorking in data/sources.json. Exits 1 if any download
// failed. Needs internet; the build itself never downloads.
import { refreshSources, tally } from "../src/lib/data/refresh.ts";
import { loadManifest } from "../src/lib/data/manifest.ts";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--write");
if (unknown.length) {
  console.error(`refresh: unknown argument ${unknown.join(" ")}; usage: npm run data:refresh [-- --write]`);
  process.exit(2);
}
const write = args.includes("--write");
const manifest = loadManifest();
console.log(`refresh: downloading the used sources from their official URLs${write ? "" : " (dry run)"}`);
const results = await refreshSources(manifest, { write, log: console.log });
const t = tally(results);
console.log(
  `refresh: ${results.length} sources: ${t.unchanged} unchanged, ${t.changed} changed, ${t.failed} failed, ` +
    `${t.skipped} skipped; ` +
    (write
      ? `${t.changed} snapshot file(s) replaced, data/sources.json updated`
      : t.changed
        ? "nothing written (run with --write to replace the changed files)"
        : "nothing written"),
);
process.exit(t.failed > 0 ? 1 : 0);

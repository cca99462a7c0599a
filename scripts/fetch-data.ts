// Fetch step: copy every used source from the committed snapshot (data/snapshot/) into data/raw/, checking size
// and sha256 against data/sources.json. OPEN_DATA_MIRROR names another folder with the same layout to copy from
// instead (a mismatch there is warned about, not fatal). No network.
import { fetchSources, FetchError, SNAPSHOT_DIR } from "../src/lib/data/fetch.ts";
import { loadManifest, usedSources } from "../src/lib/data/manifest.ts";

const mirror = process.env.OPEN_DATA_MIRROR || undefined;
const manifest = loadManifest();
const used = usedSources(manifest).length;
const from = mirror ? `mirror ${mirror}` : `${SNAPSHOT_DIR}/`;
console.log(
  `fetch: ${used} sources from ${from} (${manifest.sources.length - used} marked unused, not fetched)`,
);
try {
  const records = fetchSources(manifest, {
    rawDir: "data/raw",
    mirror,
    log: console.log,
    warn: console.warn,
  });
  const bytes = records.reduce((s, r) => s + r.bytes, 0);
  const differ = records.filter((r) => !r.matchesManifest).length;
  console.log(
    `fetch: ${records.length} files, ${(bytes / 1e6).toFixed(1)} MB copied from ${from} to data/raw/` +
      (differ ? `; ${differ} differ from the manifest (see the warnings above)` : "; all match the manifest"),
  );
} catch (e) {
  if (e instanceof FetchError) {
    console.error(`fetch failed: ${e.message}`);
    process.exit(1);
  }
  throw e;
}

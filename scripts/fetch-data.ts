// Fetch step: copy every source from OPEN_DATA_MIRROR, or download it from DUO when no mirror is set.
import { fetchSources, FetchError } from "../src/lib/data/fetch.ts";
import { loadManifest } from "../src/lib/data/manifest.ts";

const mirror = process.env.OPEN_DATA_MIRROR;
const manifest = loadManifest();
console.log(
  `fetch: ${manifest.sources.length} sources ${mirror ? `from mirror ${mirror}` : "from their official URLs"}`,
);
try {
  const records = await fetchSources(manifest, { rawDir: "data/raw", mirror, log: console.log });
  const bytes = records.reduce((s, r) => s + r.bytes, 0);
  console.log(`fetch: ${records.length} files, ${(bytes / 1e6).toFixed(1)} MB in data/raw/`);
} catch (e) {
  if (e instanceof FetchError) {
    console.error(`fetch failed: ${e.message}`);
    process.exit(1);
  }
  throw e;
}

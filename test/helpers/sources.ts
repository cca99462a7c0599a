// Source manifests for view tests: the real data/sources.json, and copies with one entry changed, so a test can
// show that a page's words follow the manifest rather than the text written when the test was.
import { loadManifest, type Manifest, type Source } from "../../src/lib/data/manifest.ts";
import { sourceLookup, type SourceLookup } from "../../src/lib/site/sourceView.ts";

let real: Manifest | undefined;
/** The real manifest (read once). */
export const realManifest = (): Manifest => (real ??= loadManifest("data/sources.json"));

/** A lookup over the real manifest. */
export const realSources = (): SourceLookup => sourceLookup(realManifest());

/** A lookup over a copy of the real manifest with some sources patched (each id must exist) and licences changed. */
export function changedSources(
  patch: Record<string, Partial<Source>>,
  licences: Partial<Manifest["licences"]> = {},
): SourceLookup {
  const m = realManifest();
  const ids = new Set(m.sources.map((s) => s.id));
  for (const id of Object.keys(patch)) if (!ids.has(id)) throw new Error(`no source ${id} to patch`);
  return sourceLookup({
    licences: { ...m.licences, ...licences } as Manifest["licences"],
    sources: m.sources.map((s) => (patch[s.id] ? { ...s, ...patch[s.id] } : s)),
  });
}

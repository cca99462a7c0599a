// Refresh of the committed snapshot: download every used source that has an official URL, compare it with the
// manifest and, on request, replace the snapshot file and update bytes/sha256 in data/sources.json.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { sha256Hex, SNAPSHOT_DIR } from "./fetch.ts";
import { ManifestSchema, usedSources, type Manifest, type Source } from "./manifest.ts";

export type RefreshOutcome =
  | { status: "unchanged" }
  | { status: "changed"; bytes: number; sha256: string }
  | { status: "failed"; reason: string }
  | { status: "skipped"; reason: string };

export type RefreshResult = RefreshOutcome & {
  id: string;
  /** The manifest URL (null for sources without one). */
  url: string | null;
  /** The address actually requested (after `rewriteUrl`). */
  requested?: string;
  /** True when `write` replaced the snapshot file. */
  written?: boolean;
};

export interface RefreshOptions {
  /** Folder holding the snapshot; defaults to `data/snapshot`. */
  snapshotDir?: string;
  /** Path of the manifest file to update when `write` is set; defaults to `data/sources.json`. */
  manifestPath?: string;
  /** Replace changed snapshot files and update the manifest; otherwise a dry run that writes nothing. */
  write?: boolean;
  /** Maps a manifest URL to the address to request (tests point it at a local server). */
  rewriteUrl?: (url: string, source: Source) => string;
  /** Downloads one address; defaults to `download` below. */
  download?: (url: string) => Promise<Uint8Array>;
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** Thrown by `download` with a short reason such as "HTTP 404" or "network error: ECONNREFUSED". */
export class DownloadError extends Error {}

/** GET `url` with Node's fetch (redirects followed); the reason of a failure is a short phrase. */
export async function download(url: string, timeoutMs = 120_000): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === "TimeoutError")
      throw new DownloadError(`network error: no answer within ${timeoutMs} ms`);
    const detail = err.cause?.code ?? err.cause?.message ?? err.message;
    throw new DownloadError(`network error: ${detail}`);
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new DownloadError(`HTTP ${res.status}${res.statusText ? " " + res.statusText : ""}`);
  }
  try {
    return new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    throw new DownloadError(`network error while reading the body: ${(e as Error).message}`);
  }
}

/** True when the bytes start like an HTML page (a portal's "not found" page served with status 200). */
const looksLikeHtml = (bytes: Uint8Array): boolean => {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html");
};

const skipReason = (s: Source): string =>
  s.kind === "raw" ? "no official URL known" : `no official URL: ${s.kind}`;

/** Tries every used source with a URL, one after another; writes only when `opts.write` is set. */
export async function refreshSources(
  manifest: Manifest,
  opts: RefreshOptions = {},
): Promise<RefreshResult[]> {
  const snapshotDir = opts.snapshotDir ?? SNAPSHOT_DIR;
  const get = opts.download ?? ((url: string) => download(url, opts.timeoutMs));
  const results: RefreshResult[] = [];
  for (const source of usedSources(manifest)) {
    let result: RefreshResult;
    if (source.url === null) {
      result = { id: source.id, url: null, status: "skipped", reason: skipReason(source) };
    } else {
      const requested = opts.rewriteUrl ? opts.rewriteUrl(source.url, source) : source.url;
      const base = { id: source.id, url: source.url, requested };
      try {
        const bytes = await get(requested);
        const sha256 = sha256Hex(bytes);
        if (sha256 === source.sha256 && bytes.length === source.bytes)
          result = { ...base, status: "unchanged" };
        else if (looksLikeHtml(bytes) && !/\.html?$/i.test(source.mirrorPath))
          result = { ...base, status: "failed", reason: "got an HTML page instead of the data file" };
        else {
          result = { ...base, status: "changed", bytes: bytes.length, sha256 };
          if (opts.write) {
            writeAtomically(join(snapshotDir, source.mirrorPath), bytes);
            result.written = true;
          }
        }
      } catch (e) {
        const reason = e instanceof DownloadError ? e.message : `error: ${(e as Error).message}`;
        result = { ...base, status: "failed", reason };
      }
    }
    results.push(result);
    opts.log?.(formatResult(result, source));
  }
  if (opts.write) {
    const path = opts.manifestPath ?? "data/sources.json";
    const before = readFileSync(path, "utf8");
    const after = updateManifestText(before, results);
    if (after !== before) writeFileSync(path, after);
  }
  return results;
}

function writeAtomically(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.refresh-tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

/** One line per source, e.g. "  changed    po-balans: 719619 → 720001 bytes, sha256 5e46300a… → 0c1d2e3f…". */
export function formatResult(r: RefreshResult, source: Source): string {
  const id = r.id.padEnd(36);
  switch (r.status) {
    case "unchanged":
      return `  unchanged  ${id} (${source.bytes} bytes, sha256 ${source.sha256.slice(0, 12)}…)`;
    case "changed":
      return (
        `  changed    ${id} ${source.bytes} → ${r.bytes} bytes, sha256 ${source.sha256.slice(0, 12)}… → ${r.sha256}` +
        (r.written ? " (snapshot replaced)" : "")
      );
    case "failed":
      return `  failed     ${id} (${r.reason}) ${r.requested ?? r.url}`;
    case "skipped":
      return `  skipped    ${id} (${r.reason})`;
  }
}

/** Counts per status, for the summary line. */
export function tally(results: RefreshResult[]): Record<RefreshOutcome["status"], number> {
  const t = { unchanged: 0, changed: 0, failed: 0, skipped: 0 };
  for (const r of results) t[r.status]++;
  return t;
}

/**
 * Applies the results to the manifest's text without reformatting it: a changed source gets its new `bytes` and
 * `sha256`; every source that was tried gets `urlCheckedWorking` true (downloaded) or false (failed). Only those
 * values are replaced in place, so the rest of the file keeps its bytes. Throws if the result does not parse to
 * the expected manifest.
 */
export function updateManifestText(text: string, results: RefreshResult[]): string {
  let out = text;
  for (const r of results) {
    if (r.status === "skipped") continue;
    const edits: [RegExp, string][] = [
      [/"urlCheckedWorking": (true|false)/, `"urlCheckedWorking": ${r.status !== "failed"}`],
    ];
    if (r.status === "changed")
      edits.push(
        [/"bytes": \d+/, `"bytes": ${r.bytes}`],
        [/"sha256": "[0-9a-f]{64}"/, `"sha256": "${r.sha256}"`],
      );
    out = editSource(out, r.id, edits);
  }
  const parsed = ManifestSchema.parse(JSON.parse(out));
  for (const r of results) {
    const s = parsed.sources.find((x) => x.id === r.id);
    const ok =
      s !== undefined &&
      (r.status === "skipped" || s.urlCheckedWorking === (r.status !== "failed")) &&
      (r.status !== "changed" || (s.bytes === r.bytes && s.sha256 === r.sha256));
    if (!ok) throw new Error(`updating data/sources.json for ${r.id} went wrong; file not written`);
  }
  return out;
}

/** Replaces the first match of each pattern inside the JSON object of source `id` (from its "id" to the next). */
function editSource(text: string, id: string, edits: [RegExp, string][]): string {
  const marker = `"id": ${JSON.stringify(id)}`;
  const start = text.indexOf(marker);
  if (start < 0) throw new Error(`source ${id} not found in the manifest text`);
  const next = text.indexOf('"id": ', start + marker.length);
  const end = next < 0 ? text.length : next;
  let block = text.slice(start, end);
  for (const [pattern, replacement] of edits) {
    if (!pattern.test(block)) throw new Error(`source ${id}: no ${pattern.source} in its manifest entry`);
    block = block.replace(pattern, replacement);
  }
  return text.slice(0, start) + block + text.slice(end);
}

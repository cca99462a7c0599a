import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rawFileName, usedSources, type Manifest, type Source } from "./manifest.ts";

/** The committed byte-for-byte copy of every used source, below its `mirrorPath`. */
export const SNAPSHOT_DIR = "data/snapshot";

/** What the fetch step recorded for one source file. */
export interface FetchRecord {
  id: string;
  file: string;
  bytes: number;
  sha256: string;
  origin: "snapshot" | "mirror";
  /** Whether size and sha256 equal the manifest's (always true for the snapshot: a mismatch stops the step). */
  matchesManifest: boolean;
}

export interface FetchOptions {
  rawDir: string;
  /** Folder holding the committed snapshot; defaults to `data/snapshot`. */
  snapshotDir?: string;
  /** Folder with the same layout as the snapshot (OPEN_DATA_MIRROR); when set, files are copied from it instead. */
  mirror?: string | undefined;
  log?: (line: string) => void;
  warn?: (line: string) => void;
}

export class FetchError extends Error {}

export const sha256Hex = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** One file that is absent or differs in size or sha256 from what the manifest records. */
export interface FileProblem {
  id: string;
  path: string;
  expected: { bytes: number; sha256: string };
  /** null when the file is missing. */
  actual: { bytes: number; sha256: string } | null;
}

export const describeProblem = (p: FileProblem): string =>
  p.actual === null
    ? `${p.id}: ${p.path} is missing (expected ${p.expected.bytes} bytes, sha256 ${p.expected.sha256})`
    : `${p.id}: ${p.path} does not match the manifest: expected ${p.expected.bytes} bytes, sha256 ${p.expected.sha256}; ` +
      `found ${p.actual.bytes} bytes, sha256 ${p.actual.sha256}`;

/** Reads a source's file below `dir`; the problem is null when size and sha256 equal the manifest's. */
function readChecked(source: Source, dir: string): { bytes: Uint8Array | null; problem: FileProblem | null } {
  const path = join(dir, source.mirrorPath);
  const expected = { bytes: source.bytes, sha256: source.sha256 };
  if (!existsSync(path)) return { bytes: null, problem: { id: source.id, path, expected, actual: null } };
  const bytes = new Uint8Array(readFileSync(path));
  const actual = { bytes: bytes.length, sha256: sha256Hex(bytes) };
  const same = actual.bytes === expected.bytes && actual.sha256 === expected.sha256;
  return { bytes, problem: same ? null : { id: source.id, path, expected, actual } };
}

/** Every used source whose file below `dir` is missing or differs from the manifest (empty when all match). */
export function checkFiles(manifest: Manifest, dir: string): FileProblem[] {
  return usedSources(manifest).flatMap((s) => readChecked(s, dir).problem ?? []);
}

/**
 * Copies every used source into `rawDir` as `<id>.<ext>` and writes `fetched.json`. The files come from the
 * committed snapshot, where a missing file or a size/sha256 mismatch stops the step with a FetchError; or from
 * `mirror`, where a missing file stops the step but a mismatch is only warned about and recorded
 * (`matchesManifest: false`). Unused sources are skipped. Nothing is downloaded.
 */
export function fetchSources(manifest: Manifest, opts: FetchOptions): FetchRecord[] {
  const origin: FetchRecord["origin"] = opts.mirror ? "mirror" : "snapshot";
  const dir = opts.mirror || (opts.snapshotDir ?? SNAPSHOT_DIR);
  mkdirSync(opts.rawDir, { recursive: true });
  // A failed run must not leave the previous run's record behind, as if its files were current.
  rmSync(join(opts.rawDir, "fetched.json"), { force: true });
  const records: FetchRecord[] = [];
  for (const source of usedSources(manifest)) {
    const { bytes, problem } = readChecked(source, dir);
    if (bytes === null || (problem && origin === "snapshot")) {
      const hint =
        origin === "snapshot"
          ? "; the snapshot must hold the exact bytes the manifest records (see npm run data:refresh)"
          : ` (official URL: ${source.url ?? "none"})`;
      throw new FetchError(describeProblem(problem!) + hint);
    }
    if (problem) opts.warn?.(`  warning: ${describeProblem(problem)}`);
    const file = rawFileName(source);
    writeFileSync(join(opts.rawDir, file), bytes);
    records.push({
      id: source.id,
      file,
      bytes: bytes.length,
      sha256: problem?.actual?.sha256 ?? source.sha256,
      origin,
      matchesManifest: problem === null,
    });
    opts.log?.(
      `  copied ${source.id} (${bytes.length} bytes${problem ? ", differs from the manifest" : ""})`,
    );
  }
  writeFileSync(join(opts.rawDir, "fetched.json"), JSON.stringify(records, null, 2) + "\n");
  return records;
}

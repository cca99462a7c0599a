import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rawFileName, type Manifest, type Source } from "./manifest.ts";

/** What the fetch step recorded for one source file. */
export interface FetchRecord {
  id: string;
  file: string;
  bytes: number;
  sha256: string;
  origin: "mirror" | "download";
}

export interface FetchOptions {
  rawDir: string;
  /** Folder holding the files under their `mirrorPath` (OPEN_DATA_MIRROR); when set, nothing is downloaded. */
  mirror?: string | undefined;
  download?: (url: string) => Promise<Uint8Array>;
  log?: (line: string) => void;
}

export class FetchError extends Error {}

async function defaultDownload(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

async function obtain(
  source: Source,
  opts: FetchOptions,
): Promise<{ bytes: Uint8Array; origin: FetchRecord["origin"] }> {
  if (opts.mirror) {
    const path = join(opts.mirror, source.mirrorPath);
    if (!existsSync(path))
      throw new FetchError(
        `${source.id}: not found in the mirror at ${path} (official URL: ${source.url ?? "none, derived extract"})`,
      );
    return { bytes: new Uint8Array(readFileSync(path)), origin: "mirror" };
  }
  if (!source.url)
    throw new FetchError(
      `${source.id}: a derived extract with no download URL; set OPEN_DATA_MIRROR to a folder holding ${source.mirrorPath}`,
    );
  try {
    return { bytes: await (opts.download ?? defaultDownload)(source.url), origin: "download" };
  } catch (e) {
    throw new FetchError(
      `${source.id}: download from ${source.url} failed (${(e as Error).message}); ` +
        `for an offline build set OPEN_DATA_MIRROR to a folder holding ${source.mirrorPath}`,
    );
  }
}

/** Copies (mirror) or downloads every source into `rawDir`, recording size and sha256; stops at the first missing file. */
export async function fetchSources(manifest: Manifest, opts: FetchOptions): Promise<FetchRecord[]> {
  mkdirSync(opts.rawDir, { recursive: true });
  const records: FetchRecord[] = [];
  for (const source of manifest.sources) {
    const { bytes, origin } = await obtain(source, opts);
    const file = rawFileName(source);
    writeFileSync(join(opts.rawDir, file), bytes);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    records.push({ id: source.id, file, bytes: bytes.length, sha256, origin });
    opts.log?.(`  ${origin === "mirror" ? "copied" : "downloaded"} ${source.id} (${bytes.length} bytes)`);
  }
  writeFileSync(join(opts.rawDir, "fetched.json"), JSON.stringify(records, null, 2) + "\n");
  return records;
}

// The downloads, straight from data/derived (no page rendering needed): per board and SWV `cijfers.csv` and
// `cijfers.json`, per board `leer-van.json` (the "Leer van" lists the comparison page shows, learnFromPayload.ts),
// and the whole dataset under data/. Runs in a worker thread while the pages are built
// (src/integrations/downloads.ts), so it only reads files and writes files.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BoardOut, SwvOut } from "../data/build.ts";
import type { PeerFile } from "../data/output.ts";
import { partName, splitPeers } from "../compare/split.ts";
import { INDICATORS } from "../data/registry.ts";
import { csvOfLines, seriesCsvLines } from "./csv.ts";
import { boardEntry, learnFromData, registry } from "./data.ts";
import { learnFromPayload } from "./learnFromPayload.ts";

/** Writes every download under `out` (laid out as in the site) from the derived data in `derived`; returns the file count. */
export function writeDownloads(derived: string, out: string): number {
  let files = 0;
  // Each board's and SWV's lines are made once, for its own file and for the dataset file under data/.
  const all: string[] = [];
  const learn = learnFromData();
  const defs = new Map(INDICATORS.map((d) => [d.id, d]));
  const sizes = registry().sizeClasses;
  for (const f of readdirSync(join(derived, "boards")).sort()) {
    const text = readFileSync(join(derived, "boards", f), "utf8");
    const b = JSON.parse(text) as BoardOut;
    const dir = join(out, "besturen", b.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "cijfers.json"), text);
    const lines = seriesCsvLines(b);
    writeFileSync(join(dir, "cijfers.csv"), csvOfLines(lines));
    all.push(...lines);
    files += 2;
    const lists = learnFromPayload(
      learn,
      b,
      (id) => defs.get(id),
      (id) => boardEntry(id)?.name,
      (sector, id) => sizes[sector].find((c) => c.id === id)?.label,
    );
    // Written for every board ({} without lists), so the comparison never asks for a missing file.
    writeFileSync(join(dir, "leer-van.json"), JSON.stringify(lists));
    files += 1;
  }
  const swvs: string[] = [];
  for (const f of readdirSync(join(derived, "swv")).sort()) {
    const text = readFileSync(join(derived, "swv", f), "utf8");
    const s = JSON.parse(text) as SwvOut;
    const dir = join(out, "samenwerkingsverbanden", s.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "cijfers.json"), text);
    const lines = seriesCsvLines({ id: s.code ?? s.id, name: s.name ?? s.code ?? s.id, series: s.series });
    writeFileSync(join(dir, "cijfers.csv"), csvOfLines(lines));
    swvs.push(...lines);
    files += 2;
  }
  const data = join(out, "data");
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, "po-vo-benchmark-besturen.csv"), csvOfLines(all));
  writeFileSync(join(data, "po-vo-benchmark-samenwerkingsverbanden.csv"), csvOfLines(swvs));
  for (const f of [
    "boards.json",
    "swvs.json",
    "sectors.json",
    "coverage.json",
    "registry.json",
    "peers.json",
  ])
    copyFileSync(join(derived, f), join(data, f));
  // The comparison page's split of peers.json: a boards file and one file per indicator and sector.
  const split = splitPeers(JSON.parse(readFileSync(join(derived, "peers.json"), "utf8")) as PeerFile);
  mkdirSync(join(data, "peers"), { recursive: true });
  writeFileSync(join(data, "peers", "boards.json"), JSON.stringify(split.boards));
  for (const [key, part] of split.parts)
    writeFileSync(join(data, "peers", partName(key)), JSON.stringify(part));
  return files + 8 + split.parts.length;
}

import type { AstroIntegration } from "astro";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { seriesCsv } from "../lib/site/csv.ts";
import type { BoardOut, SwvOut } from "../lib/data/build.ts";
import type { PeerFile } from "../lib/data/output.ts";
import { partName, splitPeers } from "../lib/compare/split.ts";
import { INDICATORS } from "../lib/data/registry.ts";
import { boardEntry, learnFromData, registry } from "../lib/site/data.ts";
import { learnFromPayload } from "../lib/site/learnFromPayload.ts";

const DERIVED = join(process.cwd(), "data", "derived");

/**
 * Writes the downloads after the build, straight from data/derived (no page rendering needed):
 * per board and SWV `cijfers.csv` and `cijfers.json`, and the whole dataset under /data/; per board
 * also `leer-van.json` (the "Leer van" lists the comparison page shows, learnFromPayload.ts).
 */
export default function downloads(): AstroIntegration {
  return {
    name: "downloads",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let files = 0;
        const all: { id: string; name: string; series: BoardOut["series"] }[] = [];
        const learn = learnFromData();
        const defs = new Map(INDICATORS.map((d) => [d.id, d]));
        const sizes = registry().sizeClasses;
        for (const f of readdirSync(join(DERIVED, "boards")).sort()) {
          const text = readFileSync(join(DERIVED, "boards", f), "utf8");
          const b = JSON.parse(text) as BoardOut;
          const out = join(site, "besturen", b.id);
          mkdirSync(out, { recursive: true });
          writeFileSync(join(out, "cijfers.json"), text);
          writeFileSync(join(out, "cijfers.csv"), seriesCsv([b]));
          all.push(b);
          files += 2;
          const lists = learnFromPayload(
            learn,
            b,
            (id) => defs.get(id),
            (id) => boardEntry(id)?.name,
            (sector, id) => sizes[sector].find((c) => c.id === id)?.label,
          );
          // Written for every board ({} without lists), so the comparison never asks for a missing file.
          writeFileSync(join(out, "leer-van.json"), JSON.stringify(lists));
          files += 1;
        }
        const swvs: SwvOut[] = [];
        for (const f of readdirSync(join(DERIVED, "swv")).sort()) {
          const text = readFileSync(join(DERIVED, "swv", f), "utf8");
          const s = JSON.parse(text) as SwvOut;
          const out = join(site, "samenwerkingsverbanden", s.id);
          mkdirSync(out, { recursive: true });
          writeFileSync(join(out, "cijfers.json"), text);
          writeFileSync(
            join(out, "cijfers.csv"),
            seriesCsv([{ id: s.code ?? s.id, name: s.name ?? s.code ?? s.id, series: s.series }]),
          );
          swvs.push(s);
          files += 2;
        }
        const data = join(site, "data");
        mkdirSync(data, { recursive: true });
        writeFileSync(join(data, "po-vo-benchmark-besturen.csv"), seriesCsv(all));
        writeFileSync(
          join(data, "po-vo-benchmark-samenwerkingsverbanden.csv"),
          seriesCsv(
            swvs.map((s) => ({ id: s.code ?? s.id, name: s.name ?? s.code ?? s.id, series: s.series })),
          ),
        );
        for (const f of [
          "boards.json",
          "swvs.json",
          "sectors.json",
          "coverage.json",
          "registry.json",
          "peers.json",
        ])
          copyFileSync(join(DERIVED, f), join(data, f));
        // The comparison page's split of peers.json: a boards file and one file per indicator and sector.
        const split = splitPeers(JSON.parse(readFileSync(join(DERIVED, "peers.json"), "utf8")) as PeerFile);
        mkdirSync(join(data, "peers"), { recursive: true });
        writeFileSync(join(data, "peers", "boards.json"), JSON.stringify(split.boards));
        for (const [key, part] of split.parts)
          writeFileSync(join(data, "peers", partName(key)), JSON.stringify(part));
        logger.info(`downloads: ${files + 8 + split.parts.length} files`);
      },
    },
  };
}

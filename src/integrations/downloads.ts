import type { AstroIntegration } from "astro";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { csvOfLines, seriesCsvLines } from "../lib/site/csv.ts";
import type { BoardOut, SwvOut } from "../lib/data/build.ts";
import type { PeerFile } from "../lib/data/output.ts";
import { partName, splitPeers } from "../lib/compare/split.ts";

const DERIVED = join(process.cwd(), "data", "derived");

/**
 * Writes the downloads after the build, straight from data/derived (no page rendering needed):
 * per board and SWV `cijfers.csv` and `cijfers.json`, and the whole dataset under /data/.
 */
export default function downloads(): AstroIntegration {
  return {
    name: "downloads",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let files = 0;
        // Each board's and SWV's lines are made once, for its own file and for the dataset file under /data/.
        const all: string[] = [];
        for (const f of readdirSync(join(DERIVED, "boards")).sort()) {
          const text = readFileSync(join(DERIVED, "boards", f), "utf8");
          const b = JSON.parse(text) as BoardOut;
          const out = join(site, "besturen", b.id);
          mkdirSync(out, { recursive: true });
          writeFileSync(join(out, "cijfers.json"), text);
          const lines = seriesCsvLines(b);
          writeFileSync(join(out, "cijfers.csv"), csvOfLines(lines));
          all.push(...lines);
          files += 2;
        }
        const swvs: string[] = [];
        for (const f of readdirSync(join(DERIVED, "swv")).sort()) {
          const text = readFileSync(join(DERIVED, "swv", f), "utf8");
          const s = JSON.parse(text) as SwvOut;
          const out = join(site, "samenwerkingsverbanden", s.id);
          mkdirSync(out, { recursive: true });
          writeFileSync(join(out, "cijfers.json"), text);
          const lines = seriesCsvLines({
            id: s.code ?? s.id,
            name: s.name ?? s.code ?? s.id,
            series: s.series,
          });
          writeFileSync(join(out, "cijfers.csv"), csvOfLines(lines));
          swvs.push(...lines);
          files += 2;
        }
        const data = join(site, "data");
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

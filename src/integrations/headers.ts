import type { AstroIntegration } from "astro";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { headersFile } from "../lib/site/csp.ts";

/** Writes dist/_headers (the Content-Security-Policy and friends per top-level path) after the build. */
export default function headers(): AstroIntegration {
  return {
    name: "headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const entries = readdirSync(site, { withFileTypes: true }).map(
          (e) => e.name + (e.isDirectory() ? "/" : ""),
        );
        writeFileSync(join(site, "_headers"), headersFile(entries));
        logger.info(`_headers: ${entries.length} top-level rules`);
      },
    },
  };
}

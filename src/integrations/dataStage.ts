import type { AstroIntegration } from "astro";
import { spawn } from "node:child_process";
import { join } from "node:path";

let ready: Promise<void> = Promise.resolve();

/** Settles when data/derived/ is complete for this build: at once, unless the build runs the data stage itself. */
export const derivedReady = (): Promise<void> => ready;

/**
 * With BUILD_DATA=1 (`npm run build`), runs the data stage (scripts/build-data.ts, raw → data/derived/) as a child
 * process from the moment the build starts, so it works while Vite bundles the site, which reads no data. The
 * integrations that read data/derived/ (downloads, pagefind) start once it is done (derivedReady), and the
 * client bundle, Vite's last step before the pages are rendered, does not close before it: no page reads a
 * half-written file. A failing data stage fails the build with the data stage's own message above.
 * Without BUILD_DATA (`astro build`, `astro dev`) data/derived/ is read as it is.
 */
export default function dataStage(): AstroIntegration {
  return {
    name: "data-stage",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        if (command !== "build" || process.env.BUILD_DATA !== "1") return;
        ready = new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, [join(process.cwd(), "scripts/build-data.ts")], {
            stdio: "inherit",
          });
          child.once("error", reject);
          child.once("exit", (code, signal) =>
            code === 0
              ? resolve()
              : reject(new Error(`the data stage failed (${signal ?? `exit code ${code}`})`)),
          );
        });
        // Reported where it is awaited; not an unhandled rejection while Vite bundles.
        ready.catch(() => {});
        updateConfig({
          vite: {
            plugins: [
              {
                name: "po-vo:wait-for-data",
                apply: "build",
                applyToEnvironment: (env) => env.name === "client",
                closeBundle: () => ready,
              },
            ],
          },
        });
      },
    },
  };
}

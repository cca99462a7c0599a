import type { Plugin } from "vite";

let markEmptied = (): void => {};
const emptied = new Promise<void>((resolve) => (markEmptied = resolve));

/**
 * Settles once Astro has emptied the output folder for this build, which it does just before Vite's first build
 * (the prerender bundle) starts; from then on a file written into the output folder stays. Integrations that
 * write there while the pages render (downloads.ts) wait for it.
 */
export const outputEmptied = (): Promise<void> => emptied;

/** Marks the output folder emptied now: for a build in which no Vite build marked it (see outputEmptiedPlugin). */
export const markOutputEmptied = (): void => markEmptied();

/** The Vite plugin that marks the moment: the prerender environment's build start. */
export const outputEmptiedPlugin = (): Plugin => ({
  name: "po-vo:output-emptied",
  apply: "build",
  applyToEnvironment: (env) => env.name === "prerender",
  buildStart: () => markEmptied(),
});

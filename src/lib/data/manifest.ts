import { readFileSync } from "node:fs";
import { z } from "zod";

export const SourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  publisher: z.enum(["DUO", "CBS", "Inspectie"]),
  /** raw: as the publisher released it; derived: a third party's extract; transcribed: re-typed from a text copy. */
  kind: z.enum(["raw", "derived", "transcribed"]),
  derivedFrom: z.string().optional(),
  /** How a derived or transcribed file was made (required for those kinds). */
  derivation: z.string().optional(),
  licence: z.string(),
  url: z.url().nullable(),
  /** seen-in-docs: URL seen verbatim; pattern: built from the publisher's URL pattern; none: no official URL. */
  urlStatus: z.enum(["seen-in-docs", "pattern", "none"]),
  /** True only once a download from `url` has succeeded (`npm run data:refresh --write`). */
  urlCheckedWorking: z.boolean(),
  note: z.string().optional(),
  /** Path below data/snapshot/ and below OPEN_DATA_MIRROR. */
  mirrorPath: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  period: z.string(),
  /**
   * The date or period of the figures as the site says it inside a sentence, without a prefix such as "stand" or
   * "peildatum" ("1 april 2018", "ca. april 2018", "2015-2016"); it must occur word for word in `period`. Without
   * it the site says the years ("2015", "2011-2015").
   */
  when: z.string().optional(),
  /**
   * For a file of judgements: the date (ISO, yyyy-mm-dd) from which the publisher judges by the framework
   * (toezichtkader) whose words the file uses; judgements made before it use the older framework's words.
   */
  frameworkSince: z.iso.date().optional(),
  years: z.array(z.number().int()),
  serves: z.array(z.string()),
  /** Why the source is not used; unused sources are neither snapshotted nor fetched. */
  unused: z.string().optional(),
});
export type Source = z.output<typeof SourceSchema>;

export const ManifestSchema = z
  .object({
    about: z.string(),
    licences: z.record(z.string(), z.object({ name: z.string(), url: z.url(), credit: z.string() })),
    sources: z.array(SourceSchema),
  })
  .superRefine((m, ctx) => {
    const ids = new Set<string>();
    const paths = new Set<string>();
    for (const s of m.sources) {
      const issue = (message: string) =>
        ctx.addIssue({ code: "custom", message: `source ${s.id}: ${message}` });
      if (ids.has(s.id)) ctx.addIssue({ code: "custom", message: `duplicate source id ${s.id}` });
      ids.add(s.id);
      if (paths.has(s.mirrorPath)) issue(`mirrorPath ${s.mirrorPath} is used twice`);
      paths.add(s.mirrorPath);
      if (!m.licences[s.licence]) issue(`unknown licence ${s.licence}`);
      if (s.kind !== "raw" && !s.derivation)
        issue(`a ${s.kind} source must say how it was made (derivation)`);
      if (s.kind !== "raw" && s.url !== null)
        issue(`a ${s.kind} source has no official URL (its bytes are not the publisher's)`);
      if ((s.url === null) !== (s.urlStatus === "none"))
        issue(`urlStatus "none" goes with url null, and only with it (url ${s.url}, status ${s.urlStatus})`);
      if (s.url === null && s.urlCheckedWorking) issue("urlCheckedWorking is true without a URL");
      if (s.when !== undefined && !s.period.includes(s.when))
        issue(`when "${s.when}" does not occur in period "${s.period}"`);
      if (s.years.length > 2 || (s.years.length === 2 && s.years[0]! > s.years[1]!))
        issue(`years must be [year] or [first, last]: ${JSON.stringify(s.years)}`);
      if (/(^|\/)\.\.(\/|$)/.test(s.mirrorPath) || s.mirrorPath.startsWith("/"))
        issue(`mirrorPath must stay below the snapshot folder: ${s.mirrorPath}`);
    }
  });
export type Manifest = z.output<typeof ManifestSchema>;

/** Reads and validates `data/sources.json`. */
export function loadManifest(path = "data/sources.json"): Manifest {
  return ManifestSchema.parse(JSON.parse(readFileSync(path, "utf8")));
}

/** The sources the pipeline reads: every source not marked `unused`. Only these are snapshotted and fetched. */
export const usedSources = (m: Manifest): Source[] => m.sources.filter((s) => s.unused === undefined);

/** The local file name a source is stored under in `data/raw/`. */
export const rawFileName = (s: Source): string => s.id + s.mirrorPath.slice(s.mirrorPath.lastIndexOf("."));

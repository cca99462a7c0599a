import { readFileSync } from "node:fs";
import { z } from "zod";

export const SourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  publisher: z.enum(["DUO", "CBS"]),
  kind: z.enum(["raw", "derived"]),
  derivedFrom: z.string().optional(),
  derivation: z.string().optional(),
  licence: z.string(),
  url: z.url().nullable(),
  urlStatus: z.enum(["seen", "pattern", "mirror-only"]),
  mirrorPath: z.string(),
  period: z.string(),
  years: z.array(z.number().int()),
  serves: z.array(z.string()),
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
    for (const s of m.sources) {
      if (ids.has(s.id)) ctx.addIssue({ code: "custom", message: `duplicate source id ${s.id}` });
      ids.add(s.id);
      if (!m.licences[s.licence])
        ctx.addIssue({ code: "custom", message: `source ${s.id}: unknown licence ${s.licence}` });
      if (s.kind === "derived" && !s.derivation)
        ctx.addIssue({
          code: "custom",
          message: `source ${s.id}: a derived source must say how it was derived`,
        });
    }
  });
export type Manifest = z.output<typeof ManifestSchema>;

/** Reads and validates `data/sources.json`. */
export function loadManifest(path = "data/sources.json"): Manifest {
  return ManifestSchema.parse(JSON.parse(readFileSync(path, "utf8")));
}

/** The local file name a source is stored under in `data/raw/`. */
export const rawFileName = (s: Source): string => s.id + s.mirrorPath.slice(s.mirrorPath.lastIndexOf("."));

// Zod schemas for the content collections (cases and doelmatigheid pages); pure, so tests can run them directly.
import { z } from "zod";
import { INDICATORS } from "../data/registry.ts";
import { THEME_SLUGS } from "./themes.ts";

const indicatorIds = new Set(INDICATORS.map((d) => d.id));

export const SourceRefSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  chapter: z.string().min(1),
  pages: z.string().optional(),
});

export const CaseSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1).max(300),
  organisation: z.string().min(1),
  kind: z.enum(["samenwerkingsverband", "schoolbestuur"]),
  sector: z.enum(["po", "vo", "po-vo"]),
  region: z.string().min(1),
  province: z.string().min(1),
  /** Municipalities the organisation works in, to find its SWV by the municipalities of SWV schools. */
  municipalities: z.array(z.string().min(1)).default([]),
  municipalitiesNote: z.string().optional(),
  /** SWV codes of the organisation itself, looked up by its name in DUO's 2018 list of SWV boards. */
  swvCodes: z.array(z.string().regex(/^(PO|VO)\d{4}$/, "an SWV code like VO2809")).default([]),
  /** Board numbers of the organisation itself, where it is a school board in the data. */
  boardIds: z.array(z.string().regex(/^\d{5}$/, "a 5-digit bevoegd-gezag number")).default([]),
  pupils: z.number().int().positive().nullable(),
  pupilsNote: z.string().min(1),
  boards: z.number().int().positive().nullable(),
  schools: z.number().int().positive().nullable(),
  themes: z
    .array(
      z.string().refine((t) => (THEME_SLUGS as string[]).includes(t), {
        error: (iss) => `unknown theme "${String(iss.input)}"; use one of: ${THEME_SLUGS.join(", ")}`,
      }),
    )
    .min(1),
  tips: z.array(z.string().min(1).max(160)).min(1),
  indicators: z.array(
    z.string().refine((id) => indicatorIds.has(id), {
      error: (iss) => `unknown indicator id "${String(iss.input)}" (not in the registry)`,
    }),
  ),
  source: SourceRefSchema,
  learnMore: z.string().min(1),
});
export type CaseData = z.output<typeof CaseSchema>;

export const ExplainerSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  order: z.number().int(),
  questions: z.array(z.string().min(1)).length(5).optional(),
  source: SourceRefSchema,
});
export type ExplainerData = z.output<typeof ExplainerSchema>;

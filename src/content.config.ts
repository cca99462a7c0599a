import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { CaseSchema, ExplainerSchema } from "./lib/content/schema.ts";

// Cases and explainers live in content/ (outside src/); a frontmatter error fails the build naming file and field.
const cases = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/cases" }),
  schema: CaseSchema,
});
const doelmatigheid = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/doelmatigheid" }),
  schema: ExplainerSchema,
});

export const collections = { cases, doelmatigheid };

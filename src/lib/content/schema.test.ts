import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
// The frontmatter parser Astro's content loader uses, so the test reads the files exactly as the build does.
import { parseFrontmatter } from "astro/markdown";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { INDICATORS } from "../data/registry.ts";
import { CaseSchema, ExplainerSchema } from "./schema.ts";
import { THEME_SLUGS } from "./themes.ts";

const CONTENT = fileURLToPath(new URL("../../../content/", import.meta.url));
const mdx = (dir: string) =>
  readdirSync(`${CONTENT}${dir}`)
    .filter((f) => f.endsWith(".mdx"))
    .sort();
const frontmatter = (path: string): Record<string, unknown> =>
  parseFrontmatter(readFileSync(`${CONTENT}${path}`, "utf8")).frontmatter;

/** The error text the build would show, or undefined when the data parses. */
const errorOf = (schema: z.ZodType, data: unknown): string | undefined => {
  const r = schema.safeParse(data);
  return r.success ? undefined : z.prettifyError(r.error);
};

const CASES = mdx("cases");
const EXPLAINERS = mdx("doelmatigheid");
const aCase = () => structuredClone(frontmatter(`cases/${CASES[0]}`));

describe("CaseSchema", () => {
  it("CaseSchema finds the six case files", () => {
    expect(CASES).toHaveLength(6);
  });

  for (const file of CASES)
    it(`CaseSchema.parse(frontmatter) accepts content/cases/${file}`, () => {
      expect(errorOf(CaseSchema, frontmatter(`cases/${file}`))).toBeUndefined();
    });

  it("CaseSchema.parse(frontmatter) of every case uses only known themes and indicators", () => {
    for (const file of CASES) {
      const c = CaseSchema.parse(frontmatter(`cases/${file}`));
      for (const t of c.themes) expect(THEME_SLUGS).toContain(t);
      for (const id of c.indicators) expect(INDICATORS.map((d) => d.id)).toContain(id);
    }
  });

  it("CaseSchema.parse(data) without a required field fails naming the field", () => {
    for (const field of ["title", "summary", "organisation", "pupilsNote", "source", "learnMore"]) {
      const data = aCase();
      delete data[field];
      const r = CaseSchema.safeParse(data);
      expect(r.success, field).toBe(false);
      expect(r.error!.issues[0]!.path, field).toEqual([field]);
      expect(z.prettifyError(r.error!)).toContain(`at ${field}`);
    }
  });

  it("CaseSchema.parse(data) without a field inside source fails naming source.chapter", () => {
    const data = aCase();
    delete (data.source as Record<string, unknown>).chapter;
    expect(errorOf(CaseSchema, data)).toContain("at source.chapter");
  });

  it("CaseSchema.parse(data) with an unknown theme fails naming the theme and the allowed ones", () => {
    const data = { ...aCase(), themes: ["dekkend-netwerk", "schoolreisjes"] };
    const r = CaseSchema.safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error!.issues).toHaveLength(1);
    expect(r.error!.issues[0]!.path).toEqual(["themes", 1]);
    expect(r.error!.issues[0]!.message).toBe(`unknown theme "schoolreisjes"; use one of: ${THEME_SLUGS.join(", ")}`);
  });

  it("CaseSchema.parse(data) with an unknown indicator id fails naming the id", () => {
    const data = { ...aCase(), indicators: ["leerlingen", "kwaliteit-xyz"] };
    const r = CaseSchema.safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(["indicators", 1]);
    expect(r.error!.issues[0]!.message).toBe('unknown indicator id "kwaliteit-xyz" (not in the registry)');
  });

  it("CaseSchema.parse(data) with no theme fails on themes", () => {
    expect(errorOf(CaseSchema, { ...aCase(), themes: [] })).toContain("at themes");
  });

  it("CaseSchema.parse(data) with a board id that is not 5 digits fails naming the rule", () => {
    const msg = errorOf(CaseSchema, { ...aCase(), boardIds: ["1234"] });
    expect(msg).toContain("a 5-digit bevoegd-gezag number");
    expect(msg).toContain("at boardIds[0]");
  });

  it("CaseSchema.parse(data) with an unknown kind or sector fails naming the field", () => {
    expect(errorOf(CaseSchema, { ...aCase(), kind: "gemeente" })).toContain("at kind");
    expect(errorOf(CaseSchema, { ...aCase(), sector: "mbo" })).toContain("at sector");
  });

  it("CaseSchema.parse(data) with a tip over 160 characters fails on that tip", () => {
    expect(errorOf(CaseSchema, { ...aCase(), tips: ["Kort.", "x".repeat(161)] })).toContain("at tips[1]");
  });

  it("CaseSchema.parse(data) defaults missing municipalities and board ids to []", () => {
    const data = aCase();
    delete data.municipalities;
    delete data.boardIds;
    const c = CaseSchema.parse(data);
    expect(c.municipalities).toEqual([]);
    expect(c.boardIds).toEqual([]);
  });
});

describe("ExplainerSchema", () => {
  for (const file of EXPLAINERS)
    it(`ExplainerSchema.parse(frontmatter) accepts content/doelmatigheid/${file}`, () => {
      expect(errorOf(ExplainerSchema, frontmatter(`doelmatigheid/${file}`))).toBeUndefined();
    });

  it("ExplainerSchema.parse(frontmatter) of reflectievragen has exactly five questions", () => {
    const e = ExplainerSchema.parse(frontmatter("doelmatigheid/reflectievragen.mdx"));
    expect(e.questions).toHaveLength(5);
    expect(e.questions![0]).toBe("Passen de uitgaven binnen het onderwijsdoel?");
  });

  it("ExplainerSchema.parse(data) with a sixth question fails on questions", () => {
    const data = structuredClone(frontmatter("doelmatigheid/reflectievragen.mdx"));
    data.questions = [...(data.questions as string[]), "Is er een zesde vraag?"];
    const r = ExplainerSchema.safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(["questions"]);
    expect(z.prettifyError(r.error!)).toMatch(/5/);
  });

  it("ExplainerSchema.parse(data) with four questions fails too", () => {
    const data = structuredClone(frontmatter("doelmatigheid/reflectievragen.mdx"));
    data.questions = (data.questions as string[]).slice(0, 4);
    expect(errorOf(ExplainerSchema, data)).toContain("at questions");
  });

  it("ExplainerSchema.parse(data) without questions is fine (only reflectievragen has them)", () => {
    const data = structuredClone(frontmatter("doelmatigheid/reflectievragen.mdx"));
    delete data.questions;
    expect(errorOf(ExplainerSchema, data)).toBeUndefined();
  });
});

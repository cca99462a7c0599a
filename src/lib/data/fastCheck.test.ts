import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as zm from "zod/mini";
import { mutations } from "../../../test/helpers/mutate.ts";
import { validator } from "./fastCheck.ts";

const Sector = z.enum(["po", "vo"]);
const Schema = z.strictObject({
  id: z.string().regex(/^\d{5}$/),
  year: z.number().int(),
  count: z.number().int().nonnegative(),
  share: z.number(),
  note: z.string().optional(),
  active: z.boolean(),
  kind: z.literal("board"),
  sector: Sector,
  bySector: z.partialRecord(Sector, z.number()),
  byYear: z.record(z.string(), z.array(z.tuple([z.string(), z.number()]))),
  row: z.tuple([z.number().int()], z.nullable(z.number())),
  exam: z.union([z.strictObject({ rate: z.number() }), z.strictObject({ missing: z.string() })]),
  currency: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("years"), maxAge: z.number().int() }),
    z.strictObject({ kind: z.literal("dated"), what: z.string() }),
  ]),
  loose: z.object({ a: z.string() }),
  url: z.url(),
  mini: zm.strictObject({ n: zm.number().check(zm.int()), t: zm.optional(zm.array(zm.string())) }),
});
const good = {
  id: "00041",
  year: 2020,
  count: 0,
  share: 0.5,
  active: true,
  kind: "board",
  sector: "po",
  bySector: { vo: 3 },
  byYear: { 2020: [["00041", 1.5]] },
  row: [3, null, 2.5],
  exam: { missing: "not-reported" },
  currency: { kind: "dated", what: "x" },
  loose: { a: "x", extra: 1 },
  url: "https://example.org/",
  mini: { n: 1 },
};

describe("validator(schema)", () => {
  it("passes a valid value, and fails what zod fails", () => {
    expect(Schema.safeParse(good).success).toBe(true);
    expect(validator(Schema)(good)).toBe(true);
    const bad: unknown[] = [
      { ...good, extra: 1 },
      { ...good, id: "41" },
      { ...good, year: 2020.5 },
      { ...good, count: -1 },
      { ...good, note: 3 },
      { ...good, kind: "swv" },
      { ...good, bySector: { ho: 1 } },
      { ...good, byYear: { 2020: [["00041"]] } },
      { ...good, row: [1.5] },
      { ...good, exam: { rate: "x" } },
      { ...good, currency: { kind: "years", what: "x" } },
      { ...good, url: "not a url" },
      { ...good, mini: { n: 1.5 } },
      (({ share: _s, ...rest }) => rest)(good),
    ];
    for (const b of bad) {
      expect(Schema.safeParse(b).success).toBe(false);
      expect(validator(Schema)(b), JSON.stringify(b)).toBe(false);
    }
  });

  it("passes only what zod passes, over many random changes of a valid value", () => {
    let passed = 0;
    let failed = 0;
    for (const m of mutations(good, 4000, 11)) {
      const fast = validator(Schema)(m);
      if (fast) {
        passed++;
        expect(Schema.safeParse(m).success, JSON.stringify(m)).toBe(true);
      } else failed++;
    }
    expect(passed).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
  });
});

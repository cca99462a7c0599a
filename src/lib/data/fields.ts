import { z } from "zod";
import { parseDutchNumber, type Cell, type DecimalMark } from "./values.ts";

const fail = (ctx: { addIssue: (i: { code: "custom"; message: string }) => void }, message: string) => {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
};

/** Trimmed text; DUO writes a blank cell as a single space. */
export const text = z.string().transform((s) => s.trim());

/** Trimmed text or undefined when blank. */
export const optionalText = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === "" ? undefined : s.trim()));

/** Bevoegd-gezag number as a 5-digit string (`8` → `00008`); never a number, so leading zeros stay. */
export const boardId = z.string().transform((s, ctx) => {
  const t = s.trim();
  if (!/^\d{1,5}$/.test(t)) return fail(ctx, `not a bevoegd-gezag number: "${s}"`);
  // DUO writes 00000 for vestigingen whose board is unknown ("onbekend"): not a board, so the row is left out.
  if (/^0+$/.test(t)) return fail(ctx, `bevoegd gezag ${t.padStart(5, "0")} means "unknown board"`);
  return t.padStart(5, "0");
});

/** 4-character BRIN (instellingscode), uppercased. */
export const brin = z.string().transform((s, ctx) => {
  const t = s.trim().toUpperCase();
  if (!/^[0-9A-Z]{4}$/.test(t)) return fail(ctx, `not a BRIN code: "${s}"`);
  return t;
});

/** Raw vestiging number as found: 1-2 digits or a 6-character code. Combine with {@link vestigingCode}. */
export const vestigingRaw = z.string().transform((s, ctx) => {
  const t = s.trim().toUpperCase();
  if (!/^(\d{1,2}|[0-9A-Z]{4}\d{2})$/.test(t)) return fail(ctx, `not a vestiging number: "${s}"`);
  return t;
});

/** 6-character vestiging code from a BRIN and a 1-, 2- or 6-character vestiging number; undefined if they disagree. */
export function vestigingCode(brinCode: string, raw: string): string | undefined {
  if (raw.length === 6) return raw.startsWith(brinCode) ? raw : undefined;
  return brinCode + raw.padStart(2, "0");
}

/** A Dutch-formatted number cell (suppression and blanks → missing with reason). */
export const num = (decimal: DecimalMark = ",") =>
  z.string().transform((s, ctx): Cell => {
    const r = parseDutchNumber(s, decimal);
    return r.ok ? r.value : fail(ctx, r.reason);
  });

/** A count: a non-negative whole number, or missing with reason. */
export const count = (decimal: DecimalMark = ",") =>
  num(decimal).refine((c) => typeof c !== "number" || (Number.isInteger(c) && c >= 0), {
    message: "not a non-negative whole number",
  });

/** A record of year → cell, for wide year columns. */
export const yearCells = (cell: z.ZodType<Cell>) => z.record(z.string(), cell);

/** A 4-digit year. */
export const year = z.string().transform((s, ctx) => {
  const t = s.trim();
  if (!/^(19|20)\d{2}$/.test(t)) return fail(ctx, `not a year: "${s}"`);
  return Number(t);
});

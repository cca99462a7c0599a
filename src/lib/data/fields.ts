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

/** A text cell read as a number cell: the value, or the message of the issue the cell's schema reports. */
type CellReader = (s: string) => { ok: true; value: Cell } | { ok: false; message: string };
/** The reader behind each schema made by {@link num} or {@link count} (for {@link yearCells}). */
const cellReaders = new WeakMap<z.ZodType, CellReader>();

/** A Dutch-formatted number cell (suppression and blanks → missing with reason). */
export const num = (decimal: DecimalMark = ",") => {
  const schema = z.string().transform((s, ctx): Cell => {
    const r = parseDutchNumber(s, decimal);
    return r.ok ? r.value : fail(ctx, r.reason);
  });
  cellReaders.set(schema, (s) => {
    const r = parseDutchNumber(s, decimal);
    return r.ok ? r : { ok: false, message: r.reason };
  });
  return schema;
};

const NOT_A_COUNT = "not a non-negative whole number";
const isCount = (c: Cell) => typeof c !== "number" || (Number.isInteger(c) && c >= 0);

/** A count: a non-negative whole number, or missing with reason. */
export const count = (decimal: DecimalMark = ",") => {
  const schema = num(decimal).refine(isCount, { message: NOT_A_COUNT });
  cellReaders.set(schema, (s) => {
    const r = parseDutchNumber(s, decimal);
    if (!r.ok) return { ok: false, message: r.reason };
    return isCount(r.value) ? r : { ok: false, message: NOT_A_COUNT };
  });
  return schema;
};

/**
 * A record of year → cell, for wide year columns. For cells made by {@link num} or {@link count} the record of
 * strings is read in one pass, with the same values and the same issues (message, path by key, in key order)
 * as `z.record(z.string(), cell)`, which reads anything else.
 */
export const yearCells = (cell: z.ZodType<Cell>) => {
  const record = z.record(z.string(), cell);
  const read = cellReaders.get(cell);
  if (!read) return record;
  return z.unknown().transform((input, ctx): Record<string, Cell> => {
    const general = () => {
      const r = record.safeParse(input);
      if (r.success) return r.data;
      for (const issue of r.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message, path: issue.path as PropertyKey[] });
      return z.NEVER;
    };
    const proto: unknown =
      input === null || typeof input !== "object" ? undefined : Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) return general(); // not a plain object
    const out: Record<string, Cell> = {};
    let failed = false;
    for (const key of Object.keys(input as object)) {
      const v = (input as Record<string, unknown>)[key];
      if (typeof v !== "string" || key === "__proto__") return general();
      const r = read(v);
      if (r.ok) out[key] = r.value;
      else {
        ctx.addIssue({ code: "custom", message: r.message, path: [key] });
        failed = true;
      }
    }
    return failed ? z.NEVER : out;
  });
};

/** A 4-digit year. */
export const year = z.string().transform((s, ctx) => {
  const t = s.trim();
  if (!/^(19|20)\d{2}$/.test(t)) return fail(ctx, `not a year: "${s}"`);
  return Number(t);
});

import { z } from "zod";
import { DEFER, registerFast } from "./fastRow.ts";
import { parseDutchNumber, type Cell, type DecimalMark } from "./values.ts";

const fail = (ctx: { addIssue: (i: { code: "custom"; message: string }) => void }, message: string) => {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
};

/** A cell read by a plain function: its value, or why it is not one. */
type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A string cell read by `read`: the zod schema (the issue is `read`'s message) and, from the same function, the
 * fast reader the table reader uses for rows (fastRow.ts).
 */
const stringCell = <T>(read: (s: string) => Read<T>) =>
  registerFast(
    z.string().transform((s, ctx): T => {
      const r = read(s);
      return r.ok ? r.value : fail(ctx, r.message);
    }),
    (input) => {
      if (typeof input !== "string") return DEFER;
      const r = read(input);
      return r.ok ? r.value : DEFER;
    },
  );

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (message: string): Read<never> => ({ ok: false, message });

/** Trimmed text; DUO writes a blank cell as a single space. */
export const text = registerFast(
  z.string().transform((s) => s.trim()),
  (input) => (typeof input === "string" ? input.trim() : DEFER),
);

const blankToUndefined = (s: string | undefined) =>
  s === undefined || s.trim() === "" ? undefined : s.trim();
/** Trimmed text or undefined when blank. */
export const optionalText = registerFast(z.string().optional().transform(blankToUndefined), (input) =>
  input === undefined || typeof input === "string" ? blankToUndefined(input) : DEFER,
);

/** Bevoegd-gezag number as a 5-digit string (`8` → `00008`); never a number, so leading zeros stay. */
export const boardId = stringCell((s) => {
  const t = s.trim();
  if (!/^\d{1,5}$/.test(t)) return bad(`not a bevoegd-gezag number: "${s}"`);
  // DUO writes 00000 for vestigingen whose board is unknown ("onbekend"): not a board, so the row is left out.
  if (/^0+$/.test(t)) return bad(`bevoegd gezag ${t.padStart(5, "0")} means "unknown board"`);
  return ok(t.padStart(5, "0"));
});

/** 4-character BRIN (instellingscode), uppercased. */
export const brin = stringCell((s) => {
  const t = s.trim().toUpperCase();
  if (!/^[0-9A-Z]{4}$/.test(t)) return bad(`not a BRIN code: "${s}"`);
  return ok(t);
});

/** Raw vestiging number as found: 1-2 digits or a 6-character code. Combine with {@link vestigingCode}. */
export const vestigingRaw = stringCell((s) => {
  const t = s.trim().toUpperCase();
  if (!/^(\d{1,2}|[0-9A-Z]{4}\d{2})$/.test(t)) return bad(`not a vestiging number: "${s}"`);
  return ok(t);
});

/** 6-character vestiging code from a BRIN and a 1-, 2- or 6-character vestiging number; undefined if they disagree. */
export function vestigingCode(brinCode: string, raw: string): string | undefined {
  if (raw.length === 6) return raw.startsWith(brinCode) ? raw : undefined;
  return brinCode + raw.padStart(2, "0");
}

/** A text cell read as a number cell: the value, or the message of the issue the cell's schema reports. */
type CellReader = (s: string) => Read<Cell>;
/** The reader behind each schema made by {@link num} or {@link count} (for {@link yearCells}). */
const cellReaders = new WeakMap<z.ZodType, CellReader>();

/** A Dutch-formatted number cell (suppression and blanks → missing with reason). */
export const num = (decimal: DecimalMark = ",") => {
  const read: CellReader = (s) => {
    const r = parseDutchNumber(s, decimal);
    return r.ok ? r : bad(r.reason);
  };
  const schema = stringCell(read);
  cellReaders.set(schema, read);
  return schema;
};

const NOT_A_COUNT = "not a non-negative whole number";
const isCount = (c: Cell) => typeof c !== "number" || (Number.isInteger(c) && c >= 0);

/** A count: a non-negative whole number, or missing with reason. */
export const count = (decimal: DecimalMark = ",") => {
  const read: CellReader = (s) => {
    const r = parseDutchNumber(s, decimal);
    if (!r.ok) return bad(r.reason);
    return isCount(r.value) ? r : bad(NOT_A_COUNT);
  };
  const schema = num(decimal).refine(isCount, { message: NOT_A_COUNT });
  cellReaders.set(schema, read);
  registerFast(schema, (input) => {
    if (typeof input !== "string") return DEFER;
    const r = read(input);
    return r.ok ? r.value : DEFER;
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
  /** The record read in one pass: its values, or the issues by key; undefined when it is not a plain record of strings. */
  const readAll = (input: unknown) => {
    const proto: unknown =
      input === null || typeof input !== "object" ? undefined : Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) return undefined; // not a plain object
    const out: Record<string, Cell> = {};
    const issues: { key: string; message: string }[] = [];
    for (const key of Object.keys(input as object)) {
      const v = (input as Record<string, unknown>)[key];
      if (typeof v !== "string" || key === "__proto__") return undefined;
      const r = read(v);
      if (r.ok) out[key] = r.value;
      else issues.push({ key, message: r.message });
    }
    return { out, issues };
  };
  const schema = z.unknown().transform((input, ctx): Record<string, Cell> => {
    const all = readAll(input);
    if (!all) {
      const r = record.safeParse(input);
      if (r.success) return r.data;
      for (const issue of r.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message, path: issue.path as PropertyKey[] });
      return z.NEVER;
    }
    for (const i of all.issues) ctx.addIssue({ code: "custom", message: i.message, path: [i.key] });
    return all.issues.length > 0 ? z.NEVER : all.out;
  });
  return registerFast(schema, (input) => {
    const all = readAll(input);
    return all && all.issues.length === 0 ? all.out : DEFER;
  });
};

/** A 4-digit year. */
export const year = stringCell((s) => {
  const t = s.trim();
  if (!/^(19|20)\d{2}$/.test(t)) return bad(`not a year: "${s}"`);
  return ok(Number(t));
});

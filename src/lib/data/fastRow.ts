// A fast path for row schemas: a reader compiled from a zod schema that accepts a row without running zod,
// or defers it to zod. zod stays the source of truth: a reader only ever says "zod would accept this, with this
// value" or "ask zod" (DEFER); every row it defers, and so every rejected row, is parsed by zod itself, so
// rejection reasons, their order and their paths are zod's. Field schemas whose logic is a plain function
// register that function here (see fields.ts: the zod schema and the fast reader are made from the same
// function); a schema with no registered reader is parsed by its own zod schema, field by field.
import type { z } from "zod";

/** What a fast reader returns when it does not accept the input: zod must parse it (and may reject it). */
export const DEFER: unique symbol = Symbol("defer to zod");

/** Accepts `input` with zod's output for it, or returns {@link DEFER}. */
export type FastReader = (input: unknown) => unknown;

const registered = new WeakMap<object, FastReader>();
const compiled = new WeakMap<object, FastReader>();

/**
 * Registers `read` as the fast reader of `schema`; `read` must return exactly what `schema` outputs for every
 * input it accepts (and DEFER for anything else). Returns the schema.
 */
export function registerFast<S extends z.ZodType>(schema: S, read: FastReader): S {
  registered.set(schema, read);
  return schema;
}

/** Internals of a zod schema this module reads (zod 4's `_zod.def` and optionality markers). */
interface Internals {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, z.ZodType>;
      catchall?: unknown;
      checks?: unknown[];
      entries?: Record<string, unknown>;
      in?: z.ZodType;
      out?: z.ZodType;
    };
    optin?: "optional" | "defaulted";
    optout?: "optional";
  };
}

/** The fast reader of a schema (registered, or compiled from an object, enum or pipe, else zod itself). */
export function fastReader(schema: z.ZodType): FastReader {
  const known = registered.get(schema) ?? compiled.get(schema);
  if (known) return known;
  const read = compile(schema);
  compiled.set(schema, read);
  return read;
}

/** The schema's own zod parse as a reader: exact by definition, no faster. */
const viaZod =
  (schema: z.ZodType): FastReader =>
  (input) => {
    const r = schema.safeParse(input);
    return r.success ? r.data : DEFER;
  };

function compile(schema: z.ZodType): FastReader {
  const { def } = (schema as unknown as Internals)._zod;
  const plainChecks = def.checks === undefined || def.checks.length === 0;
  if (def.type === "object" && def.shape && def.catchall === undefined && plainChecks)
    return objectReader(def.shape);
  if (def.type === "string" && plainChecks) return (input) => (typeof input === "string" ? input : DEFER);
  if (def.type === "enum" && def.entries && plainChecks) {
    const values = new Set(Object.values(def.entries));
    return (input) => (typeof input === "string" && values.has(input) ? input : DEFER);
  }
  if (def.type === "pipe" && def.in && def.out && plainChecks) {
    const first = fastReader(def.in);
    const then = fastReader(def.out);
    return (input) => {
      const v = first(input);
      return v === DEFER ? DEFER : then(v);
    };
  }
  return viaZod(schema);
}

/**
 * A z.object (unknown keys stripped) read key by key in the shape's order, as zod builds its output: a present
 * key is set (also to undefined), an absent optional key is left out, an absent required key is zod's to report.
 */
function objectReader(shape: Record<string, z.ZodType>): FastReader {
  const fields = Object.keys(shape).map((key) => {
    const s = shape[key]!;
    const { optin, optout } = (s as unknown as Internals)._zod;
    return { key, read: fastReader(s), optin, optout };
  });
  // zod sets no own `__proto__` key either; no spec has one, so such a shape is simply left to zod.
  if (fields.some((f) => f.key === "__proto__")) return () => DEFER;
  return (input) => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return DEFER;
    const o = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      if (f.key in o) {
        const v = f.read(o[f.key]);
        if (v === DEFER) return DEFER;
        out[f.key] = v;
        continue;
      }
      // Absent: optional in and out is left out; optional in only gets the value it makes of undefined, if any.
      if (f.optin === undefined || f.optin === "defaulted") return DEFER;
      if (f.optout === "optional") continue;
      const v = f.read(undefined);
      if (v === DEFER) return DEFER;
      if (v !== undefined) out[f.key] = v;
    }
    return out;
  };
}

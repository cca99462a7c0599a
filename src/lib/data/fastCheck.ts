// A compiled validity check for the schemas of data/derived/: `validator(schema)(value)` is true only for a
// value the zod schema accepts. It never says more: for a construct it does not know (refinements, formats,
// transforms, discriminated unions, …) it asks zod about that part, and a value it finds wrong it reports as
// false, so the caller lets zod parse the whole value and name the problem. zod stays the contract.
import { safeParse, type $ZodType } from "zod/v4/core";

type Check = (v: unknown) => boolean;

/** What this module reads of a zod schema (zod 4's `_zod.def`, its checks and optionality markers). */
interface Def {
  type: string;
  checks?: $ZodType[];
  check?: string;
  format?: string;
  pattern?: RegExp;
  value?: unknown;
  inclusive?: boolean;
  shape?: Record<string, $ZodType>;
  catchall?: $ZodType;
  element?: $ZodType;
  innerType?: $ZodType;
  entries?: Record<string, unknown>;
  values?: unknown[];
  keyType?: $ZodType;
  valueType?: $ZodType;
  partial?: boolean;
  items?: $ZodType[];
  rest?: $ZodType | null;
  options?: $ZodType[];
  discriminator?: string;
}
interface Internals {
  def: Def;
  check?: unknown;
  optin?: string;
  optout?: string;
}
const internals = (s: $ZodType) => (s as unknown as { _zod: Internals })._zod;

const compiled = new WeakMap<$ZodType, Check>();

/** The compiled check of `schema` (cached per schema). */
export function validator(schema: $ZodType): Check {
  const known = compiled.get(schema);
  if (known) return known;
  // Placed before compiling, so a recursive schema refers to itself through the cache.
  const slot: { check?: Check } = {};
  compiled.set(schema, (v) => slot.check!(v));
  slot.check = compile(schema);
  compiled.set(schema, slot.check);
  return slot.check;
}

/** zod itself, for a part this module does not compile. */
const viaZod =
  (schema: $ZodType): Check =>
  (v) =>
    safeParse(schema, v).success;

/** The checks of a number schema as one test, or undefined when one of them is not known here. */
function numberChecks(checks: $ZodType[]): Check | undefined {
  const tests: Check[] = [];
  for (const c of checks) {
    const d = internals(c).def;
    if (d.check === "number_format" && d.format === "safeint")
      tests.push((v) => Number.isSafeInteger(v as number));
    else if (d.check === "greater_than" && typeof d.value === "number") {
      const min = d.value;
      tests.push(d.inclusive ? (v) => (v as number) >= min : (v) => (v as number) > min);
    } else if (d.check === "less_than" && typeof d.value === "number") {
      const max = d.value;
      tests.push(d.inclusive ? (v) => (v as number) <= max : (v) => (v as number) < max);
    } else return undefined;
  }
  return (v) => tests.every((t) => t(v));
}

function compile(schema: $ZodType): Check {
  const z = internals(schema);
  const def = z.def;
  // A schema that is itself a check (z.int(), z.url(), …) runs that check too.
  const checks = [...(z.check !== undefined ? [schema] : []), ...(def.checks ?? [])];
  switch (def.type) {
    case "string": {
      if (checks.length === 0) return (v) => typeof v === "string";
      const patterns: RegExp[] = [];
      for (const c of checks) {
        const d = internals(c).def;
        if (d.check === "string_format" && d.format === "regex" && d.pattern instanceof RegExp)
          patterns.push(d.pattern);
        else return viaZod(schema);
      }
      return (v) =>
        typeof v === "string" &&
        patterns.every((p) => {
          p.lastIndex = 0;
          return p.test(v);
        });
    }
    case "number": {
      const test = numberChecks(checks);
      if (!test) return viaZod(schema);
      return (v) => typeof v === "number" && Number.isFinite(v) && test(v);
    }
    case "boolean":
      return checks.length ? viaZod(schema) : (v) => typeof v === "boolean";
    case "literal": {
      const values = def.values ?? [];
      return checks.length ? viaZod(schema) : (v) => values.includes(v);
    }
    case "enum": {
      const values = new Set(Object.values(def.entries ?? {}));
      return checks.length ? viaZod(schema) : (v) => values.has(v);
    }
    case "optional": {
      if (checks.length || !def.innerType) return viaZod(schema);
      const inner = validator(def.innerType);
      return (v) => v === undefined || inner(v);
    }
    case "nullable": {
      if (checks.length || !def.innerType) return viaZod(schema);
      const inner = validator(def.innerType);
      return (v) => v === null || inner(v);
    }
    case "array": {
      if (checks.length || !def.element) return viaZod(schema);
      const el = validator(def.element);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!el(v[i])) return false;
        return true;
      };
    }
    case "tuple": {
      const items = def.items ?? [];
      // Optional items change the allowed lengths: left to zod.
      if (checks.length || items.some((i) => internals(i).optin !== undefined)) return viaZod(schema);
      const each = items.map(validator);
      const rest = def.rest ? validator(def.rest) : undefined;
      return (v) => {
        if (!Array.isArray(v) || v.length < each.length || (!rest && v.length !== each.length)) return false;
        for (let i = 0; i < each.length; i++) if (!each[i]!(v[i])) return false;
        if (rest) for (let i = each.length; i < v.length; i++) if (!rest(v[i])) return false;
        return true;
      };
    }
    case "record": {
      if (checks.length || !def.keyType || !def.valueType) return viaZod(schema);
      const key = internals(def.keyType).def;
      const keyChecks = key.checks?.length ?? 0;
      const val = validator(def.valueType);
      let keyOk: (k: string) => boolean;
      if (key.type === "string" && keyChecks === 0 && internals(def.keyType).check === undefined)
        keyOk = () => true;
      else if (key.type === "enum" && def.partial && keyChecks === 0) {
        const values = new Set(Object.values(key.entries ?? {}));
        keyOk = (k) => values.has(k);
      } else return viaZod(schema);
      return (v) => {
        if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
        for (const k of Object.keys(v)) {
          if (k === "__proto__" || !keyOk(k)) return false;
          if (!val((v as Record<string, unknown>)[k])) return false;
        }
        return true;
      };
    }
    case "object": {
      if (checks.length || !def.shape) return viaZod(schema);
      const catchall = def.catchall ? internals(def.catchall).def.type : undefined;
      // z.object (unknown keys dropped) or z.strictObject (unknown keys fail); any other catchall: zod.
      if (catchall !== undefined && catchall !== "never") return viaZod(schema);
      const strict = catchall === "never";
      const keys = Object.keys(def.shape);
      const known = new Set(keys);
      const fields = keys.map((k) => {
        const s = def.shape![k]!;
        const { optin, optout } = internals(s);
        return { k, check: validator(s), absentOk: optin === "optional" && optout === "optional" };
      });
      return (v) => {
        if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        for (const f of fields) {
          if (!(f.k in o)) {
            if (!f.absentOk) return false;
            continue;
          }
          if (!f.check(o[f.k])) return false;
        }
        if (strict) for (const k of Object.keys(o)) if (!known.has(k)) return false;
        return true;
      };
    }
    case "union": {
      // A discriminated union picks its option by the discriminator: left to zod.
      if (checks.length || !def.options || def.discriminator !== undefined) return viaZod(schema);
      const options = def.options.map(validator);
      return (v) => options.some((o) => o(v));
    }
    default:
      return viaZod(schema);
  }
}

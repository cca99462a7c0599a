import type { Derived } from "./build.ts";
import type { Manifest } from "./manifest.ts";
import { FIELDS, INDICATORS, type Sector } from "./registry.ts";
import { round } from "./series.ts";
import { SIZE_CLASSES } from "./build.ts";
import { checkDerived, schemaOf } from "./derivedSchema.ts";
import { validator } from "./fastCheck.ts";
import { learnFromFile } from "./learnFrom.ts";
import { learnFromSwvFile } from "./learnFromSwv.ts";

/**
 * JSON with object keys sorted at every level and a final newline: same input, same bytes. Any object is read by
 * its own enumerable keys (a Date or Map is `{}`), undefined members are left out, and integer keys come first in
 * numeric order, as JavaScript objects keep them. Written by JSON.stringify over {@link sortedView}: one flat
 * string, no piecewise concatenation (whose many small strings cost more in garbage collection than in writing).
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortedView(value))}\n`;
}

/** An array index (canonical integer below 2^32 - 1): such keys enumerate first, in numeric order. */
const isIndexKey = (k: string): boolean => {
  const c = k.charCodeAt(0);
  return c >= 48 && c <= 57 && /^(?:0|[1-9]\d{0,9})$/.test(k) && Number(k) < 4294967295;
};

/** Members JSON leaves out of an object. */
const leftOut = (x: unknown) => x === undefined || typeof x === "function" || typeof x === "symbol";

/** `keys` in the order stableJson writes them: integer keys in numeric order, then the others sorted. */
function ordered(keys: string[]): string[] {
  let index: string[] | undefined;
  for (const k of keys) if (isIndexKey(k)) (index ??= []).push(k);
  if (!index) return keys.sort();
  const named = keys.filter((k) => !isIndexKey(k)).sort();
  return [...index.sort((a, b) => Number(a) - Number(b)), ...named];
}

/**
 * The value as JSON.stringify must see it to write stableJson's bytes: every object a copy with its own
 * enumerable keys in {@link ordered} order and without left-out members (no prototype, so no toJSON), except
 * that a plain object whose keys are in that order already, with nothing left out and nothing below copied,
 * is itself (and so is an array with nothing copied in it).
 */
export function sortedView(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      const y = sortedView(x);
      if (y !== x && !out) out = v.slice(0, i);
      if (out) out.push(y);
    }
    return out ?? v;
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  let inOrder = Object.getPrototypeOf(o) === Object.prototype;
  for (let i = 0; inOrder && i < keys.length; i++)
    if ((i > 0 && !(keys[i - 1]! < keys[i]!)) || isIndexKey(keys[i]!)) inOrder = false;
  if (inOrder) {
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const x = o[k];
      const y = leftOut(x) ? undefined : sortedView(x);
      if (!out && (y !== x || leftOut(x))) {
        out = Object.create(null) as Record<string, unknown>;
        for (let j = 0; j < i; j++) out[keys[j]!] = o[keys[j]!];
      }
      if (out && y !== undefined) out[k] = y;
    }
    return out ?? o;
  }
  const out = Object.create(null) as Record<string, unknown>;
  for (const k of ordered(keys)) {
    const x = o[k];
    if (!leftOut(x)) out[k] = sortedView(x);
  }
  return out;
}

/**
 * The files of `data/derived/`, as path → content, each checked by {@link checkDerivedFile} unless `check` is
 * false (the caller then checks them, see checkParallel.ts). Pure: the caller writes them.
 */
export function derivedFiles(
  d: Derived,
  manifest: Manifest,
  fetched: unknown,
  check = true,
): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    "registry.json",
    stableJson({ indicators: INDICATORS, fields: FIELDS, sizeClasses: SIZE_CLASSES, manifest, fetched }),
  );
  files.set(
    "boards.json",
    stableJson(
      d.boards.map((b) => {
        const latest = (sector: string) =>
          b.series
            .find((s) => s.indicator === "leerlingen" && s.sector === sector)
            ?.points.filter((p) => p.value !== undefined)
            .at(-1);
        return {
          id: b.id,
          name: b.name,
          otherNames: b.otherNames,
          sectors: b.sectors,
          types: b.types,
          municipality: b.municipality,
          province: b.province,
          denomination: b.denomination,
          active: b.active,
          sizeClass: b.sizeClass,
          pupils: Object.fromEntries(
            b.sectors.flatMap((s) => {
              const p = latest(s);
              return p ? [[s, { year: p.year, value: p.value, lowerBound: p.lowerBound }]] : [];
            }),
          ),
          schoolNames: [
            ...new Set(b.schools.flatMap((s) => [s.name, ...s.vestigingen.map((v) => v.name)])),
          ].sort(),
        };
      }),
    ),
  );
  for (const b of d.boards) files.set(`boards/${b.id}.json`, stableJson(b));
  files.set(
    "swvs.json",
    stableJson(
      d.swvs.map((s) => ({
        id: s.id,
        code: s.code,
        name: s.name,
        sector: s.sector,
        municipalities: s.municipalities,
        provinces: s.provinces,
        members: s.members.length,
      })),
    ),
  );
  for (const s of d.swvs) files.set(`swv/${s.id}.json`, stableJson(s));
  files.set("sectors.json", stableJson(d.sectors));
  const values = valuesIndex(d);
  const peers = peerFile(d);
  files.set("values.json", stableJson(values));
  files.set("peers.json", stableJson(peers));
  files.set("leer-van.json", stableJson(learnFromFile(d, values, peers)));
  files.set("leer-van-swv.json", stableJson(learnFromSwvFile(d.swvs, d.sectors)));
  files.set("coverage.json", stableJson(d.coverage));
  if (check) for (const [path, content] of files) checkDerivedFile(path, content);
  return files;
}

/** The contract of data/derived/: every file is checked as it will be read, so a wrong shape never gets written. */
export function checkDerivedFile(path: string, content: string): void {
  const schema = schemaOf(path);
  const value: unknown = JSON.parse(content);
  // The compiled check passes only what zod passes; anything else is parsed by zod, which names the problem.
  if (validator(schema)(value)) return;
  checkDerived(schema, `data/derived/${path}`, value);
}

/**
 * Values of every board per indicator, sector and year: `"id|sector" → year → [board, value][]` (boards sorted);
 * values flagged implausible are left out.
 */
export function valuesIndex(d: Derived): Record<string, Record<string, [string, number][]>> {
  const out: Record<string, Record<string, [string, number][]>> = {};
  for (const b of d.boards)
    for (const s of b.series)
      for (const p of s.points) {
        // Implausible values stay out of positions and distributions (they are shown only on their own page).
        if (p.value === undefined || p.implausible) continue;
        const byYear = (out[`${s.indicator}|${s.sector}`] ??= {});
        (byYear[p.year] ??= []).push([b.id, p.value]);
      }
  return out;
}

/** The compact peer file for /vergelijk/: board facts plus the last 10 years of every board indicator. */
export interface PeerFile {
  boards: {
    id: string;
    n: string;
    s: Sector[];
    c: Partial<Record<Sector, string>>;
    p?: string;
    m?: string;
    d?: string;
    w: string[];
    a: boolean;
    /** The school types of its schools (bo, sbo, so, vso, vo), when known. */
    t?: string[];
  }[];
  /** `"indicator|sector"` → years and one row per board that has a value: [board index, value per year (null = none)]. */
  indicators: Record<string, { years: number[]; rows: [number, ...(number | null)[]][] }>;
}

/** Builds the peer file; values rounded to the indicator's decimals + 1; implausible values left out (null). */
export function peerFile(d: Derived, yearsKept = 10): PeerFile {
  const idx = new Map(d.boards.map((b, i) => [b.id, i]));
  const indicators: PeerFile["indicators"] = {};
  const byKey = new Map<string, Map<number, Map<number, number>>>();
  for (const b of d.boards)
    for (const s of b.series) {
      const def = INDICATORS.find((x) => x.id === s.indicator)!;
      const key = `${s.indicator}|${s.sector}`;
      let m = byKey.get(key);
      if (!m) byKey.set(key, (m = new Map()));
      for (const p of s.points) {
        if (p.value === undefined || p.implausible) continue; // kept out of the comparison's distributions
        let row = m.get(idx.get(b.id)!);
        if (!row) m.set(idx.get(b.id)!, (row = new Map()));
        row.set(p.year, round(p.value, def.decimals + 1));
      }
    }
  for (const [key, m] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    const years = [...new Set([...m.values()].flatMap((r) => [...r.keys()]))]
      .sort((a, b) => a - b)
      .slice(-yearsKept);
    const rows = [...m]
      .sort(([a], [b]) => a - b)
      .map(([i, r]) => [i, ...years.map((y) => r.get(y) ?? null)] as [number, ...(number | null)[]])
      .filter((r) => r.slice(1).some((v) => v !== null));
    indicators[key] = { years, rows };
  }
  return {
    boards: d.boards.map((b) => ({
      id: b.id,
      n: b.name,
      s: b.sectors,
      c: b.sizeClass,
      ...(b.province ? { p: b.province } : {}),
      ...(b.municipality ? { m: b.municipality } : {}),
      ...(b.denomination ? { d: b.denomination } : {}),
      w: b.swv.map((s) => s.code),
      a: b.active,
      ...(b.types?.length ? { t: b.types } : {}),
    })),
    indicators,
  };
}

import type { Derived } from "./build.ts";
import type { Manifest } from "./manifest.ts";
import { FIELDS, INDICATORS } from "./registry.ts";
import { SIZE_CLASSES } from "./build.ts";

/** JSON with object keys sorted at every level and a final newline: same input, same bytes. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(value)) + "\n";
}

/** The files of `data/derived/`, as path → content. Pure: the caller writes them. */
export function derivedFiles(d: Derived, manifest: Manifest, fetched: unknown): Map<string, string> {
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
  files.set("values.json", stableJson(valuesIndex(d)));
  files.set("coverage.json", stableJson(d.coverage));
  return files;
}

/** Values of every board per indicator, sector and year: `"id|sector" → year → [board, value][]` (boards sorted). */
export function valuesIndex(d: Derived): Record<string, Record<string, [string, number][]>> {
  const out: Record<string, Record<string, [string, number][]>> = {};
  for (const b of d.boards)
    for (const s of b.series)
      for (const p of s.points) {
        if (p.value === undefined) continue;
        const byYear = (out[`${s.indicator}|${s.sector}`] ??= {});
        (byYear[p.year] ??= []).push([b.id, p.value]);
      }
  return out;
}

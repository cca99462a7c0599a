// Generated plain-Dutch sentences for charts and values: one place, so every page says it the same way.
import type { IndicatorDef } from "./data/registry.ts";
import type { Point } from "./data/series.ts";
import { formatChange, formatValue, formatYear } from "./format.ts";

/** Lowercases the first letter, except in an abbreviation ("CBS-schoolweging" stays). */
const lowerFirst = (s: string) => (/^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
/** "het aantal leerlingen", "de solvabiliteit II": the label with an article, for inside a sentence. */
export function subject(def: IndicatorDef): string {
  const l = lowerFirst(def.label);
  if (/^(leerlingen per|leraren in)/.test(l)) return `het aantal ${l}`;
  if (
    /^(aantal|aandeel|slaagpercentage|eigen vermogen|onderwijspersoneel|onderwijsondersteunend|personeel|bovenschools|weerstandsvermogen)/.test(
      l,
    )
  )
    return `het ${l}`;
  return `de ${l}`;
}

/**
 * A trend sentence from a series: "Het aantal leerlingen daalde van 2.310 in 2020 naar 2.104 in 2025 (−9,0%)."
 * One value: "In 2016 was het aandeel gewichtenleerlingen 12,3%." No value: undefined.
 */
export function trendSentence(def: IndicatorDef, points: Point[], who = ""): string | undefined {
  const withValue = points.filter((p) => p.value !== undefined);
  if (withValue.length === 0) return undefined;
  const fmt = (p: Point) => formatValue(p.value!, def, { lowerBound: p.lowerBound ?? false });
  const yr = (p: Point) => formatYear(p.year, def.yearKind);
  const subj = subject(def) + (who ? ` van ${who}` : "");
  const last = withValue.at(-1)!;
  if (withValue.length === 1) return `In ${yr(last)} was ${subj} ${fmt(last)}.`;
  const first = withValue[0]!;
  const a = first.value!;
  const b = last.value!;
  const Subj = subj.charAt(0).toUpperCase() + subj.slice(1);
  const tolerance = Math.abs(a) * 0.005;
  const verb = Math.abs(b - a) <= tolerance ? "bleef ongeveer gelijk" : b > a ? "steeg" : "daalde";
  const change =
    def.unit === "count" && a > 0 && !first.lowerBound && !last.lowerBound
      ? ` (${formatChange(((b - a) / a) * 100)})`
      : "";
  if (verb === "bleef ongeveer gelijk")
    return `${Subj} ${verb}: ${fmt(first)} in ${yr(first)} en ${fmt(last)} in ${yr(last)}.`;
  return `${Subj} ${verb} van ${fmt(first)} in ${yr(first)} naar ${fmt(last)} in ${yr(last)}${change}.`;
}

// How an indicator's definition reads in words, on its own page (/indicatoren/<id>/) and in the table of every
// indicator on /data/: direction, kind of year, years with data, plausible bounds. Pure.
import type { IndicatorDef, Sector } from "../data/registry.ts";
import { formatYear } from "../format.ts";

/** A number with up to 4 decimals, Dutch style, with a real minus sign: "0,0125", "−3". */
export const upTo4 = (x: number): string =>
  x.toLocaleString("nl-NL", { maximumFractionDigits: 4 }).replace("-", "−");

/** Which way is better, in words. */
export const DIRECTION_TEXT: Record<IndicatorDef["direction"], string> = {
  higher: "Hoger is gunstiger.",
  lower: "Lager is gunstiger.",
  neutral: "Geen richting: hoger of lager is niet vanzelf beter.",
};

/** What a year of the indicator is: the count date, the school year or the calendar year. */
export function yearKindText(def: Pick<IndicatorDef, "dateLabel" | "yearKind">): string {
  if (def.dateLabel) return `peildatum ${def.dateLabel} van het jaar`;
  return {
    peildatum: "telling op 1 oktober van het jaar (schooljaar dat dan begint)",
    schooljaar: "schooljaar",
    kalenderjaar: "kalenderjaar",
  }[def.yearKind];
}

/** A range in words: "0 tot 100", "vanaf 0", "tot 1", or "–". */
function rangeText(b: { min?: number; max?: number }): string {
  if (b.min !== undefined && b.max !== undefined) return `${upTo4(b.min)} tot ${upTo4(b.max)}`;
  if (b.min !== undefined) return `vanaf ${upTo4(b.min)}`;
  if (b.max !== undefined) return `tot ${upTo4(b.max)}`;
  return "–";
}

/** The bounds of an indicator in words: "0 tot 100; gebruikelijk 2 tot 40", "geen", or "–" without bounds. */
export function boundsText(def: Pick<IndicatorDef, "bounds">): string {
  const b = def.bounds;
  if (!b) return "–";
  const hard = b.min !== undefined || b.max !== undefined ? rangeText(b) : "geen";
  return b.plausible ? `${hard}; gebruikelijk ${rangeText(b.plausible)}` : hard;
}

/** Runs of consecutive years: [2015, 2016, 2017, 2019] → "2015-2017, 2019". */
export function yearRuns(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else if (!last || y !== last[1]) runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(", ");
}

/** The years with sector figures per sector: "po: 2015 t/m 2024 (10 jaar); vo: geen gegevens". */
export function yearsWithDataText(
  def: Pick<IndicatorDef, "sectors" | "yearKind">,
  yearsOf: (sector: Sector) => number[],
): string {
  return def.sectors
    .map((s) => {
      const ys = [...yearsOf(s)].sort((a, b) => a - b);
      const text = ys.length
        ? `${formatYear(ys[0]!, def.yearKind)} t/m ${formatYear(ys.at(-1)!, def.yearKind)} (${ys.length} jaar)`
        : "geen gegevens";
      return `${s}: ${text}`;
    })
    .join("; ");
}

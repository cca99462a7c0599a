// Data age: whether a figure still counts as current, by the registry's rule for its indicator. Pure.
import type { IndicatorDef } from "../data/registry.ts";
import { formatYear } from "../format.ts";

export interface Age {
  /** True when the figure is marked "verouderd". */
  old: boolean;
  /** Whole years between the figure's year and the newest year in the data (0 or more). */
  years: number;
  /** The short Dutch explanation shown with the label (only when `old`). */
  explanation?: string;
}

/** The newest year with any figure in the data: the largest year of a sector statistic with values. */
export const newestYear = (stats: { year: number; n: number }[]): number =>
  stats.reduce((m, s) => (s.n > 0 && s.year > m ? s.year : m), -Infinity);

/**
 * How old a figure of `def` from `year` is against `newest` (the newest year in the data). A figure counts as
 * old when it lies more than the registry's `maxAge` years before `newest`; a dated figure (an Inspectie
 * judgement on one day) always does.
 */
export function ageOf(
  def: Pick<IndicatorDef, "currency" | "yearKind" | "dateLabel">,
  year: number,
  newest: number,
): Age {
  const years = Math.max(0, newest - year);
  const c = def.currency;
  if (!c) return { old: false, years };
  if (c.kind === "dated") return { old: true, years, explanation: c.what };
  if (years <= c.maxAge) return { old: false, years };
  return {
    old: true,
    years,
    explanation: `Dit cijfer is van ${formatYear(year, def.yearKind)}, ${years} jaar voor de nieuwste cijfers in dit portaal (${newest}). Nieuwere cijfers staan niet in de open bestanden hier; de situatie kan nu anders zijn.`,
  };
}

// What a page shows for one indicator of one board: latest value, sentences, positions, signal, table rows.
import type { SeriesOut } from "../data/build.ts";
import { positionInSorted, positionSentence, type Position } from "../data/position.ts";
import type { IndicatorDef, Sector } from "../data/registry.ts";
import type { Point } from "../data/series.ts";
import { formatMissing, formatValue, formatYear } from "../format.ts";
import { trendSentence } from "../sentences.ts";
import type { ReferencePoint } from "../charts/trendChart.ts";

export interface GroupValues {
  label: string;
  /** Ascending values of every board in the group in the board's latest year, the board itself included. */
  sorted: number[];
}

export interface IndicatorView {
  def: IndicatorDef;
  sector: Sector;
  latest?: Point;
  latestText: string;
  latestYear?: string;
  trend?: string;
  positions: { label: string; position: Position; sentence: string }[];
  /**
   * `brief`: "onder de signaleringswaarde (0,30): signaal", for the overview; `short` names the value in full
   * ("… van de inspectie in 2011-2015 …"), for tables; `text`: the full sentence.
   */
  signal?: { crossed: boolean; text: string; short?: string; brief?: string };
  reference: ReferencePoint[];
  points: Point[];
  rows: {
    year: string;
    value: string;
    note?: string;
    reference?: string;
    source?: string;
    /** "onwaarschijnlijk: <reden>" for a value outside the plausible bounds. */
    flag?: string;
  }[];
  /** The source ids the points name (indicators drawing on several files), in order of first use. */
  usedSources: string[];
}

/**
 * Builds the view of one indicator for one board. `groups` hold the values of all boards in the latest year
 * (sector, default peers); `reference` the sector median/quartiles per year.
 */
export function indicatorView(
  boardName: string,
  def: IndicatorDef,
  series: SeriesOut,
  groups: GroupValues[],
  reference: ReferencePoint[],
): IndicatorView {
  const points = series.points;
  const refByYear = new Map(reference.map((r) => [r.year, r]));
  const latestValue = points.filter((p) => p.value !== undefined).at(-1);
  const latest = latestValue ?? points.at(-1);
  const fmt = (p: Point) =>
    p.value !== undefined
      ? formatValue(p.value, def, { lowerBound: p.lowerBound ?? false })
      : formatMissing(p.missing);
  const positions: IndicatorView["positions"] = [];
  // An implausible value is not placed among other boards (it is also left out of their distributions).
  if (latestValue?.value !== undefined && !latestValue.lowerBound && !latestValue.implausible) {
    for (const g of groups) {
      const position = positionInSorted(latestValue.value, g.sorted);
      if (position)
        positions.push({
          label: g.label,
          position,
          sentence: positionSentence(position, g.label, def.direction),
        });
    }
  }
  const signal =
    def.signal && latestValue?.value !== undefined ? signalView(latestValue.value, def) : undefined;
  const trend = trendSentence(def, points, boardName);
  let rows: IndicatorView["rows"] | undefined;
  return {
    def,
    sector: series.sector,
    ...(latest ? { latest } : {}),
    latestText: latest ? fmt(latest) : formatMissing("not-in-source"),
    ...(latest ? { latestYear: formatYear(latest.year, def.yearKind, "long", def.dateLabel) } : {}),
    ...(trend ? { trend } : {}),
    positions,
    ...(signal ? { signal } : {}),
    reference,
    points,
    usedSources: [...new Set(points.flatMap((p) => (p.source ? [p.source] : [])))],
    // The table rows are made when a page reads them (the board page does, its praatplaat does not), once.
    get rows() {
      return (rows ??= points.map((p) => {
        const ref = refByYear.get(p.year);
        return {
          year: formatYear(p.year, def.yearKind),
          value: fmt(p),
          ...(p.note ? { note: p.note } : {}),
          ...(ref ? { reference: formatValue(ref.median, def) } : {}),
          ...(p.source ? { source: p.source } : {}),
          ...(p.implausible ? { flag: implausibleText(p) } : {}),
        };
      }));
    },
  };
}

/**
 * Where a value stands against the indicator's signaleringswaarde, in one form for both kinds (`when`):
 * "Boven de signaleringswaarde van de inspectie (0,30): geen signaal." The label's own wording ("…: lager dan
 * 0,30") is not repeated, so the sentence never reads as if the value were on the other side.
 */
export function signalView(
  v: number,
  def: Pick<IndicatorDef, "signal" | "unit" | "decimals">,
): Required<NonNullable<IndicatorView["signal"]>> | undefined {
  const sv = def.signal;
  if (!sv) return undefined;
  const crossed = sv.when === "below" ? v < sv.value : v > sv.value;
  const side = v > sv.value ? "boven" : v < sv.value ? "onder" : "op";
  // "signaleringswaarde van de inspectie in 2011-2015: lager dan 0,75" → "signaleringswaarde van de inspectie in 2011-2015"
  const name = sv.label.split(":")[0]!.trim();
  const at = formatValue(sv.value, def);
  // "… in 2011-2015 (eenjarig)" takes the value inside its own brackets: "(eenjarig, −10,0%)".
  const named = name.endsWith(")") ? `${name.slice(0, -1)}, ${at})` : `${name} (${at})`;
  const verdict = crossed ? "signaal" : "geen signaal";
  const short = `${side} de ${named}: ${verdict}`;
  const brief = `${side} de signaleringswaarde (${at}): ${verdict}`;
  const text =
    short.charAt(0).toUpperCase() +
    short.slice(1) +
    (crossed ? ". Een signaal is een aanleiding om beter te kijken, geen oordeel." : ".");
  return { crossed, short, brief, text };
}

/** The visible flag of an implausible value: "onwaarschijnlijk: <reden>". */
export const implausibleText = (p: Point): string =>
  `onwaarschijnlijk: ${p.implausibleReason ?? "buiten de gebruikelijke grenzen"}`;

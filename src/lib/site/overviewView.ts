// "In één oogopslag": one compact row per indicator a board has a figure for, grouped by performance field,
// with the value, its year, the board's place among comparable boards (a small bar), the group's median and the
// signal value. Pure: built from the same indicator views as the detailed sections below it.
import type { Position } from "../data/position.ts";
import { formatValue } from "../format.ts";
import type { Age } from "./age.ts";
import type { FieldView } from "./boardView.ts";
import type { IndicatorView } from "./indicatorView.ts";

export interface OverviewBar {
  /** The board's place as a share of the group below it, 0-100 (ties count half). */
  at: number;
  /** How many boards the group has, the board included. */
  n: number;
  /** How many of the other boards are lower, higher and equal: "186 lager · 10 hoger". */
  text: string;
}

export interface OverviewRow {
  /** The anchor of the detailed section on the same page. */
  href: string;
  /** The registry's short label (the full one heads the detailed section). */
  label: string;
  sector: string;
  value: string;
  year: string;
  old: boolean;
  implausible: boolean;
  /** Which group the bar and median refer to ("vergelijkbare besturen" or all boards of the sector). */
  group?: string;
  bar?: OverviewBar;
  median?: string;
  signal?: { crossed: boolean; text: string };
}

export interface OverviewField {
  label: string;
  slug: string;
  rows: OverviewRow[];
  /** The comparison groups the rows' bars refer to, each named once. */
  groups: string[];
}

/** The place of a board in a group as one short phrase, ties stated once: "9 lager · 5 hoger · 1 gelijk". */
export function placeText(p: Position): string {
  return `${p.lower} lager · ${p.higher} hoger${p.equal > 0 ? ` · ${p.equal} gelijk` : ""}`;
}

/** The bar of a position: where the board sits when the group is ordered from low to high. */
export function barOf(p: Position): OverviewBar {
  const at = p.others > 0 ? ((p.lower + p.equal / 2) / p.others) * 100 : 50;
  return { at: Math.round(at * 10) / 10, n: p.others + 1, text: placeText(p) };
}

/** One row per view with a value; the group is the last (narrowest) one the view has a position in. */
export function overviewRow(
  view: IndicatorView,
  href: string,
  age: Age | undefined,
): OverviewRow | undefined {
  const latest = view.latest;
  if (latest?.value === undefined) return undefined;
  const pos = view.positions.at(-1);
  const multiSector = view.def.sectors.length > 1;
  return {
    href,
    label: view.def.short,
    sector: multiSector ? view.sector : "",
    value: view.latestText,
    year: view.latestYear ?? "",
    old: age?.old ?? false,
    implausible: latest.implausible === true,
    ...(pos
      ? {
          group: pos.label,
          bar: barOf(pos.position),
          median: formatValue(pos.position.median, view.def),
        }
      : {}),
    ...(view.signal && view.def.signal
      ? {
          signal: {
            crossed: view.signal.crossed,
            text: `${view.signal.crossed ? "signaal" : "geen signaal"} (grens ${formatValue(view.def.signal.value, view.def)})`,
          },
        }
      : {}),
  };
}

/**
 * The overview of a board page: per field the rows of the indicators with a figure, in the registry's order,
 * each linking to its detailed section (the heading `<field slug>-<index>-h` of the IndicatorBlock the page renders).
 */
export function overview(
  fields: FieldView[],
  ageOfView: (v: IndicatorView) => Age | undefined,
): OverviewField[] {
  return fields
    .map((f) => {
      const rows = f.views.flatMap((v, i) => overviewRow(v, `#${f.slug}-${i}-h`, ageOfView(v)) ?? []);
      const groups = [...new Set(rows.flatMap((r) => (r.group ? [r.group] : [])))];
      return { label: f.label, slug: f.slug, rows, groups };
    })
    .filter((f) => f.rows.length > 0);
}

/** The bar as plain SVG (no Plot): a track, the middle half of the group, the median and the board's dot. */
export function barSvg(bar: OverviewBar): string {
  const x = Math.max(2, Math.min(98, bar.at));
  return (
    `<svg class="posbar" viewBox="0 0 100 12" width="100" height="12" aria-hidden="true" focusable="false">` +
    `<rect x="0" y="5" width="100" height="2" class="posbar-track"/>` +
    `<rect x="25" y="3" width="50" height="6" class="posbar-mid"/>` +
    `<rect x="49.5" y="1" width="1" height="10" class="posbar-median"/>` +
    `<circle cx="${x}" cy="6" r="4" class="posbar-dot"/>` +
    `</svg>`
  );
}

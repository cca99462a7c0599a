// "In één oogopslag": one compact row per indicator a board has a figure for, grouped by performance field,
// with the value, its year, the board's place among comparable boards (a small bar), the group's median and the
// signal value. Pure: built from the same indicator views as the detailed sections below it.
import { positionShort, type Position } from "../data/position.ts";
import type { Direction } from "../data/registry.ts";
import { andWords, formatValue, formatYear } from "../format.ts";
import type { Age } from "./age.ts";
import type { FieldView } from "./boardView.ts";
import type { IndicatorView } from "./indicatorView.ts";

export interface OverviewBar {
  /** The board's place as a share of the group below it, 0-100 (ties count half). */
  at: number;
  /** How many boards the group has, the board included. */
  n: number;
  /** The position in the site's one wording, short form: "12e hoogste van 198; bij de gunstigste 10%". */
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
  /** The year without the peildatum's day ("2016" for "1 oktober 2016"), for print; dated figures keep their day. */
  yearShort: string;
  old: boolean;
  implausible: boolean;
  /** Which group the bar and median refer to ("vergelijkbare besturen" or all boards of the sector). */
  group?: string;
  bar?: OverviewBar;
  median?: string;
  signal?: { crossed: boolean; text: string };
  /** "Leer van": the link to the indicator block's list and its short text ("3 besturen"), where there is one. */
  learn?: OverviewLearn;
}

export interface OverviewLearn {
  href: string;
  text: string;
}

/** The "Leer van" pointer of a view, given the id of its IndicatorBlock (`<field slug>-<index>`). */
export type LearnOf = (view: IndicatorView, blockId: string) => OverviewLearn | undefined;

export interface OverviewField {
  label: string;
  slug: string;
  rows: OverviewRow[];
  /** The comparison groups the rows' bars refer to, each named once. */
  groups: string[];
  /** Why the old rows' newest year is what it is, in one or two sentences (only when a row is old). */
  oldNote?: string;
  /** The same in counts, for print: "Verouderd: de open bestanden hier gaan niet verder dan 2019 (12 cijfers) …". */
  oldBrief?: string;
}

/** The place of a board in a group in the site's one wording (position.ts), short form for tables. */
export function placeText(p: Position, direction: Direction = "neutral"): string {
  return positionShort(p, direction);
}

/** The bar of a position: where the board sits when the group is ordered from low to high. */
export function barOf(p: Position, direction: Direction = "neutral"): OverviewBar {
  const at = p.others > 0 ? ((p.lower + p.equal / 2) / p.others) * 100 : 50;
  return { at: Math.round(at * 10) / 10, n: p.others + 1, text: placeText(p, direction) };
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
    yearShort: view.def.dateLabel
      ? (view.latestYear ?? "")
      : formatYear(latest.year, view.def.yearKind, "short"),
    old: age?.old ?? false,
    implausible: latest.implausible === true,
    ...(pos
      ? {
          group: pos.label,
          bar: barOf(pos.position, view.def.direction),
          median: formatValue(pos.position.median, view.def),
        }
      : {}),
    ...(view.signal && view.def.signal
      ? {
          signal: {
            crossed: view.signal.crossed,
            text: view.signal.brief ?? view.signal.text,
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
  newestOf?: (v: IndicatorView) => number | undefined,
  who = "dit bestuur",
  learnOf?: LearnOf,
): OverviewField[] {
  return fields
    .map((f) => {
      const rows: OverviewRow[] = [];
      const olds: { view: IndicatorView; newest: number | undefined }[] = [];
      f.views.forEach((v, i) => {
        const row = overviewRow(v, `#${f.slug}-${i}-h`, ageOfView(v));
        if (!row) return;
        const learn = learnOf?.(v, `${f.slug}-${i}`);
        rows.push(learn ? { ...row, learn } : row);
        if (row.old) olds.push({ view: v, newest: newestOf?.(v) });
      });
      const groups = [...new Set(rows.flatMap((r) => (r.group ? [r.group] : [])))];
      const oldNote = oldNoteOf(olds, who);
      const oldBrief = oldBriefOf(olds, who);
      return {
        label: f.label,
        slug: f.slug,
        rows,
        groups,
        ...(oldNote ? { oldNote } : {}),
        ...(oldBrief ? { oldBrief } : {}),
      };
    })
    .filter((f) => f.rows.length > 0);
}

/**
 * Why old figures are the newest shown: either the open files here go no further for that indicator (the
 * board's year is the newest any board has), or this board has no newer figure while others have.
 */
export function oldNoteOf(
  olds: { view: IndicatorView; newest: number | undefined }[],
  who = "dit bestuur",
): string | undefined {
  if (olds.length === 0) return undefined;
  const label = (v: IndicatorView) => `${v.def.short}${v.def.sectors.length > 1 ? ` (${v.sector})` : ""}`;
  const byEnd = new Map<string, string[]>();
  const own: string[] = [];
  for (const { view, newest } of olds) {
    const year = view.latest!.year;
    if (newest === undefined || newest <= year) {
      const y = view.latestYear ?? String(year);
      byEnd.set(y, [...(byEnd.get(y) ?? []), label(view)]);
    } else own.push(`${label(view)} (nieuwste in de open data: ${formatYear(newest, view.def.yearKind)})`);
  }
  const parts = [...byEnd].map(
    ([y, labels]) => `voor ${andWords(labels)} gaan de open bestanden in dit portaal niet verder dan ${y}`,
  );
  if (own.length) parts.push(`voor ${andWords(own)} heeft ${who} geen nieuwer cijfer`);
  return `Verouderd: ${parts.join("; ")}.`;
}

/** {@link oldNoteOf} in counts instead of names, for the one-page praatplaat. */
export function oldBriefOf(
  olds: { view: IndicatorView; newest: number | undefined }[],
  who = "dit bestuur",
): string | undefined {
  if (olds.length === 0) return undefined;
  const byEnd = new Map<string, number>();
  let own = 0;
  for (const { view, newest } of olds) {
    const year = view.latest!.year;
    if (newest === undefined || newest <= year) {
      const y = view.latestYear ?? String(year);
      byEnd.set(y, (byEnd.get(y) ?? 0) + 1);
    } else own++;
  }
  const cijfers = (n: number) => `${n} ${n === 1 ? "cijfer" : "cijfers"}`;
  const parts = [...byEnd].map(([y, n]) => `${y} (${cijfers(n)})`);
  const ends = parts.length ? `de open bestanden hier gaan niet verder dan ${andWords(parts)}` : "";
  const mine = own ? `${who} heeft geen nieuwer cijfer (${cijfers(own)})` : "";
  return `Verouderd: ${[ends, mine].filter(Boolean).join("; ")}.`;
}

/** The bar as plain SVG (no Plot): a track, the middle half of the group, the median and the board's dot. */
export function barSvg(bar: OverviewBar): string {
  const x = Math.max(2, Math.min(98, bar.at));
  return (
    `<svg class="posbar" viewBox="0 0 100 12" width="80" height="12" preserveAspectRatio="none" aria-hidden="true" focusable="false">` +
    `<rect x="0" y="5" width="100" height="2" class="posbar-track"/>` +
    `<rect x="25" y="3" width="50" height="6" class="posbar-mid"/>` +
    `<rect x="49.5" y="1" width="1" height="10" class="posbar-median"/>` +
    `<circle cx="${x}" cy="6" r="4" class="posbar-dot"/>` +
    `</svg>`
  );
}

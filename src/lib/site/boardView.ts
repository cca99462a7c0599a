// Assembles everything a board page shows, from derived data only (no formulas here).
import type { BoardOut } from "../data/build.ts";
import { FIELDS, INDICATORS, indicator, type Field, type Sector } from "../data/registry.ts";
import { boardEntry, registry, statOf, valuesOf } from "./data.ts";
import { indicatorView, type GroupValues, type IndicatorView } from "./indicatorView.ts";
import { classMembers, groupWithSelf, type PeerCandidate, type PeerGroup } from "./peerGroup.ts";
import type { ReferencePoint } from "../charts/trendChart.ts";

export interface FieldView {
  field: Field;
  label: string;
  slug: string;
  views: IndicatorView[];
  /** Indicators of this field that have no values for this board, with the reason. */
  absent: { label: string; id: string; reason: string }[];
}

/** Sector reference (median and quartiles per year) for an indicator. */
export function sectorReference(id: string, sector: Sector, years: number[]): ReferencePoint[] {
  return years.flatMap((year) => {
    const s = statOf(id, sector, year);
    return s && s.median !== undefined && s.n >= 3 ? [{ year, median: s.median, q1: s.q1!, q3: s.q3! }] : [];
  });
}

const sortedCache = new Map<string, number[]>();
/** Ascending values of an indicator in a year over all boards of a sector (inactive ones included). */
export function sortedGroup(id: string, sector: Sector, year: number): number[] {
  const key = `${id}|${sector}|${year}`;
  let v = sortedCache.get(key);
  if (!v) {
    v = [...valuesOf(id, sector, year).values()].sort((a, b) => a - b);
    sortedCache.set(key, v);
  }
  return v;
}

const classCache = new Map<string, PeerGroup>();
/**
 * The vergelijkbare besturen of a board for an indicator in a year (peerGroup.ts, the one rule). Every group
 * of a size class is that class's active members plus the board itself, so the members are found once per
 * class (classMembers) and each board is added to them (groupWithSelf): the same group as peerGroup gives
 * (peerGroup.test.ts), without a pass over every board for each inactive board.
 */
export function boardPeerGroup(
  board: PeerCandidate,
  id: string,
  sector: Sector,
  year: number,
): PeerGroup | undefined {
  const cls = board.sizeClass[sector];
  const values = valuesOf(id, sector, year);
  const own = values.get(board.id);
  if (cls === undefined || own === undefined) return undefined;
  const key = `${id}|${sector}|${year}|${cls}`;
  let c = classCache.get(key);
  if (!c) {
    const rows = classMembers(sector, cls, values, boardEntry);
    const group = { members: rows.map(([m]) => m), sorted: rows.map(([, v]) => v).sort((a, b) => a - b) };
    classCache.set(key, (c = group));
  }
  return groupWithSelf(board, own, c);
}

/** The label of a board's size class in a sector. */
export function sizeClassLabel(sector: Sector, id: string | undefined): string | undefined {
  return registry().sizeClasses[sector].find((c) => c.id === id)?.label;
}

/** Why a whole field is empty for a sector, where the open data has nothing for it at all. */
const ABSENT_REASON: Partial<Record<`${Field}|${Sector}`, string>> = {};

/** Per field the indicator views of a board, and what is absent and why. */
export function boardFields(board: BoardOut): FieldView[] {
  return FIELDS.map((f) => {
    const views: IndicatorView[] = [];
    const absent: FieldView["absent"] = [];
    for (const sector of board.sectors) {
      const reason = ABSENT_REASON[`${f.id}|${sector}`];
      // A field with no indicator at all for this sector (vo finance, vo staff) still says why it is empty.
      const sectorHasField = INDICATORS.some(
        (d) => d.field === f.id && d.level === "board" && d.sectors.includes(sector),
      );
      if (!sectorHasField && reason) {
        const like = INDICATORS.find((d) => d.field === f.id && d.level === "board");
        if (like) absent.push({ id: like.id, label: `${f.label} (${sector})`, reason });
      }
      for (const def of INDICATORS.filter(
        (d) => d.field === f.id && d.level === "board" && d.sectors.includes(sector),
      )) {
        const series = board.series.find((s) => s.indicator === def.id && s.sector === sector);
        if (!series) {
          absent.push({
            id: def.id,
            label: `${def.label}${board.sectors.length > 1 ? ` (${sector})` : ""}`,
            reason: reason ?? "niet in de open data voor dit bestuur",
          });
          continue;
        }
        const latest = series.points.filter((p) => p.value !== undefined).at(-1);
        const groups: GroupValues[] = [];
        if (latest) {
          groups.push({
            label: `${sector}-besturen in ${latest.year}`,
            sorted: sortedGroup(def.id, sector, latest.year),
          });
          const peers = boardPeerGroup(board, def.id, sector, latest.year);
          if (peers)
            groups.push({
              label: `vergelijkbare ${sector}-besturen in ${latest.year}`,
              sorted: peers.sorted,
            });
        }
        const ref = sectorReference(
          def.id,
          sector,
          series.points.map((p) => p.year),
        );
        views.push(indicatorView(board.name, indicator(def.id), series, groups, ref));
      }
    }
    return { field: f.id, label: f.label, slug: f.slug, views, absent };
  });
}

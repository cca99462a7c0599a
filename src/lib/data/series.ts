import { isNumber, type Cell, type MissingReason } from "./values.ts";

/** One value of an indicator for one board (or SWV) and year; `value` xor `missing`. */
export interface Point {
  year: number;
  value?: number;
  missing?: MissingReason;
  /** The base the value rests on (pupils, candidates, schools) where that helps reading it. */
  n?: number;
  /** True when suppressed cells were left out of a sum, so the true value is at least this. */
  lowerBound?: boolean;
  /** A short Dutch note shown with the value. */
  note?: string;
  /** The source id the value comes from, where an indicator draws on several files (see the registry's rule). */
  source?: string;
}

/** Board (or SWV) id → year → point. */
export type SeriesMap = Map<string, Map<number, Point>>;

/** Sets a point, creating the board's map when needed. */
export function put(map: SeriesMap, id: string, point: Point): void {
  let years = map.get(id);
  if (!years) map.set(id, (years = new Map()));
  years.set(point.year, point);
}

/** Running sum of cells that remembers suppressed and missing cells instead of treating them as 0. */
export class Sum {
  total = 0;
  known = 0;
  suppressed = 0;
  add(c: Cell | undefined): void {
    if (isNumber(c)) {
      this.total += c;
      this.known++;
    } else if (c && (c.missing === "suppressed" || c.missing === "suppressed-small")) this.suppressed++;
  }
}

/** Rounds to a fixed number of decimals (the output rounding policy); no -0. */
export const round = (v: number, decimals: number): number => {
  const f = 10 ** decimals;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r;
};

/**
 * `num / den × scale` as a point: missing if either side is missing (reason carried over),
 * `division-by-zero` if the denominator is 0. Never returns 0 for a missing input.
 */
export function ratioPoint(
  year: number,
  num: Cell | undefined,
  den: Cell | undefined,
  scale = 1,
  extra: Partial<Point> = {},
): Point {
  if (num === undefined || den === undefined) return { year, missing: "not-in-source", ...extra };
  if (!isNumber(num)) return { year, missing: num.missing, ...extra };
  if (!isNumber(den)) return { year, missing: den.missing, ...extra };
  if (den === 0) return { year, missing: "division-by-zero", ...extra };
  return { year, value: (num / den) * scale, ...extra };
}

/** Adds cells: undefined when any is missing (with the first reason), so a sum never hides a gap. */
export function addCells(...cells: (Cell | undefined)[]): Cell | undefined {
  let total = 0;
  for (const c of cells) {
    if (c === undefined) return undefined;
    if (!isNumber(c)) return c;
    total += c;
  }
  return total;
}

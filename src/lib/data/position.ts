import { quantileSorted } from "d3";
import type { Direction } from "./registry.ts";

/** Where a value stands in a group: how many others are lower, higher or equal. */
export interface Position {
  /** Number of other boards in the group with a value (the board itself excluded). */
  others: number;
  lower: number;
  higher: number;
  equal: number;
  /** Share of the others with a lower value, 0-100. */
  pctLower: number;
  median: number;
  q1: number;
  q3: number;
}

/** Index of the first element ≥ x (or > x when `after`) in an ascending array. */
function bisect(sorted: number[], x: number, after = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after ? sorted[mid]! <= x : sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The position of a board's `value` in `sorted`: the ascending values of the whole group INCLUDING the board.
 * Same result as {@link positionIn} with the board removed; O(log n). Undefined when the board is alone.
 */
export function positionInSorted(value: number, sorted: number[]): Position | undefined {
  if (sorted.length <= 1) return undefined;
  const lower = bisect(sorted, value);
  const upTo = bisect(sorted, value, true);
  const others = sorted.length - 1;
  return {
    others,
    lower,
    higher: sorted.length - upTo,
    equal: upTo - lower - 1,
    pctLower: (lower / others) * 100,
    median: quantileSorted(sorted, 0.5)!,
    q1: quantileSorted(sorted, 0.25)!,
    q3: quantileSorted(sorted, 0.75)!,
  };
}

/**
 * The position of `value` among `group` (values of the other boards; the board itself must not be in it).
 * Undefined when the group is empty. Quartiles are d3's (R-7) over the group including the board.
 */
export function positionIn(value: number, group: number[]): Position | undefined {
  if (group.length === 0) return undefined;
  let lower = 0;
  let higher = 0;
  let equal = 0;
  for (const v of group) {
    if (v < value) lower++;
    else if (v > value) higher++;
    else equal++;
  }
  const all = [...group, value].sort((a, b) => a - b);
  return {
    others: group.length,
    lower,
    higher,
    equal,
    pctLower: (lower / group.length) * 100,
    median: quantileSorted(all, 0.5)!,
    q1: quantileSorted(all, 0.25)!,
    q3: quantileSorted(all, 0.75)!,
  };
}

/** The position in plain Dutch: "hoger dan 68% van de 214 vergelijkbare besturen". */
export function positionSentence(p: Position, groupLabel: string, direction: Direction): string {
  const pctHigher = Math.round((p.higher / p.others) * 100);
  const pctLower = Math.round(p.pctLower);
  const of = `van de ${p.others.toLocaleString("nl-NL")} ${groupLabel}`;
  let s: string;
  // With many ties "hoger dan 10%" says little: then name the equal share first.
  if (p.equal * 2 > p.others)
    s = `gelijk aan ${Math.round((p.equal / p.others) * 100)}% ${of} (hoger dan ${pctLower}%, lager dan ${pctHigher}%)`;
  else {
    s = pctLower >= 50 ? `hoger dan ${pctLower}% ${of}` : `lager dan ${pctHigher}% ${of}`;
    if (p.equal > 0) s += ` (${p.equal.toLocaleString("nl-NL")} met dezelfde waarde)`;
  }
  if (direction === "neutral") return s;
  const good = direction === "higher" ? pctLower : pctHigher;
  return `${s}; ${good >= 75 ? "bij het beste kwart" : good <= 25 ? "bij het minst gunstige kwart" : "rond het midden"}`;
}

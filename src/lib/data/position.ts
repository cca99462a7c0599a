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

/** Fewer boards than this in a group (the board itself counted in): no position is given. */
export const MIN_GROUP = 5;

const nl = (n: number) => n.toLocaleString("nl-NL");

/**
 * Where the board's block of tied values sits, by its middle: the share of the group above it (`fromTop`) and
 * below it (`fromBottom`), each counting half the tied block and half the board itself. 0-1.
 */
export function bandOf(p: Position): { fromTop: number; fromBottom: number } {
  const n = p.others + 1;
  const mid = (p.equal + 1) / 2;
  return { fromTop: (p.higher + mid) / n, fromBottom: (p.lower + mid) / n };
}

/** True when more than a quarter of the group shares the board's value: then no band is named. */
export const wideTie = (p: Position): boolean => (p.equal + 1) / (p.others + 1) > 0.25;

/** The band in the words of the indicator's direction: "bij de gunstigste 10%", "bij het hoogste kwart". */
export function positionBand(p: Position, direction: Direction): string {
  const { fromTop, fromBottom } = bandOf(p);
  const [high, low] =
    direction === "higher"
      ? ["gunstigste", "minst gunstige"]
      : direction === "lower"
        ? ["minst gunstige", "gunstigste"]
        : ["hoogste", "laagste"];
  if (fromTop < 0.1) return `bij de ${high} 10%`;
  if (fromBottom < 0.1) return `bij de ${low} 10%`;
  if (fromTop < 0.25) return `bij het ${high} kwart`;
  if (fromBottom < 0.25) return `bij het ${low} kwart`;
  return "in de middelste helft";
}

/** The outer tenth the board is in ("top": highest values, "bottom": lowest), if any, with no wide tie. */
export function outerTenth(p: Position): "top" | "bottom" | undefined {
  if (wideTie(p) || p.others + 1 < MIN_GROUP) return undefined;
  const { fromTop, fromBottom } = bandOf(p);
  return fromTop < 0.1 ? "top" : fromBottom < 0.1 ? "bottom" : undefined;
}

/** The rank counted from the nearer end, and the ties: "de 12e hoogste van 198", ", gedeeld met 5 …". */
function rankOf(p: Position): { rank: string; ties: string } {
  const top = p.higher <= p.lower;
  const n = (top ? p.higher : p.lower) + 1;
  const word = top ? "hoogste" : "laagste";
  return {
    rank: n === 1 ? word : `${nl(n)}e ${word}`,
    ties:
      p.equal > 0
        ? `, gedeeld met ${nl(p.equal)} ${p.equal === 1 ? "ander bestuur" : "andere besturen"}`
        : "",
  };
}

/**
 * The position in plain Dutch, one form everywhere (it reads after "Dat is"): the rank counted from the nearer
 * end, out of the whole group with the board counted in; ties once; then the band (left out when more than a
 * quarter of the group shares the value), in the words of the indicator's direction ("gunstig" only where higher or lower is better; "hoog"/"laag" for neutral ones).
 * "de 12e hoogste van 198 vergelijkbare po-besturen in 2023; bij de gunstigste 10%",
 * "de laagste van 40 po-besturen in 2023, gedeeld met 5 andere besturen; bij het laagste kwart".
 * With fewer than {@link MIN_GROUP} boards: "niet te plaatsen tussen 3 …: te weinig vergelijkbare besturen".
 */
export function positionSentence(p: Position, groupLabel: string, direction: Direction): string {
  const n = p.others + 1;
  const of = `${nl(n)} ${groupLabel}`;
  if (n < MIN_GROUP)
    return `niet te plaatsen tussen ${of}: te weinig vergelijkbare besturen (minstens ${MIN_GROUP} nodig)`;
  if (p.lower === 0 && p.higher === 0) return `dezelfde waarde als alle ${nl(p.others)} andere ${groupLabel}`;
  const { rank, ties } = rankOf(p);
  const s = `de ${rank} van ${of}${ties}`;
  // A tied block of more than a quarter of the group spans bands: the tie says enough.
  return wideTie(p) ? s : `${s}; ${positionBand(p, direction)}`;
}

/**
 * The same position in the same words, for a table whose caption names the group: "12e hoogste van 198; bij de
 * gunstigste 10%", ties as "(5 gelijk)". Fewer than {@link MIN_GROUP}: "te weinig om te vergelijken (4)".
 */
export function positionShort(p: Position, direction: Direction): string {
  const n = p.others + 1;
  if (n < MIN_GROUP) return `te weinig om te vergelijken (${nl(n)})`;
  if (p.lower === 0 && p.higher === 0) return `gelijk aan alle ${nl(p.others)} andere`;
  const { rank } = rankOf(p);
  const s = `${rank} van ${nl(n)}${p.equal > 0 ? ` (${nl(p.equal)} gelijk)` : ""}`;
  return wideTie(p) ? s : `${s}; ${positionBand(p, direction)}`;
}

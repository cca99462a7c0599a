import { isNumber, missingLabel, type Cell, type MissingReason } from "./values.ts";

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
  /**
   * True when the value lies outside the indicator's plausible bounds (registry `bounds.plausible`): it is shown,
   * flagged, but left out of sector statistics, distributions and positions.
   */
  implausible?: boolean;
  /** Why the value is flagged, in Dutch (with `implausible`). */
  implausibleReason?: string;
}

/** Board (or SWV) id → year → point. */
export type SeriesMap = Map<string, Map<number, Point>>;

/** Sets a point, creating the board's map when needed. */
export function put(map: SeriesMap, id: string, point: Point): void {
  let years = map.get(id);
  if (!years) map.set(id, (years = new Map()));
  years.set(point.year, point);
}

/** Dutch wording of the gaps in a sum, for the note of an incomplete total. */
const GAP_LABEL: Record<string, string> = {
  "suppressed-small": "afgeschermd (<5)",
  suppressed: "afgeschermd",
  "not-reported": "niet gerapporteerd",
  "not-in-source": "niet in de bron",
  rejected: "rij afgekeurd",
};

/**
 * Running sum of cells that remembers suppressed, empty and rejected parts instead of treating them as 0.
 * The one rule for every total ({@link Sum.toPoint}): no known part → missing; a missing part → the sum of the
 * known parts as a lower bound ("≥") with a note naming the gaps; all parts known → the sum.
 */
export class Sum {
  total = 0;
  known = 0;
  /** Parts that were `<5`, `*` or `**`. */
  suppressed = 0;
  /** Missing parts per reason (suppressed, not reported, rejected, …). */
  readonly gaps = new Map<MissingReason | "rejected", number>();
  add(c: Cell | undefined): void {
    if (isNumber(c)) {
      this.total += c;
      this.known++;
      return;
    }
    const reason = c?.missing ?? "not-in-source";
    if (reason === "suppressed" || reason === "suppressed-small") this.suppressed++;
    this.gaps.set(reason, (this.gaps.get(reason) ?? 0) + 1);
  }
  /** A part the pipeline knows of but rejected (a row the reader left out). */
  addRejected(count = 1): void {
    if (count > 0) this.gaps.set("rejected", (this.gaps.get("rejected") ?? 0) + count);
  }
  /** Adds another sum's parts (e.g. a vestiging's total over its rows). */
  merge(o: Sum): void {
    this.total += o.total;
    this.known += o.known;
    this.suppressed += o.suppressed;
    for (const [r, n] of o.gaps) this.gaps.set(r, (this.gaps.get(r) ?? 0) + n);
  }
  /** How many parts are missing. */
  get missing(): number {
    let n = 0;
    for (const v of this.gaps.values()) n += v;
    return n;
  }
  /** True when some parts are missing: the total is at least {@link total}. */
  get incomplete(): boolean {
    return this.missing > 0;
  }
  /**
   * The sum as a point by the one rule. `unit` names what the parts are ("vestiging(en)") for the note; a missing
   * total carries the shared reason of its parts (else `incomplete`), never 0.
   */
  toPoint(year: number, unit = "vestiging(en)", extra: Partial<Point> = {}): Point {
    if (this.known === 0) {
      const reasons = [...this.gaps.keys()];
      const missing: MissingReason =
        reasons.length === 0
          ? "not-in-source"
          : reasons.length === 1 && reasons[0] !== "rejected"
            ? (reasons[0] as MissingReason)
            : "incomplete";
      return { year, missing, ...extra };
    }
    if (!this.incomplete) return { year, value: this.total, ...extra };
    const parts = [...this.gaps]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([r, n]) => [n, GAP_LABEL[r] ?? missingLabel[r as MissingReason] ?? r] as const);
    const note =
      parts.length === 1
        ? `niet meegeteld: ${this.missing} ${unit} ${parts[0]![1]}`
        : `niet meegeteld: ${this.missing} ${unit} (${parts.map(([n, l]) => `${n} ${l}`).join(", ")})`;
    return {
      year,
      value: this.total,
      ...extra,
      lowerBound: true,
      note: extra.note ? `${extra.note}; ${note}` : note,
    };
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

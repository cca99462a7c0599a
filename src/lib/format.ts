// The one set of number, percentage, euro and year formats (nl-NL) and the rounding policy.
import type { IndicatorDef, Unit, YearKind } from "./data/registry.ts";
import { missingLabel, type MissingReason } from "./data/values.ts";

const cache = new Map<string, Intl.NumberFormat>();
const nf = (decimals: number, style: "decimal" | "currency" = "decimal"): Intl.NumberFormat => {
  const key = `${style}:${decimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat("nl-NL", {
      style,
      ...(style === "currency" ? { currency: "EUR" } : {}),
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      // No "−0" or "−0,0" for a value that rounds to zero (the rounding policy has no -0 either).
      signDisplay: "negative",
    });
    cache.set(key, f);
  }
  return f;
};

/** Dutch digit grouping of a run of digits: "1234567" → "1.234.567". */
const group = (digits: string): string =>
  digits.length <= 3 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ".");

/** "0999" + 1 → "1000": adds one to a run of decimal digits. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  return i < 0
    ? "1" + "0".repeat(digits.length)
    : digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + "0".repeat(digits.length - i - 1);
}

/**
 * Formats a plain number with fixed decimals in Dutch: 1234.5 → "1.234,5"; uses a true minus sign. The same
 * string as Intl.NumberFormat("nl-NL") with signDisplay "negative" (format.test.ts compares them over a wide
 * sample): like ICU it rounds the shortest decimal form of the number (1.005 → "1,01"), ties away from zero.
 * Intl cost a build ~1 µs per number, over a million distinct values; this a fraction of that.
 */
export const formatNumber = (v: number, decimals = 0): string => {
  const shortest = Math.abs(v).toString();
  // Exponent forms (below 1e-6, from 1e21) and NaN/Infinity: Intl itself.
  if (!/^\d+(\.\d+)?$/.test(shortest)) return nf(decimals).format(v).replace("-", "−");
  const dot = shortest.indexOf(".");
  let int = dot < 0 ? shortest : shortest.slice(0, dot);
  let frac = dot < 0 ? "" : shortest.slice(dot + 1);
  if (frac.length > decimals) {
    const up = frac.charCodeAt(decimals) >= 53; // "5"
    let kept = int + frac.slice(0, decimals);
    if (up) kept = increment(kept);
    int = kept.slice(0, kept.length - decimals);
    frac = kept.slice(kept.length - decimals);
  } else frac = frac.padEnd(decimals, "0");
  const body = decimals > 0 ? `${group(int)},${frac}` : group(int);
  // No "−0" or "−0,0" for a value that rounds to zero (the rounding policy has no -0 either).
  return v < 0 && /[1-9]/.test(int + frac) ? `−${body}` : body;
};

const LIST = new Intl.ListFormat("nl", { type: "conjunction" });
/** Dutch enumeration, Intl's: "a", "a en b", "a, b en c" ("" for none). */
export const andWords = (xs: readonly string[]): string => LIST.format(xs);

/** Formats a percentage value (already ×100): 46.9 → "46,9%". */
export const formatPercent = (v: number, decimals = 1): string => `${formatNumber(v, decimals)}%`;

/** Formats euros: 1234 → "€ 1.234". */
export const formatEuro = (v: number, decimals = 0): string =>
  nf(decimals, "currency").format(v).replace("-", "−");

const UNIT_SUFFIX: Record<Unit, string> = {
  count: "",
  percent: "%",
  ratio: "",
  euro: "",
  score: "",
  km: " km",
};

/** Formats a value in an indicator's unit and decimals. */
export function formatValue(
  v: number,
  def: Pick<IndicatorDef, "unit" | "decimals">,
  opts: { lowerBound?: boolean } = {},
): string {
  const prefix = opts.lowerBound ? "≥ " : "";
  if (def.unit === "euro") return prefix + formatEuro(v, def.decimals);
  return prefix + formatNumber(v, def.decimals) + UNIT_SUFFIX[def.unit];
}

/** The unit in words, for axis labels and tables. */
export const unitLabel: Record<Unit, string> = {
  count: "aantal",
  percent: "procent",
  ratio: "verhouding",
  euro: "euro",
  score: "score",
  km: "kilometer",
};

/**
 * A year as the data means it: peildatum "1 oktober 2016" (long) or "2016", school year "2016-2017", calendar
 * year "2016". `dateLabel` replaces "1 oktober" for a peildatum on another day (an indicator's `dateLabel`).
 */
export function formatYear(
  year: number,
  kind: YearKind,
  style: "short" | "long" = "short",
  dateLabel = "1 oktober",
): string {
  if (kind === "schooljaar") return `${year}-${year + 1}`;
  if (kind === "peildatum") return style === "long" ? `${dateLabel} ${year}` : String(year);
  return String(year);
}

/** Why a value is missing, in Dutch, starting with "geen gegevens". */
export const formatMissing = (reason: MissingReason | undefined): string =>
  `geen gegevens${reason ? ` (${missingLabel[reason]})` : ""}`;

/** A signed change in percent: "+3,2%" / "−9,0%". */
export const formatChange = (v: number, decimals = 1): string =>
  (v > 0 ? "+" : "") + formatPercent(v, decimals);

/** From this size on, axis ticks are written in millions ("20 mln"): "20.000.000" does not fit the chart margin. */
const TICK_MILLIONS = 1_000_000;

/**
 * A tick formatter for Plot axes: Dutch numbers with just enough decimals to tell neighbouring ticks apart; on an
 * axis that reaches a million, in millions ("1,5 mln", "20 mln"), so a label fits the chart's left margin.
 */
export function axisTickFormat(): (v: number, i: number, ticks?: number[]) => string {
  return (v, _i, ticks) => {
    const all = ticks && ticks.length ? ticks : [v];
    const scale = Math.max(...all.map(Math.abs)) >= TICK_MILLIONS ? TICK_MILLIONS : 1;
    const step = ticks && ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) / scale : 1;
    const decimals = step > 0 ? Math.max(0, Math.min(3, -Math.floor(Math.log10(step) + 1e-9))) : 0;
    if (scale === 1) return formatNumber(v, decimals);
    return v === 0 ? "0" : `${formatNumber(v / scale, decimals)} mln`;
  };
}

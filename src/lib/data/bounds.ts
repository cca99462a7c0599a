// Plausibility of computed values: the registry's physical bounds make an impossible value missing, its
// plausible bounds flag a value that is kept but left out of every comparison. Applied once, where the pipeline
// assembles series (build.ts), never in the formulas.
import type { IndicatorDef } from "./registry.ts";
import type { Point } from "./series.ts";

const nl = (v: number) => v.toLocaleString("nl-NL", { maximumFractionDigits: 2 }).replace("-", "−");
const unitText = (def: IndicatorDef, v: number) =>
  def.unit === "percent" ? `${nl(v)}%` : def.unit === "euro" ? `€ ${nl(v)}` : nl(v);

/**
 * Checks a point against its indicator's bounds. A value outside `min`/`max` becomes missing "impossible" (the
 * computed value goes into the note, so the error in the source stays visible); a value outside `plausible` is
 * kept with `implausible: true` and a Dutch reason. Points without a value are returned as they are.
 */
export function applyBounds(def: IndicatorDef, p: Point): Point {
  const b = def.bounds;
  const v = p.value;
  if (!b || v === undefined) return p;
  if ((b.min !== undefined && v < b.min) || (b.max !== undefined && v > b.max)) {
    const rest: Point = { ...p };
    delete rest.value;
    delete rest.lowerBound;
    const range =
      b.min !== undefined && b.max !== undefined
        ? `tussen ${unitText(def, b.min)} en ${unitText(def, b.max)}`
        : b.min !== undefined
          ? `niet lager dan ${unitText(def, b.min)}`
          : `niet hoger dan ${unitText(def, b.max!)}`;
    const note = `berekend: ${unitText(def, v)}; de waarde ligt altijd ${range}`;
    return { ...rest, missing: "impossible", note: p.note ? `${p.note}; ${note}` : note };
  }
  const q = b.plausible;
  if (q) {
    if (q.min !== undefined && v < q.min)
      return {
        ...p,
        implausible: true,
        implausibleReason: `ongewoon laag (lager dan ${unitText(def, q.min)}); mogelijk een fout in de bron`,
      };
    if (q.max !== undefined && v > q.max)
      return {
        ...p,
        implausible: true,
        implausibleReason: `ongewoon hoog (hoger dan ${unitText(def, q.max)}); mogelijk een fout in de bron`,
      };
  }
  return p;
}

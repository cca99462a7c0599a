// SWV pages: indicator views with positions among all SWVs of the same sector.
import type { SwvOut } from "../data/build.ts";
import { INDICATORS, indicator } from "../data/registry.ts";
import { swvData, swvIndex } from "./data.ts";
import { indicatorView, type IndicatorView } from "./indicatorView.ts";

let all: SwvOut[] | undefined;
/** Every SWV's full record (230 small files, read once). */
export const allSwvs = (): SwvOut[] => (all ??= swvIndex().map((s) => swvData(s.id)));

/** The display title of an SWV. */
export const swvTitle = (s: Pick<SwvOut, "code" | "name" | "id">): string =>
  s.code ? `Samenwerkingsverband ${s.code}` : (s.name ?? s.id);

/** Indicator views of one SWV, positioned among the SWVs of its sector in the same year. */
export function swvIndicatorViews(swv: SwvOut): IndicatorView[] {
  const order = new Map(INDICATORS.map((d, i) => [d.id, i]));
  return [...swv.series]
    .sort((a, b) => order.get(a.indicator)! - order.get(b.indicator)!)
    .map((series) => {
      const def = indicator(series.indicator);
      const latest = series.points.filter((p) => p.value !== undefined).at(-1);
      const groups = latest
        ? [
            {
              label: `samenwerkingsverbanden ${swv.sector} in ${latest.year}`,
              sorted: allSwvs()
                .filter((o) => o.sector === swv.sector)
                .flatMap((o) =>
                  o.series
                    .filter((s) => s.indicator === def.id)
                    .flatMap((s) =>
                      s.points
                        .filter((p) => p.year === latest.year && p.value !== undefined)
                        .map((p) => p.value!),
                    ),
                )
                .sort((a, b) => a - b),
            },
          ]
        : [];
      return indicatorView(swvTitle(swv), def, series, groups, []);
    });
}

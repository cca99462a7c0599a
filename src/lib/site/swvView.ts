// SWV pages: indicator views with positions among all SWVs of the same sector.
import type { SwvOut } from "../data/build.ts";
import { INDICATORS, indicator } from "../data/registry.ts";
import { swvData, swvIndex } from "./data.ts";
import { indicatorView, type IndicatorView } from "./indicatorView.ts";

let all: SwvOut[] | undefined;
/** Every SWV's full record (one small file per SWV code, read once). */
export const allSwvs = (): SwvOut[] => (all ??= swvIndex().map((s) => swvData(s.id)));

/** The display title of an SWV: its name from DUO's 2018 list, else "Samenwerkingsverband <code>". */
export const swvTitle = (s: { code?: string; name?: string; id: string }): string =>
  s.name ?? (s.code ? `Samenwerkingsverband ${s.code}` : s.id);

let byCode: Map<string, SwvOut> | undefined;
/** The SWV with this code (`PO2708`), if the build has it. */
export function swvByCode(code: string): SwvOut | undefined {
  byCode ??= new Map(allSwvs().map((s) => [s.code, s]));
  return byCode.get(code.toUpperCase());
}

/** Old page ids (`bg-<board>`) → the path of the SWV page that replaces them. */
export const swvRedirects = (): { from: string; to: string; title: string }[] =>
  allSwvs()
    .flatMap((s) =>
      (s.redirectFrom ?? []).map((from) => ({
        from,
        to: `/samenwerkingsverbanden/${s.id}/`,
        title: swvTitle(s),
      })),
    )
    .sort((a, b) => a.from.localeCompare(b.from));

/**
 * The href for a website as DUO writes it: an http(s) URL as is, a bare host name (`www.x.nl`, optionally with
 * a path) with `https://` in front; anything else (mail addresses, other schemes, spaces) gives no link.
 */
export function websiteHref(raw: string | undefined): string | undefined {
  const t = raw?.trim();
  if (!t) return undefined;
  const candidate = /^https?:\/\//i.test(t)
    ? t
    : /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d+)?(\/\S*)?$/i.test(t)
      ? `https://${t}`
      : undefined;
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    if (url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

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

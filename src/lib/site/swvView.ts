// SWV pages: indicator views with positions among all SWVs of the same sector.
import type { SwvOut } from "../data/build.ts";
import { INDICATORS, indicator } from "../data/registry.ts";
import { SWV_SOURCE } from "../data/swv.ts";
import { swvData, swvIndex } from "./data.ts";
import { indicatorView, type IndicatorView } from "./indicatorView.ts";
import type { SourceLookup } from "./sourceView.ts";
import { andWords, formatNumber } from "../format.ts";

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

/** `2017` → `2017`; the undated ≈2020 list (2020.5) → `ca. 2020`. */
const listYear = (y: number) => (Number.isInteger(y) ? `${y}` : `ca. ${Math.floor(y)}`);

/**
 * The SWV page's words for when its members and their pupils were counted, from the source manifest: the column
 * head of the members' pupils and the dates in the sentence above the members table.
 */
export function swvMembersText(
  swv: Pick<SwvOut, "sector" | "membersSource" | "memberPupilsSource" | "membersListYears">,
  src: SourceLookup,
): { pupilsHead: string; membersWhen: string } {
  const pupilsWhen = src.when(swv.memberPupilsSource);
  const membersWhen =
    swv.membersSource === SWV_SOURCE.members2018
      ? `po-vestigingen volgens de ${src.publisher(swv.membersSource)}-lijst van ${src.when(swv.membersSource)}; leerlingen van de basisscholen op ${pupilsWhen}`
      : swv.sector === "po"
        ? `basisscholen op ${src.when(swv.membersSource)}`
        : `vo-vestigingen in ${src.when(swv.membersSource)}${
            swv.membersListYears?.length
              ? `, via de ${swv.membersListYears.length === 1 ? "lijst" : "lijsten"} van ${swv.membersListYears.map(listYear).join(" en ")}`
              : ""
          }`;
  return { pupilsHead: `Leerlingen (${pupilsWhen})`, membersWhen };
}

/** The SWV list's period ("stand ca. april 2018") and the caption of the table of all SWVs on /samenwerkingsverbanden/. */
export function swvIndexText(src: SourceLookup): { listPeriod: string; listBy: string; caption: string } {
  return {
    listPeriod: src.get(SWV_SOURCE.list).period,
    listBy: src.publisher(SWV_SOURCE.list),
    caption: `Samenwerkingsverbanden (leden po: ${src.when(SWV_SOURCE.members2018)}, vo: ${src.when(SWV_SOURCE.vsv2015)}; leerlingen po: ${src.when(SWV_SOURCE.bron2016)})`,
  };
}

/** How a practice case's SWVs were found: "Gezocht op naam en plaats in de DUO-lijst van … (ca. april 2018)." */
export const swvListSearched = (src: SourceLookup): string =>
  `Gezocht op naam en plaats in de ${src.publisher(SWV_SOURCE.list)}-lijst van samenwerkingsverbanden (${src.when(SWV_SOURCE.list)}).`;

/** One row of the table of all SWVs on /samenwerkingsverbanden/. */
export interface SwvIndexRow {
  href: string;
  title: string;
  code: string;
  sector: string;
  provinces: string;
  members: string;
  /** The SWV's pupils ("≥ 1.234" for a lower bound), "–" without a count. */
  pupils: string;
  /** The newest eigen vermogen with its year, "–" without one. */
  reserves: string;
}

/** The table rows of /samenwerkingsverbanden/: pupils (`swv-leerlingen`) and the newest eigen vermogen. */
export function swvIndexRows(
  swvs: readonly Pick<SwvOut, "id" | "code" | "name" | "sector" | "provinces" | "members" | "series">[],
): SwvIndexRow[] {
  return swvs.map((s) => {
    const p = s.series.find((x) => x.indicator === "swv-leerlingen")?.points[0];
    const r = s.series
      .find((x) => x.indicator === "swv-eigen-vermogen")
      ?.points.filter((q) => q.value !== undefined)
      .at(-1);
    return {
      href: `/samenwerkingsverbanden/${s.id}/`,
      title: swvTitle(s),
      code: s.code,
      sector: s.sector,
      provinces: s.provinces.join(", ") || "–",
      members: formatNumber(s.members.length),
      pupils: p?.value !== undefined ? (p.lowerBound ? "≥ " : "") + formatNumber(p.value) : "–",
      reserves: r?.value !== undefined ? `€ ${formatNumber(r.value)} (${r.year})` : "–",
    };
  });
}

/** Municipalities named in an SWV's lead sentence; with more, the sentence counts them and the page lists them. */
export const SWV_LEAD_PLACES = 5;

/**
 * The lead sentence of an SWV page, in plain Dutch: what it is, for which sector, where. Up to SWV_LEAD_PLACES
 * municipalities are named ("in de gemeenten Ede, Wageningen en Renkum (Gelderland)"); more are counted ("in 91
 * gemeenten in 11 provincies") and returned in `places`, for the page's full list.
 */
export function swvLead(
  swv: Pick<SwvOut, "code" | "name" | "id" | "sector" | "municipalities" | "provinces">,
  sectorText: string,
): { sentence: string; places?: string[] } {
  const m = swv.municipalities;
  const p = swv.provinces;
  const provinces = p.length ? ` (${andWords(p)})` : "";
  let where: string;
  if (m.length > SWV_LEAD_PLACES)
    where = ` met scholen in ${formatNumber(m.length)} gemeenten ${
      p.length === 1 ? `in de provincie ${p[0]}` : p.length ? `in ${formatNumber(p.length)} provincies` : ""
    }`.trimEnd();
  else if (m.length)
    where = ` met scholen in ${m.length === 1 ? "de gemeente" : "de gemeenten"} ${andWords(m)}${provinces}`;
  else where = provinces;
  return {
    sentence: `${swvTitle(swv)} is een samenwerkingsverband passend onderwijs in het ${sectorText}${where}.`,
    ...(m.length > SWV_LEAD_PLACES ? { places: m } : {}),
  };
}

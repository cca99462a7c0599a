// The lead of a board or SWV page: what stands out against comparable organisations, written from the data by
// the documented rules below — never an opinion, never about old data. Pure: built from the same indicator views
// as the overview and the detailed sections.
import { MIN_GROUP, outerTenth, positionBand } from "../data/position.ts";
import { formatNumber, formatValue } from "../format.ts";
import type { Sector } from "../data/registry.ts";
import type { Point } from "../data/series.ts";
import type { Age } from "./age.ts";
import type { FieldView } from "./boardView.ts";
import type { IndicatorView } from "./indicatorView.ts";

/** A group needs at least this many organisations (the subject included) before "the outer tenth" means anything. */
export const MIN_LEAD_GROUP = 10;
/** A change of the number of pupils over five years of at least this many percent counts as a strong trend. */
export const STRONG_TREND_PCT = 10;
/** At most this many points stand out in the lead. */
export const MAX_POINTS = 4;

/** The rules in plain Dutch, as the page states them under the lead. */
export const LEAD_RULES: readonly string[] = [
  "Alleen actuele cijfers tellen mee: een verouderd cijfer, een onwaarschijnlijk cijfer of een ondergrens (≥) valt nooit op.",
  "Eerst: een signaleringswaarde van de inspectie die is overschreden.",
  `Dan: een sterke verandering van het aantal leerlingen, ${STRONG_TREND_PCT}% of meer in vijf jaar (groei of krimp).`,
  `Dan: een cijfer bij de hoogste of laagste 10% van de vergelijkbare groep, als die groep ten minste ${MIN_LEAD_GROUP} leden heeft en niet meer dan een kwart dezelfde waarde heeft. De meest uitgesproken eerst.`,
  "Aantallen en bedragen die je kunt optellen (leerlingen, personeel, baten) tellen daarbij niet mee: die hangen vooral af van de grootte.",
  `Hooguit ${MAX_POINTS} punten. "Gunstig" staat er alleen bij cijfers waarvan hoger (of lager) beter is; bij de andere staat "hoog" of "laag".`,
];

export type LeadKind = "signal" | "trend" | "outer";

export interface LeadPoint {
  kind: LeadKind;
  /** One plain sentence, without the final full stop. */
  text: string;
  /** The detailed section of the indicator on the same page. */
  href: string;
}

export interface LeadView {
  points: LeadPoint[];
  /** Said when nothing stands out (and there are current figures at all). */
  none?: string;
  /** How many figures were left out for being old, in one sentence. */
  old?: string;
}

const labelOf = (v: IndicatorView) => `${v.def.short}${v.def.sectors.length > 1 ? ` (${v.sector})` : ""}`;

interface Candidate extends LeadPoint {
  /** Lower is more pronounced (sorts first within its kind). */
  weight: number;
}

/** What stands out about one view, or nothing. */
function candidate(v: IndicatorView, href: string): Candidate | undefined {
  const latest = v.latest;
  if (latest?.value === undefined || latest.implausible || latest.lowerBound) return undefined;
  const year = v.latestYear ?? "";
  const value = formatValue(latest.value, v.def);
  if (v.signal?.crossed)
    return {
      kind: "signal",
      href,
      weight: 0,
      text: `${labelOf(v)} is ${value} (${year}), ${v.signal.short ?? v.signal.text}`,
    };
  if (v.def.id === "leerlingen-verandering-5j" && Math.abs(latest.value) >= STRONG_TREND_PCT)
    return {
      kind: "trend",
      href,
      weight: -Math.abs(latest.value),
      text: `Het aantal leerlingen${v.def.sectors.length > 1 ? ` in het ${v.sector}` : ""} is in vijf jaar ${
        latest.value > 0 ? "gegroeid" : "gedaald"
      } met ${formatNumber(Math.abs(latest.value), 1)}% (tot ${year})`,
    };
  if (v.def.summable) return undefined;
  const pos = v.positions.at(-1);
  if (!pos || pos.position.others + 1 < Math.max(MIN_LEAD_GROUP, MIN_GROUP)) return undefined;
  const tenth = outerTenth(pos.position);
  if (!tenth) return undefined;
  const p = pos.position;
  const n = p.others + 1;
  // How far from the end the board's block sits: the smaller, the more pronounced.
  const weight = (tenth === "top" ? p.higher : p.lower) / n;
  return {
    kind: "outer",
    href,
    weight,
    text: `${labelOf(v)} is ${value} (${year}): ${positionBand(p, v.def.direction)} van ${formatNumber(n)} ${pos.label}`,
  };
}

const ORDER: Record<LeadKind, number> = { signal: 0, trend: 1, outer: 2 };

/**
 * The points that stand out, by {@link LEAD_RULES}: per field the views with their section anchors
 * (`#<slug>-<i>-h`, as the overview links them); `ageOfView` says which figures are old.
 */
export function leadView(
  fields: FieldView[],
  ageOfView: (v: IndicatorView) => Age | undefined,
  subject: string,
  peers = "vergelijkbare besturen",
): LeadView {
  const found: Candidate[] = [];
  let current = 0;
  let old = 0;
  for (const f of fields)
    f.views.forEach((v, i) => {
      if (v.latest?.value === undefined) return;
      if (ageOfView(v)?.old) {
        old++;
        return;
      }
      current++;
      const c = candidate(v, `#${f.slug}-${i}-h`);
      if (c) found.push(c);
    });
  const points = found
    .sort(
      (a, b) => ORDER[a.kind] - ORDER[b.kind] || a.weight - b.weight || a.text.localeCompare(b.text, "nl"),
    )
    .slice(0, MAX_POINTS)
    .map(({ kind, text, href }) => ({ kind, text, href }));
  return {
    points,
    ...(points.length === 0 && current > 0
      ? {
          none: `Op de actuele cijfers valt ${subject} niet op tegenover ${peers}: geen cijfer bij de hoogste of laagste 10% en geen signaleringswaarde overschreden`,
        }
      : {}),
    ...(old > 0
      ? {
          old: `${formatNumber(old)} van de ${formatNumber(old + current)} cijfers ${old === 1 ? "is" : "zijn"} verouderd en ${old === 1 ? "telt" : "tellen"} hier niet mee`,
        }
      : {}),
  };
}

export interface IntroInput {
  name: string;
  active: boolean;
  sectors: readonly Sector[];
  municipality?: string | undefined;
  province?: string | undefined;
  /** The newest pupil count per sector (a point with a value), if any. */
  pupils: { sector: Sector; point?: Point | undefined }[];
  /** The size class per sector in words ("2.000 tot 5.000 leerlingen"), where known. */
  sizeClass: Partial<Record<Sector, string>>;
}

const SECTOR_WORDS: Record<Sector, string> = { po: "primair onderwijs", vo: "voortgezet onderwijs" };

/** Who the board is, in one or two sentences: sector, where, how many pupils, its size class. */
export function boardIntro(b: IntroInput): string {
  const where = b.municipality
    ? `, met de grootste vestiging in ${b.municipality}${b.province ? ` (${b.province})` : ""}`
    : "";
  const first = `${b.name} ${b.active ? "is" : "was"} een schoolbestuur in het ${b.sectors
    .map((s) => SECTOR_WORDS[s])
    .join(" en ")}${where}.`;
  const counts = b.pupils
    .filter((p) => p.point?.value !== undefined)
    .map((p) => {
      const cls = b.sizeClass[p.sector];
      return `${p.point!.lowerBound ? "ten minste " : ""}${formatNumber(p.point!.value!)} leerlingen in het ${p.sector} op 1 oktober ${p.point!.year}${cls ? ` (grootteklasse ${cls})` : ""}`;
    });
  const second = counts.length
    ? `${b.active ? "Het bestuur heeft" : "Het bestuur had"} ${counts.join(" en ")}.`
    : "Er zijn geen leerlingaantallen bekend.";
  return `${first} ${second}`;
}

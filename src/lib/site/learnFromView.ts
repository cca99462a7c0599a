// What the "Leer van" block of a board page shows, in plain Dutch, from data/derived/leer-van.json (learnFrom.ts).
// Careful, factual wording: a board "heeft op dit cijfer een gunstiger waarde in <jaar>"; never a ranking.
import { LEARN_RULE, type LearnEntry, type LearnFromFile, type LearnItem } from "../data/learnFrom.ts";
import type { IndicatorDef, Sector } from "../data/registry.ts";
import { formatNumber, formatValue, formatYear } from "../format.ts";
import { websiteHref } from "./swvView.ts";

export interface LearnFromBoard {
  href: string;
  name: string;
  /** What follows the name: " heeft op dit cijfer een gunstiger waarde in 2023-2024: 95,8%." */
  after: string;
  /** Why comparable: "2.320 leerlingen, 4 vestigingen (2025); ook in Utrecht". */
  why: string;
  website?: { href: string; text: string };
  address?: string;
}

export interface LearnFromView {
  kind: LearnEntry["kind"];
  /** The summary line (a `<details>` for lists; a single line otherwise). */
  summary: string;
  /** The rule, stated once. */
  rule?: string;
  boards: LearnFromBoard[];
  nearby?: LearnFromBoard;
  /** The lists the addresses come from, with their dates. */
  lists: string[];
}

interface Lookup {
  name: (id: string) => string | undefined;
  sizeLabel?: string | undefined;
  /** The board's own value that year (the sign of a difference for neutral indicators). */
  own?: number | undefined;
}

const FEATURE_WORDS: Record<string, (v: number) => string> = {
  "leerlingen|po": (v) => `${formatNumber(v)} leerlingen`,
  "leerlingen|vo": (v) => `${formatNumber(v)} leerlingen`,
  "vestigingen|vo": (v) => `${formatNumber(v)} ${v === 1 ? "vestiging" : "vestigingen"}`,
  "achterstandsscore|po": (v) => `achterstandsscore ${formatNumber(v, 1)}`,
  "aandeel-speciaal|po": (v) => `${formatNumber(v, 1)}% in sbo/so/vso`,
};

/** The similarity's features in plain words (compare/peers.ts SIMILARITY). */
const ALIKE: Record<Sector, string> = {
  po: "leerlingen, achterstandsscore en aandeel speciaal onderwijs",
  vo: "leerlingen en vestigingen",
};

/** The difference or margin in words: percentages in procentpunt, other units as the value is shown. */
export function amountText(v: number, def: Pick<IndicatorDef, "unit" | "decimals">): string {
  if (def.unit === "percent") return `${formatNumber(v, def.decimals)} procentpunt`;
  return formatValue(v, def);
}

/** "2.320 leerlingen, 4 vestigingen (2025)": the similarity features of one board, each year once. */
export function profileText(
  features: { key: string; year: number; value: number }[] | undefined,
  style: "brackets" | "in" = "brackets",
): string {
  if (!features?.length) return "";
  const byYear = new Map<number, string[]>();
  for (const f of features) {
    const w = FEATURE_WORDS[f.key];
    if (w) byYear.set(f.year, [...(byYear.get(f.year) ?? []), w(f.value)]);
  }
  return [...byYear]
    .map(([y, ws]) => (style === "in" ? `${ws.join(", ")} in ${y}` : `${ws.join(", ")} (${y})`))
    .join("; ");
}

/** The view of one entry; undefined when nothing is to be shown (no entry, or a neutral one without a list). */
export function learnFromView(
  file: LearnFromFile,
  boardId: string,
  def: IndicatorDef,
  sector: Sector,
  look: Lookup,
): LearnFromView | undefined {
  const entry = file.boards[boardId]?.[`${def.id}|${sector}`];
  if (!entry) return undefined;
  const debated = def.direction === "neutral";
  const year = formatYear(entry.year, def.yearKind, "long", def.dateLabel);
  const group = `vergelijkbare ${sector}-besturen${look.sizeLabel ? ` (zelfde grootteklasse: ${look.sizeLabel})` : ""}`;
  const none = (summary: string): LearnFromView => ({ kind: entry.kind, summary, boards: [], lists: [] });
  // Neutral indicators show only an actual list; their "none", "few" and "old" stay silent to keep pages short.
  if (debated && entry.kind !== "differ") return undefined;
  if (entry.kind === "old")
    return none(
      "Leer van: dit portaal verwijst alleen bij actuele cijfers naar andere besturen, niet bij een verouderd cijfer.",
    );
  if (entry.kind === "few")
    return none(
      entry.n && entry.n > 1
        ? `Leer van: te weinig vergelijkbare besturen met een cijfer in ${year} (${entry.n}, het bestuur zelf meegeteld; minstens ${LEARN_RULE.minGroup} nodig).`
        : `Leer van: dit bestuur heeft geen vergelijkbare besturen (geen grootteklasse of geen andere besturen in die klasse).`,
    );
  const margin = entry.margin !== undefined ? amountText(entry.margin, def) : "";
  if (entry.kind === "none")
    return none(
      `Leer van: geen van de ${formatNumber(entry.n ?? 0)} ${group} heeft in ${year} een waarde die bij het gunstigste kwart hoort en meer dan ${margin} gunstiger is.`,
    );
  const self = profileText(file.profiles[boardId]?.[sector], "in");
  // The nearby board is introduced as "in dezelfde provincie" by the page; its own line need not repeat it.
  const item = (it: LearnItem, nearby = false): LearnFromBoard => {
    const c = file.contacts[it.id];
    const href = c && websiteHref(c.website);
    const address =
      c && [c.street, [c.postcode, c.place].filter(Boolean).join(" ")].filter(Boolean).join(", ");
    const diff = it.value - (look.own ?? it.value);
    return {
      href: `/besturen/${it.id}/`,
      name: look.name(it.id) ?? `Bestuur ${it.id}`,
      after:
        entry.kind === "differ"
          ? `: ${formatValue(it.value, def)} in ${year}, ${diff > 0 ? "hoger" : "lager"} dan dit bestuur.`
          : ` heeft op dit cijfer een gunstiger waarde in ${year}: ${formatValue(it.value, def)}.`,
      why: [
        profileText(file.profiles[it.id]?.[sector]),
        it.sameProvince && !nearby ? "in dezelfde provincie" : "",
      ]
        .filter(Boolean)
        .join("; "),
      ...(href && c?.website ? { website: { href, text: c.website } } : {}),
      ...(address ? { address } : {}),
    };
  };
  const boards = (entry.items ?? []).map((i) => item(i));
  const nearby = entry.nearby ? item(entry.nearby, true) : undefined;
  const named = [...(entry.items ?? []), ...(entry.nearby ? [entry.nearby] : [])];
  const lists = [...new Set(named.flatMap((i) => (file.contacts[i.id] ? [file.contacts[i.id]!.list] : [])))];
  const alike = `Eerst wie qua ${ALIKE[sector]} het meest op dit bestuur lijkt${self ? ` (dit bestuur: ${self})` : ""}.`;
  if (entry.kind === "differ")
    return {
      kind: "differ",
      summary: `Vergelijkbare besturen met de grootste verschillen op dit cijfer (${boards.length})`,
      rule: `Hoe hoog dit cijfer hoort te zijn, is een punt van discussie; daarom hier geen ‘leer van’, maar de ${group} waarvan de waarde in ${year} het meest verschilt (meer dan ${margin}). Zo kunt u vragen waarom.`,
      boards,
      lists,
    };
  const q = entry.threshold !== undefined ? formatValue(entry.threshold, def) : "";
  return {
    kind: "better",
    summary: `Leer van: ${boards.length} ${boards.length === 1 ? "vergelijkbaar bestuur" : "vergelijkbare besturen"} met een gunstiger waarde in ${year}`,
    rule: `Uit de ${formatNumber(entry.n ?? 0)} ${group} met een cijfer in ${year}: besturen met een waarde bij het gunstigste kwart (${def.direction === "higher" ? `${q} of hoger` : `${q} of lager`}) én meer dan ${margin} gunstiger dan dit bestuur (een kwart van de breedte van de middelste helft). ${alike} Verschillen kunnen veel oorzaken hebben; dit is geen rangorde.`,
    boards,
    ...(nearby ? { nearby } : {}),
    lists,
  };
}

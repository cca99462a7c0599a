// What the "Leer van" block of a board page shows, in plain Dutch, from data/derived/leer-van.json (learnFrom.ts).
// Careful, factual wording: a board "heeft op dit cijfer een gunstiger waarde in <jaar>"; never a ranking.
import type { ContactOut } from "../data/contacts.ts";
import {
  LEARN_RULE,
  namedIn,
  type LearnEntry,
  type LearnFromFile,
  type LearnItem,
  type ProfileFeature,
} from "../data/learnFrom.ts";
import { SWV_RULE, type LearnFromSwvFile } from "../data/learnFromSwv.ts";
import type { LearnOf } from "./overviewView.ts";
import type { IndicatorDef, Sector } from "../data/registry.ts";
import { formatNumber, formatValue, formatYear } from "../format.ts";
import { websiteHref } from "./swvView.ts";

export interface LearnFromBoard {
  /** The board's (or SWV's) id. */
  id: string;
  href: string;
  name: string;
  /** What follows the name: " heeft op dit cijfer een gunstiger waarde in 2023-2024: 95,8%." */
  after: string;
  /** Why comparable: "2.320 leerlingen, 4 vestigingen (2025); ook in Utrecht". */
  why: string;
  website?: { href: string; text: string };
  address?: string;
}

/** The second list, "in de buurt": qualifying ones in the same province. */
export interface LearnFromNearby {
  /** The `<summary>`: "In de buurt: zelfde provincie (Utrecht), 2 besturen". */
  summary: string;
  /** What "in de buurt" means here and what it cannot mean (no adjacency of municipalities in the data). */
  note: string;
  boards: LearnFromBoard[];
}

export interface LearnFromView {
  kind: LearnEntry["kind"];
  /** The summary line (a `<details>` for lists; a single line otherwise). */
  summary: string;
  /** The rule, stated once. */
  rule?: string;
  boards: LearnFromBoard[];
  /** `better`, when the province is known: the same rule within the province (possibly empty, then `note` says so). */
  nearby?: LearnFromNearby;
  /** The lists the addresses come from, with their dates. */
  lists: string[];
}

interface Lookup {
  name: (id: string) => string | undefined;
  sizeLabel?: string | undefined;
  /** The board's own value that year (the sign of a difference for neutral indicators). */
  own?: number | undefined;
  /** The province(s) of the board or SWV itself, for the "in de buurt" list. */
  provinces?: readonly string[] | undefined;
}

/** The words that differ between boards and SWVs. */
interface Words {
  /** "bestuur" / "samenwerkingsverband" and plurals. */
  one: string;
  many: string;
  self: string;
  href: (id: string) => string;
  /** The comparable group in a phrase: "vergelijkbare vo-besturen (zelfde grootteklasse: …)". */
  group: (sector: Sector, sizeLabel?: string) => string;
  alike: (sector: Sector) => string;
  /** The line for a board or SWV without any comparable one. */
  alone: string;
}

const BOARD_WORDS: Words = {
  one: "bestuur",
  many: "besturen",
  self: "dit bestuur",
  href: (id) => `/besturen/${id}/`,
  group: (sector, size) =>
    `vergelijkbare ${sector}-besturen${size ? ` (zelfde grootteklasse: ${size})` : ""}`,
  alike: (sector) => ALIKE[sector],
  alone:
    "dit bestuur heeft geen vergelijkbare besturen (geen grootteklasse of geen andere besturen in die klasse)",
};

const SWV_WORDS: Words = {
  one: "samenwerkingsverband",
  many: "samenwerkingsverbanden",
  self: "dit samenwerkingsverband",
  href: (id) => `/samenwerkingsverbanden/${id}/`,
  group: (sector) =>
    `vergelijkbare samenwerkingsverbanden ${sector} (de ${SWV_RULE.nearest} die qua leerlingen, aandeel so/vso en reserves tegenover baten het meest op dit samenwerkingsverband lijken)`,
  alike: () => "leerlingen, aandeel so/vso en reserves tegenover baten",
  alone:
    "dit samenwerkingsverband heeft geen vergelijkbare samenwerkingsverbanden (er is geen leerlingenaantal om op te vergelijken)",
};

const FEATURE_WORDS: Record<string, (v: number) => string> = {
  "leerlingen|po": (v) => `${formatNumber(v)} leerlingen`,
  "leerlingen|vo": (v) => `${formatNumber(v)} leerlingen`,
  "vestigingen|vo": (v) => `${formatNumber(v)} ${v === 1 ? "vestiging" : "vestigingen"}`,
  "achterstandsscore|po": (v) => `achterstandsscore ${formatNumber(v, 1)}`,
  "aandeel-speciaal|po": (v) => `${formatNumber(v, 1)}% in sbo/so/vso`,
  "swv-leerlingen": (v) => `${formatNumber(v)} leerlingen`,
  "aandeel-so-vso": (v) => `${formatNumber(v, 1)}% in so/vso`,
  "swv-weerstandsvermogen": (v) => `reserves ${formatNumber(v, 1)}% van de baten`,
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

/** What a board or SWV file holds for the view. */
interface Source {
  entry: LearnEntry | undefined;
  contacts: Record<string, ContactOut>;
  profile: (id: string) => ProfileFeature[] | undefined;
}

/** The view of one board's entry; undefined when nothing is to be shown (no entry, or a neutral one without a list). */
export function learnFromView(
  file: LearnFromFile,
  boardId: string,
  def: IndicatorDef,
  sector: Sector,
  look: Lookup,
): LearnFromView | undefined {
  return viewOf(
    {
      entry: file.boards[boardId]?.[`${def.id}|${sector}`],
      contacts: file.contacts,
      profile: (id) => file.profiles[id]?.[sector],
    },
    boardId,
    def,
    sector,
    look,
    BOARD_WORDS,
  );
}

/** {@link learnFromView} for an SWV (data/derived/leer-van-swv.json). */
export function swvLearnFromView(
  file: LearnFromSwvFile,
  swvId: string,
  def: IndicatorDef,
  sector: Sector,
  look: Lookup,
): LearnFromView | undefined {
  return viewOf(
    {
      entry: file.swvs[swvId]?.[`${def.id}|${sector}`],
      contacts: file.contacts,
      profile: (id) => file.profiles[id],
    },
    swvId,
    def,
    sector,
    look,
    SWV_WORDS,
  );
}

/**
 * The overview's "Leer van" pointers of one board or SWV: for each view whose entry names boards to learn from
 * (`better`), the count and a link to the list's summary in the indicator block (`<block id>-leer-van`).
 */
export function learnPointerOf(
  entries: Record<string, LearnEntry> | undefined,
  level: "board" | "swv",
): LearnOf {
  const w = level === "swv" ? SWV_WORDS : BOARD_WORDS;
  return (view, blockId) => {
    const e = entries?.[`${view.def.id}|${view.sector}`];
    const n = e?.kind === "better" ? (e.items?.length ?? 0) : 0;
    if (n === 0) return undefined;
    return { href: `#${blockId}-leer-van`, text: `${n} ${n === 1 ? w.one : w.many}` };
  };
}

/** What "in de buurt" means here, once for every page (README says the same). */
export const NEARBY_NOTE =
  "In de buurt betekent hier: in dezelfde provincie (bij een bestuur: de provincie van de grootste vestiging). Of gemeenten aan elkaar grenzen, staat niet in de open bestanden hier; daarom geen lijst van buurgemeenten.";

function viewOf(
  src: Source,
  selfId: string,
  def: IndicatorDef,
  sector: Sector,
  look: Lookup,
  w: Words,
): LearnFromView | undefined {
  const entry = src.entry;
  if (!entry) return undefined;
  const debated = def.direction === "neutral";
  const year = formatYear(entry.year, def.yearKind, "long", def.dateLabel);
  const group = w.group(sector, look.sizeLabel);
  const none = (summary: string): LearnFromView => ({ kind: entry.kind, summary, boards: [], lists: [] });
  // Neutral indicators show only an actual list; their "none", "few" and "old" stay silent to keep pages short.
  if (debated && entry.kind !== "differ") return undefined;
  if (entry.kind === "old")
    return none(
      `Leer van: dit portaal verwijst alleen bij actuele cijfers naar andere ${w.many}, niet bij een verouderd cijfer.`,
    );
  if (entry.kind === "few")
    return none(
      entry.n && entry.n > 1
        ? `Leer van: te weinig vergelijkbare ${w.many} met een cijfer in ${year} (${entry.n}, ${w.self} meegeteld; minstens ${LEARN_RULE.minGroup} nodig).`
        : `Leer van: ${w.alone}.`,
    );
  const margin = entry.margin !== undefined ? amountText(entry.margin, def) : "";
  if (entry.kind === "none")
    return none(
      `Leer van: geen van de ${formatNumber(entry.n ?? 0)} ${group} heeft in ${year} een waarde die bij het gunstigste kwart hoort en meer dan ${margin} gunstiger is.`,
    );
  const self = profileText(src.profile(selfId), "in");
  const item = (it: LearnItem, inNearbyList = false): LearnFromBoard => {
    const c = src.contacts[it.id];
    const href = c && websiteHref(c.website);
    const address =
      c && [c.street, [c.postcode, c.place].filter(Boolean).join(" ")].filter(Boolean).join(", ");
    const diff = it.value - (look.own ?? it.value);
    return {
      id: it.id,
      href: w.href(it.id),
      name: look.name(it.id) ?? `${w.one[0]!.toUpperCase()}${w.one.slice(1)} ${it.id}`,
      after:
        entry.kind === "differ"
          ? `: ${formatValue(it.value, def)} in ${year}, ${diff > 0 ? "hoger" : "lager"} dan ${w.self}.`
          : ` heeft op dit cijfer een gunstiger waarde in ${year}: ${formatValue(it.value, def)}.`,
      // The "in de buurt" list is headed by the province; its lines need not repeat it.
      why: [profileText(src.profile(it.id)), it.sameProvince && !inNearbyList ? "in dezelfde provincie" : ""]
        .filter(Boolean)
        .join("; "),
      ...(href && c?.website ? { website: { href, text: c.website } } : {}),
      ...(address ? { address } : {}),
    };
  };
  const boards = (entry.items ?? []).map((i) => item(i));
  const lists = [
    ...new Set(namedIn(entry).flatMap((id) => (src.contacts[id] ? [src.contacts[id]!.list] : []))),
  ];
  const alike = `Eerst wie qua ${w.alike(sector)} het meest op ${w.self} lijkt${self ? ` (${w.self}: ${self})` : ""}.`;
  if (entry.kind === "differ")
    return {
      kind: "differ",
      summary: `Vergelijkbare ${w.many} met de grootste verschillen op dit cijfer (${boards.length})`,
      rule: `Hoe hoog dit cijfer hoort te zijn, is een punt van discussie; daarom hier geen ‘leer van’, maar de ${group} waarvan de waarde in ${year} het meest verschilt (meer dan ${margin}). Zo kunt u vragen waarom.`,
      boards,
      lists,
    };
  const q = entry.threshold !== undefined ? formatValue(entry.threshold, def) : "";
  const provinces = look.provinces ?? [];
  const near = entry.inProvince;
  const nearby: LearnFromNearby | undefined =
    near && provinces.length
      ? {
          summary: `In de buurt: zelfde provincie (${provinces.join(", ")}), ${near.length} ${near.length === 1 ? w.one : w.many}`,
          note: near.length
            ? NEARBY_NOTE
            : `Geen van de ${w.many} die aan deze regel voldoen, ligt in dezelfde provincie. ${NEARBY_NOTE}`,
          boards: near.map((i) => item(i, true)),
        }
      : undefined;
  return {
    kind: "better",
    summary: `Leer van: ${boards.length} ${boards.length === 1 ? `vergelijkbaar ${w.one}` : `vergelijkbare ${w.many}`} met een gunstiger waarde in ${year}`,
    rule: `Uit de ${formatNumber(entry.n ?? 0)} ${group} met een cijfer in ${year}: ${w.many} met een waarde bij het gunstigste kwart (${def.direction === "higher" ? `${q} of hoger` : `${q} of lager`}) én meer dan ${margin} gunstiger dan ${w.self} (een kwart van de breedte van de middelste helft). ${alike} Verschillen kunnen veel oorzaken hebben; dit is geen rangorde.`,
    boards,
    ...(nearby ? { nearby } : {}),
    lists,
  };
}

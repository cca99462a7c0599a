// "Leer van": per board and indicator with a direction, up to three comparable boards whose figure for the same
// year is clearly more favourable; for the neutral finance ratios (whose height is itself debated) the comparable
// boards that differ most. Comparable is the one definition of "vergelijkbare besturen" (peerGroup.ts); the most
// alike come first (the similarity of /vergelijk/, compare/peers.ts). Old figures never point elsewhere (age.ts).
// Pure: computed at build time into data/derived/leer-van.json.
import { quantileSorted } from "d3";
import { latestByBoard, SIMILARITY, similarityOf } from "../compare/peers.ts";
import { ageOf, newestYear } from "../site/age.ts";
import { peerGroup, type PeerCandidate } from "../site/peerGroup.ts";
import type { Derived } from "./build.ts";
import type { ContactOut } from "./contacts.ts";
import type { PeerFile } from "./output.ts";
import { INDICATORS, type IndicatorDef, type Sector } from "./registry.ts";
import { round } from "./series.ts";

/** The rule's numbers, stated on the page. */
export const LEARN_RULE = {
  /** A group smaller than this (the board included) gives no suggestions: its best quarter means little. */
  minGroup: 10,
  /** The best quarter: at or above the group's upper quartile (higher is better) or at or below the lower one. */
  quarter: 0.25,
  /** The margin as a share of the width of the group's middle half (interquartile range). */
  marginShare: 0.25,
  /** At most this many boards per indicator. */
  max: 3,
} as const;

export type LearnKind = "better" | "differ" | "none" | "few" | "old";

export interface LearnItem {
  id: string;
  value: number;
  /** In the same province as the board itself. */
  sameProvince?: boolean;
}

export interface LearnEntry {
  /**
   * `better`: boards with a clearly more favourable value; `differ`: (neutral indicator) the boards that differ
   * most; `none`: enough comparable boards, but none qualifies; `few`: fewer than {@link LEARN_RULE}.minGroup;
   * `old`: the figure is old by the registry's rule, so it never points elsewhere.
   */
  kind: LearnKind;
  year: number;
  /** Boards in the group with a value that year, the board itself included. */
  n?: number;
  /** `better`: the value a board must reach (upper or lower quartile of the group). */
  threshold?: number;
  /** The stated margin: a board must differ from this board by more than this. */
  margin?: number;
  items?: LearnItem[];
  /**
   * `better`, when the board's province is known: the second list, "in de buurt", of up to
   * {@link LEARN_RULE}.max qualifying boards in the same province (most alike first); empty when none is.
   * Same province only: the open data here have no adjacency of municipalities.
   */
  inProvince?: LearnItem[];
}

export interface LearnBoard extends PeerCandidate {
  province?: string | undefined;
}

type Def = Pick<
  IndicatorDef,
  "direction" | "decimals" | "currency" | "yearKind" | "dateLabel" | "field" | "summable" | "level"
>;

/**
 * Neutral indicators that still get the "differ most" list: the finance ratios whose height is debated
 * (reserves, liquidity, solvency, result; not the summable amounts, which mostly follow size).
 */
export const isDebated = (def: Def): boolean =>
  def.level === "board" && def.direction === "neutral" && def.field === "financien" && !def.summable;

/** The mode of an indicator: directed, debated (neutral, "differ most") or none (no list at all). */
export function learnMode(def: Def): "directed" | "debated" | undefined {
  if (def.level !== "board") return undefined;
  if (def.direction === "higher" || def.direction === "lower") return "directed";
  return isDebated(def) ? "debated" : undefined;
}

const EPS = 1e-9;

/**
 * The "Leer van" entry of one board for one indicator, sector and the year of its latest figure. `values` are
 * that year's values of all boards (implausible ones left out, as for positions); `distance` gives the
 * similarity of another board (smaller is more alike; undefined when not comparable). Undefined when the
 * indicator has no list or the board has no (plausible) value that year.
 */
export function learnFromIndicator(o: {
  def: Def;
  self: LearnBoard;
  sector: Sector;
  year: number;
  values: ReadonlyMap<string, number>;
  candidate: (id: string) => LearnBoard | undefined;
  newest: number;
  distance: (id: string) => number | undefined;
}): LearnEntry | undefined {
  const mode = learnMode(o.def);
  const own = o.values.get(o.self.id);
  if (!mode || own === undefined) return undefined;
  const { year } = o;
  if (ageOf(o.def, year, o.newest).old) return { kind: "old", year };
  const group = peerGroup(o.self, o.sector, o.values, o.candidate);
  if (!group) return { kind: "few", year, n: 1 };
  return rankGroup({
    def: o.def,
    mode,
    selfId: o.self.id,
    own,
    year,
    members: group.members,
    sorted: group.sorted,
    values: o.values,
    distance: o.distance,
    ...(o.self.province ? { near: (id: string) => o.candidate(id)?.province === o.self.province } : {}),
  });
}

/**
 * The rule itself, for any comparable group (boards or samenwerkingsverbanden): `members` (the self included,
 * ascending) and their `sorted` values; `near` tells whether a member is in the same province (absent when the
 * self's province is unknown). Gives `few` below {@link LEARN_RULE}.minGroup.
 */
export function rankGroup(o: {
  def: Pick<IndicatorDef, "direction" | "decimals">;
  mode: "directed" | "debated";
  selfId: string;
  own: number;
  year: number;
  members: string[];
  sorted: number[];
  values: ReadonlyMap<string, number>;
  distance: (id: string) => number | undefined;
  near?: (id: string) => boolean;
}): LearnEntry {
  const { year, own, mode } = o;
  const n = o.members.length;
  if (n < LEARN_RULE.minGroup) return { kind: "few", year, n };
  const q1 = quantileSorted(o.sorted, LEARN_RULE.quarter)!;
  const q3 = quantileSorted(o.sorted, 1 - LEARN_RULE.quarter)!;
  // The margin: a quarter of the middle half's width, and never less than one unit of the shown rounding.
  const margin = round(
    Math.max((q3 - q1) * LEARN_RULE.marginShare, 10 ** -o.def.decimals),
    o.def.decimals + 2,
  );
  const dist = (id: string) => o.distance(id) ?? Infinity;
  const others = o.members
    .filter((id) => id !== o.selfId)
    .map((id) => ({ id, value: o.values.get(id)!, near: o.near?.(id) === true }));
  const item = (c: (typeof others)[number]): LearnItem => ({
    id: c.id,
    value: c.value,
    ...(c.near ? { sameProvince: true } : {}),
  });
  if (mode === "debated") {
    const differ = others
      .filter((c) => Math.abs(c.value - own) > margin + EPS)
      .sort(
        (a, b) =>
          Math.abs(b.value - own) - Math.abs(a.value - own) ||
          dist(a.id) - dist(b.id) ||
          a.id.localeCompare(b.id),
      )
      .slice(0, LEARN_RULE.max)
      .map(item);
    return differ.length
      ? { kind: "differ", year, n, margin, items: differ }
      : { kind: "none", year, n, margin };
  }
  const higher = o.def.direction === "higher";
  const q = higher ? q3 : q1;
  const threshold = round(q, o.def.decimals + 2);
  const gain = (v: number) => (higher ? v - own : own - v);
  const better = others
    .filter((c) => (higher ? c.value >= q - EPS : c.value <= q + EPS))
    .filter((c) => gain(c.value) > margin + EPS)
    .sort((a, b) => dist(a.id) - dist(b.id) || gain(b.value) - gain(a.value) || a.id.localeCompare(b.id));
  if (better.length === 0) return { kind: "none", year, n, threshold, margin };
  const items = better.slice(0, LEARN_RULE.max).map(item);
  return {
    kind: "better",
    year,
    n,
    threshold,
    margin,
    items,
    ...(o.near
      ? {
          inProvince: better
            .filter((c) => c.near)
            .slice(0, LEARN_RULE.max)
            .map(item),
        }
      : {}),
  };
}

/** The ids an entry names (both lists), each once. */
export const namedIn = (e: LearnEntry): string[] => [
  ...new Set([...(e.items ?? []), ...(e.inProvince ?? [])].map((i) => i.id)),
];

/** A feature of the similarity as the page shows it: "1.234 leerlingen (2025)". */
export interface ProfileFeature {
  key: string;
  year: number;
  value: number;
}

export interface LearnCount {
  indicator: string;
  sector: Sector;
  /** Boards with a figure for the indicator (an entry of any kind). */
  boards: number;
  better: number;
  differ: number;
  none: number;
  few: number;
  old: number;
}

/** Counts one entry of `kind` for an indicator and sector (the table printed by the data build). */
export function tally(
  counts: Map<string, LearnCount>,
  key: string,
  indicator: string,
  sector: Sector,
  kind: LearnEntry["kind"],
): void {
  let c = counts.get(key);
  if (!c) {
    c = { indicator, sector, boards: 0, better: 0, differ: 0, none: 0, few: 0, old: 0 };
    counts.set(key, c);
  }
  c.boards++;
  c[kind]++;
}

/** data/derived/leer-van.json. */
export interface LearnFromFile {
  /** Board id → `"indicator|sector"` → entry. */
  boards: Record<string, Record<string, LearnEntry>>;
  /** Address and website of every board named in an entry (and of the boards naming them), where DUO's lists have them. */
  contacts: Record<string, ContactOut>;
  /** Board id → sector → the similarity features of every board named in an entry and of the board naming it. */
  profiles: Record<string, Partial<Record<Sector, ProfileFeature[]>>>;
  /** How many boards get which kind of entry, per indicator and sector. */
  counts: LearnCount[];
}

/**
 * Every board's entries: the latest figure of each indicator with a list (the year of the overview and the
 * positions), the board's vergelijkbare besturen that year, ordered by similarity within the sector.
 */
export function learnFromFile(
  d: Pick<Derived, "boards" | "sectors" | "contacts">,
  values: Record<string, Record<string, [string, number][]>>,
  peers: PeerFile,
): LearnFromFile {
  const newest = newestYear(d.sectors);
  const byId = new Map<string, LearnBoard>(
    d.boards.map((b) => [
      b.id,
      { id: b.id, active: b.active, sectors: b.sectors, sizeClass: b.sizeClass, province: b.province },
    ]),
  );
  const index = new Map(peers.boards.map((b, i) => [b.id, i]));
  const similarity = { po: similarityOf(peers, "po"), vo: similarityOf(peers, "vo") };
  const distCache = new Map<string, Map<string, number>>();
  const distances = (id: string, sector: Sector) => {
    const key = `${id}|${sector}`;
    let m = distCache.get(key);
    if (!m) {
      const i = index.get(id);
      const sims = i === undefined ? [] : similarity[sector](i);
      distCache.set(key, (m = new Map(sims.map((s) => [peers.boards[s.index]!.id, s.distance]))));
    }
    return m;
  };
  const maps = new Map<string, Map<string, number>>();
  const valuesAt = (key: string, year: number) => {
    const k = `${key}|${year}`;
    let m = maps.get(k);
    if (!m) maps.set(k, (m = new Map(values[key]?.[year] ?? [])));
    return m;
  };
  const defs = INDICATORS.filter((def) => learnMode(def));
  const out: LearnFromFile = { boards: {}, contacts: {}, profiles: {}, counts: [] };
  const counts = new Map<string, LearnCount>();
  const named = new Map<string, Set<Sector>>();
  for (const b of d.boards) {
    const self = byId.get(b.id)!;
    for (const s of b.series) {
      const def = defs.find((x) => x.id === s.indicator);
      if (!def) continue;
      const latest = s.points.filter((p) => p.value !== undefined).at(-1);
      if (!latest) continue;
      const key = `${s.indicator}|${s.sector}`;
      const entry = learnFromIndicator({
        def,
        self,
        sector: s.sector,
        year: latest.year,
        values: valuesAt(key, latest.year),
        candidate: (id) => byId.get(id),
        newest,
        distance: (id) => distances(b.id, s.sector).get(id),
      });
      if (!entry) continue;
      (out.boards[b.id] ??= {})[key] = entry;
      tally(counts, key, s.indicator, s.sector, entry.kind);
      // The board itself is profiled too when it names others, so the page can say how alike they are.
      const ids = namedIn(entry);
      for (const id of ids.length ? [b.id, ...ids] : []) {
        const set = named.get(id) ?? new Set<Sector>();
        set.add(s.sector);
        named.set(id, set);
      }
    }
  }
  const latest = new Map<string, ReturnType<typeof latestByBoard>>();
  for (const [id, sectors] of [...named].sort(([a], [b]) => a.localeCompare(b))) {
    const contact = d.contacts?.[id];
    if (contact) out.contacts[id] = contact;
    const i = index.get(id);
    if (i === undefined) continue;
    const profile: Partial<Record<Sector, ProfileFeature[]>> = {};
    for (const sector of [...sectors].sort()) {
      profile[sector] = SIMILARITY[sector].flatMap((f) => {
        let m = latest.get(f.key);
        if (!m) latest.set(f.key, (m = latestByBoard(peers, f.key)));
        const v = m.get(i);
        return v ? [{ key: f.key, year: v.year, value: v.value }] : [];
      });
    }
    out.profiles[id] = profile;
  }
  out.counts = [...counts.values()].sort(
    (a, b) => a.indicator.localeCompare(b.indicator) || a.sector.localeCompare(b.sector),
  );
  return out;
}

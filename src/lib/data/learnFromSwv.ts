// "Leer van" between samenwerkingsverbanden (SWVs): the rule of learnFrom.ts (best quarter, stated margin, at
// most three, old figures never point elsewhere, neutral "differ most" for debated ratios), applied to the SWVs
// of the same sector that are most alike in size (pupils), share of pupils in so/vso and reserves against baten.
// SWVs have no size class, so the comparable group is the SWV's nearest SWVs on those features.
// Pure: computed at build time into data/derived/leer-van-swv.json.
import { ageOf, newestYear } from "../site/age.ts";
import type { SectorStat, SeriesOut, SwvOut } from "./build.ts";
import type { ContactOut } from "./contacts.ts";
import {
  namedIn,
  rankGroup,
  tally,
  type LearnCount,
  type LearnEntry,
  type ProfileFeature,
} from "./learnFrom.ts";
import { INDICATORS, type IndicatorDef } from "./registry.ts";

/** The comparable group of an SWV: itself and this many most alike SWVs of its sector with a value that year. */
export const SWV_RULE = { nearest: 20 } as const;

/**
 * The features of SWV similarity, with their weights. `indicator` is the feature's own indicator: for that
 * indicator the feature is left out (SWVs alike in reserves would hide who differs most in reserves).
 */
export const SWV_SIMILARITY = [
  { key: "swv-leerlingen", label: "aantal leerlingen (logaritmisch)", weight: 0.5, log: true },
  { key: "aandeel-so-vso", label: "aandeel leerlingen in so/vso", weight: 0.25, log: false },
  {
    key: "swv-weerstandsvermogen",
    label: "reserves als deel van de baten",
    weight: 0.25,
    log: false,
    indicator: "swv-weerstandsvermogen",
  },
] as const;

/**
 * Neutral SWV ratios whose height is itself debated (how much to keep in reserve, how much to pass on to the
 * boards): they get the boards-that-differ-most list, never "better".
 */
export const SWV_DEBATED: ReadonlySet<string> = new Set([
  "swv-weerstandsvermogen",
  "swv-doorbetalingen-aandeel",
]);

type Def = Pick<IndicatorDef, "id" | "level" | "direction">;

/** The mode of an SWV indicator: directed, debated (neutral, "differ most") or none. */
export function swvLearnMode(def: Def): "directed" | "debated" | undefined {
  if (def.level !== "swv") return undefined;
  if (def.direction === "higher" || def.direction === "lower") return "directed";
  return SWV_DEBATED.has(def.id) ? "debated" : undefined;
}

const latestOf = (s: SeriesOut | undefined) =>
  s?.points.filter((p) => p.value !== undefined && !p.implausible).at(-1) as
    { year: number; value: number } | undefined;

/**
 * The similarity features of one SWV, as shown on the page: pupils (latest count), the share of so/vso pupils
 * (so/vso pupils ÷ (so/vso pupils + pupils of the regular schools) × 100, in the so/vso count's year) and
 * reserves as a share of baten (latest). A feature without data is absent, never 0.
 */
export function swvFeatures(swv: Pick<SwvOut, "series">): ProfileFeature[] {
  const get = (id: string) => latestOf(swv.series.find((s) => s.indicator === id));
  const pupils = get("swv-leerlingen");
  const special = get("swv-so-vso-leerlingen");
  const reserves = get("swv-weerstandsvermogen");
  const out: ProfileFeature[] = [];
  if (pupils && pupils.value > 0) out.push({ key: "swv-leerlingen", year: pupils.year, value: pupils.value });
  if (pupils && special && pupils.value + special.value > 0)
    out.push({
      key: "aandeel-so-vso",
      year: special.year,
      value: Math.round((special.value / (special.value + pupils.value)) * 10000) / 100,
    });
  if (reserves) out.push({ key: "swv-weerstandsvermogen", year: reserves.year, value: reserves.value });
  return out;
}

/**
 * Distances between the SWVs of one sector: z-scored features (pupils on a log scale), weighted Euclidean
 * distance; a feature missing for either SWV is left out of that pair and the weights rescaled; pupils must be
 * comparable, else the pair is not comparable at all (undefined). `without` leaves one feature out.
 */
export function swvDistances(
  profiles: ReadonlyMap<string, ProfileFeature[]>,
  without?: string,
): (a: string, b: string) => number | undefined {
  const feats = SWV_SIMILARITY.filter((f) => f.key !== without).map((f) => {
    const vals = new Map<string, number>();
    for (const [id, fs] of profiles) {
      const v = fs.find((x) => x.key === f.key)?.value;
      if (v !== undefined && (!f.log || v > 0)) vals.set(id, f.log ? Math.log10(v) : v);
    }
    const xs = [...vals.values()];
    const mean = xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length || 1)) || 1;
    return { key: f.key, weight: f.weight, z: new Map([...vals].map(([id, v]) => [id, (v - mean) / sd])) };
  });
  return (a, b) => {
    let sum = 0;
    let wsum = 0;
    for (const f of feats) {
      const x = f.z.get(a);
      const y = f.z.get(b);
      if (x === undefined || y === undefined) {
        if (f.key === "swv-leerlingen") return undefined;
        continue;
      }
      sum += f.weight * (x - y) ** 2;
      wsum += f.weight;
    }
    return wsum > 0 ? Math.sqrt(sum / wsum) : undefined;
  };
}

/** data/derived/leer-van-swv.json. */
export interface LearnFromSwvFile {
  /** SWV id → `"indicator|sector"` → entry. */
  swvs: Record<string, Record<string, LearnEntry>>;
  /** Address and website of every SWV named in an entry, from DUO's list of SWV boards. */
  contacts: Record<string, ContactOut>;
  /** SWV id → its similarity features, for every SWV named in an entry and every SWV naming one. */
  profiles: Record<string, ProfileFeature[]>;
  /** How many SWVs get which kind of entry, per indicator and sector. */
  counts: LearnCount[];
}

/** The contact of an SWV as its page shows it (DUO's list of SWV boards, ≈ April 2018). */
export function swvContact(s: Pick<SwvOut, "address" | "website" | "listDate">): ContactOut | undefined {
  const a = s.address ?? {};
  if (!a.street && !a.place && !s.website) return undefined;
  return {
    ...(a.street ? { street: a.street } : {}),
    ...(a.postcode ? { postcode: a.postcode } : {}),
    ...(a.place ? { place: a.place } : {}),
    ...(s.website ? { website: s.website } : {}),
    source: "swv-besturen-2018",
    list: `DUO-lijst ‘Besturen samenwerkingsverbanden passend onderwijs’, ${s.listDate ?? "2018"}`,
  };
}

/** Every SWV's entries: the latest figure of each SWV indicator with a list, among its most alike SWVs. */
export function learnFromSwvFile(
  swvs: readonly Pick<
    SwvOut,
    "id" | "sector" | "provinces" | "series" | "address" | "website" | "listDate"
  >[],
  sectors: Pick<SectorStat, "year" | "n">[],
): LearnFromSwvFile {
  const newest = newestYear(sectors);
  const profiles = new Map(swvs.map((s) => [s.id, swvFeatures(s)]));
  const byId = new Map(swvs.map((s) => [s.id, s]));
  const defs = INDICATORS.filter((d) => swvLearnMode(d));
  const distanceCache = new Map<string, ReturnType<typeof swvDistances>>();
  const distanceFor = (indicator: string) => {
    const without = SWV_SIMILARITY.find((f) => "indicator" in f && f.indicator === indicator)?.key;
    const k = without ?? "";
    let d = distanceCache.get(k);
    if (!d) distanceCache.set(k, (d = swvDistances(profiles, without)));
    return d;
  };
  // indicator|sector|year → SWV id → value (implausible values left out, as for positions).
  const valuesAt = new Map<string, Map<string, number>>();
  for (const s of swvs)
    for (const series of s.series)
      for (const p of series.points) {
        if (p.value === undefined || p.implausible) continue;
        const k = `${series.indicator}|${s.sector}|${p.year}`;
        let m = valuesAt.get(k);
        if (!m) valuesAt.set(k, (m = new Map()));
        m.set(s.id, p.value);
      }
  const out: LearnFromSwvFile = { swvs: {}, contacts: {}, profiles: {}, counts: [] };
  const counts = new Map<string, LearnCount>();
  const named = new Set<string>();
  for (const s of swvs) {
    for (const series of s.series) {
      const def = defs.find((d) => d.id === series.indicator);
      const latest = latestOf(series);
      if (!def || !latest) continue;
      const key = `${def.id}|${s.sector}`;
      const entry = learnFromSwv({
        def,
        self: s,
        year: latest.year,
        values: valuesAt.get(`${key}|${latest.year}`) ?? new Map(),
        newest,
        distance: (id) => distanceFor(def.id)(s.id, id),
        province: (id) => byId.get(id)?.provinces ?? [],
      });
      if (!entry) continue;
      (out.swvs[s.id] ??= {})[key] = entry;
      tally(counts, key, def.id, s.sector, entry.kind);
      const ids = namedIn(entry);
      for (const id of ids.length ? [s.id, ...ids] : []) named.add(id);
    }
  }
  for (const id of [...named].sort()) {
    const contact = byId.get(id) && swvContact(byId.get(id)!);
    if (contact) out.contacts[id] = contact;
    const p = profiles.get(id);
    if (p?.length) out.profiles[id] = p;
  }
  out.counts = [...counts.values()].sort(
    (a, b) => a.indicator.localeCompare(b.indicator) || a.sector.localeCompare(b.sector),
  );
  return out;
}

/**
 * The entry of one SWV for one indicator in the year of its latest figure. `values`: that year's values of all
 * SWVs of the sector; `distance`: similarity to another SWV (undefined when not comparable); `province`: the
 * provinces of an SWV. Undefined when the indicator has no list or the SWV has no value that year.
 */
export function learnFromSwv(o: {
  def: Pick<IndicatorDef, "id" | "level" | "direction" | "decimals" | "currency" | "yearKind" | "dateLabel">;
  self: Pick<SwvOut, "id" | "provinces">;
  year: number;
  values: ReadonlyMap<string, number>;
  newest: number;
  distance: (id: string) => number | undefined;
  province: (id: string) => readonly string[];
}): LearnEntry | undefined {
  const mode = swvLearnMode(o.def);
  const own = o.values.get(o.self.id);
  if (!mode || own === undefined) return undefined;
  const { year } = o;
  if (ageOf(o.def, year, o.newest).old) return { kind: "old", year };
  const alike = [...o.values.keys()]
    .filter((id) => id !== o.self.id)
    .flatMap((id) => {
      const d = o.distance(id);
      return d === undefined ? [] : [{ id, d }];
    })
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, SWV_RULE.nearest);
  const members = [o.self.id, ...alike.map((a) => a.id)].sort();
  const mine = new Set(o.self.provinces);
  return rankGroup({
    def: o.def,
    mode,
    selfId: o.self.id,
    own,
    year,
    members,
    sorted: members.map((id) => o.values.get(id)!).sort((a, b) => a - b),
    values: o.values,
    distance: o.distance,
    ...(mine.size ? { near: (id: string) => o.province(id).some((p) => mine.has(p)) } : {}),
  });
}

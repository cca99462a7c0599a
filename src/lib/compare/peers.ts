// Peer groups for /vergelijk/: selection by criteria, similar boards, distributions and positions. Pure; runs in
// the browser and in tests.
import { quantileSorted } from "d3";
import type { PeerFile } from "../data/output.ts";
import { positionInSorted, type Position } from "../data/position.ts";
import type { Sector } from "../data/registry.ts";
import { isPeer, type PeerCandidate } from "../site/peerGroup.ts";

export interface Criteria {
  sector: Sector;
  sizeClasses: string[];
  provinces: string[];
  municipalities: string[];
  denominations: string[];
  swv: string[];
  /** School types ({@link SCHOOL_TYPES} ids): a board is kept when all its schools of the sector are of these. */
  schoolTypes: string[];
  pupilsMin?: number;
  pupilsMax?: number;
  achterstandMin?: number;
  achterstandMax?: number;
  /** Boards picked by name, always in the group (if in the sector). */
  include: string[];
  /** When true, boards are chosen only by `include`. */
  onlyPicked: boolean;
  activeOnly: boolean;
}

export const emptyCriteria = (sector: Sector): Criteria => ({
  sector,
  sizeClasses: [],
  provinces: [],
  municipalities: [],
  denominations: [],
  swv: [],
  schoolTypes: [],
  include: [],
  onlyPicked: false,
  activeOnly: true,
});

// Keys are built from URL input: look them up as own properties only.
const indicatorOf = (file: PeerFile, key: string) =>
  Object.hasOwn(file.indicators, key) ? file.indicators[key] : undefined;

// Rows indexed by board once per indicator (a WeakMap: a part loaded later gets its own index).
const rowIndex = new WeakMap<object, Map<number, PeerFile["indicators"][string]["rows"][number]>>();
const rowsOf = (ind: PeerFile["indicators"][string]) => {
  let m = rowIndex.get(ind);
  if (!m) rowIndex.set(ind, (m = new Map(ind.rows.map((r) => [r[0], r]))));
  return m;
};

/** The latest value of an indicator per board index: Map(index → {year, value}). */
export function latestByBoard(file: PeerFile, key: string): Map<number, { year: number; value: number }> {
  const out = new Map<number, { year: number; value: number }>();
  const ind = indicatorOf(file, key);
  if (!ind) return out;
  for (const [i, ...vals] of ind.rows)
    for (let k = vals.length - 1; k >= 0; k--)
      if (vals[k] !== null && vals[k] !== undefined) {
        out.set(i, { year: ind.years[k]!, value: vals[k] as number });
        break;
      }
  return out;
}

/** The value of an indicator for one board index in one year, or undefined. */
export function valueAt(file: PeerFile, key: string, board: number, year: number): number | undefined {
  const ind = indicatorOf(file, key);
  const k = ind?.years.indexOf(year) ?? -1;
  if (!ind || k < 0) return undefined;
  const row = rowsOf(ind).get(board);
  const v = row?.[k + 1];
  return v === null || v === undefined ? undefined : v;
}

/** The school types a group can be limited to, per sector; "so" stands for so and vso in po. */
export const SCHOOL_TYPES: Record<Sector, { id: string; label: string }[]> = {
  po: [
    { id: "bo", label: "regulier basisonderwijs (bo)" },
    { id: "sbo", label: "speciaal basisonderwijs (sbo)" },
    { id: "so", label: "speciaal onderwijs (so en vso)" },
  ],
  vo: [
    { id: "vo", label: "regulier voortgezet onderwijs (vo)" },
    { id: "vso", label: "voortgezet speciaal onderwijs (vso)" },
  ],
};

/**
 * The school types of a board in a sector, as {@link SCHOOL_TYPES} ids, from its schools' types (`t`; DUO's
 * bo, sbo, so, vso, vo). In po, vso counts with so (wec boards run both); in vo only vo and vso count. Empty when
 * the data has no school types for the board.
 */
export function schoolTypesOf(b: PeerFile["boards"][number], sector: Sector): string[] {
  const out = new Set<string>();
  for (const x of b.t ?? []) {
    if (sector === "po") {
      if (x === "bo" || x === "sbo") out.add(x);
      else if (x === "so" || x === "vso") out.add("so");
    } else if (x === "vo" || x === "vso") out.add(x);
  }
  return [...out].sort();
}

/** Board indices in the peer group (the board itself excluded), by criteria and picks. */
export function selectPeers(file: PeerFile, board: number, c: Criteria): number[] {
  const pupils = latestByBoard(file, `leerlingen|${c.sector}`);
  const ach = latestByBoard(file, "achterstandsscore|po");
  const picked = new Set(c.include);
  const out: number[] = [];
  file.boards.forEach((b, i) => {
    if (i === board || !b.s.includes(c.sector)) return;
    if (picked.has(b.id)) return void out.push(i);
    if (c.onlyPicked) return;
    if (c.activeOnly && !b.a) return;
    if (c.sizeClasses.length && !c.sizeClasses.includes(b.c[c.sector] ?? "")) return;
    if (c.provinces.length && !c.provinces.includes(b.p ?? "")) return;
    if (c.municipalities.length && !c.municipalities.includes(b.m ?? "")) return;
    if (c.denominations.length && !c.denominations.includes(b.d ?? "")) return;
    if (c.swv.length && !b.w.some((w) => c.swv.includes(w))) return;
    if (c.schoolTypes.length) {
      const t = schoolTypesOf(b, c.sector);
      if (t.length === 0 || !t.every((x) => c.schoolTypes.includes(x))) return;
    }
    const p = pupils.get(i)?.value;
    if (c.pupilsMin !== undefined && (p === undefined || p < c.pupilsMin)) return;
    if (c.pupilsMax !== undefined && (p === undefined || p > c.pupilsMax)) return;
    const a = ach.get(i)?.value;
    if (c.achterstandMin !== undefined && (a === undefined || a < c.achterstandMin)) return;
    if (c.achterstandMax !== undefined && (a === undefined || a > c.achterstandMax)) return;
    out.push(i);
  });
  return out;
}

/** A peer-file board as the peer rule sees it. */
export const candidateOf = (b: PeerFile["boards"][number]): PeerCandidate => ({
  id: b.id,
  active: b.a,
  sectors: b.s,
  sizeClass: b.c,
});

/**
 * The default group: the vergelijkbare besturen of peerGroup.ts (active, same sector and size class), the board
 * itself excluded as in {@link selectPeers}; {@link compareIndicator} keeps those with a value in the board's
 * year and counts the board in. Empty for a board without a size class.
 */
export function defaultPeers(file: PeerFile, board: number, sector: Sector): number[] {
  const self = candidateOf(file.boards[board]!);
  const out: number[] = [];
  file.boards.forEach((b, i) => {
    if (i !== board && isPeer(self, candidateOf(b), sector)) out.push(i);
  });
  return out;
}

/** The features used for similarity, with their weights and why. */
export const SIMILARITY: Record<
  Sector,
  { key: string; label: string; weight: number; transform: "log" | "none"; why: string }[]
> = {
  po: [
    {
      key: "leerlingen|po",
      label: "aantal leerlingen (logaritmisch)",
      weight: 0.5,
      transform: "log",
      why: "grootte bepaalt veel: van schaalvoordelen tot de omvang van het bestuursbureau",
    },
    {
      key: "achterstandsscore|po",
      label: "CBS-achterstandsscore",
      weight: 0.3,
      transform: "none",
      why: "de leerlingpopulatie bepaalt welke ondersteuning nodig is",
    },
    {
      key: "aandeel-speciaal|po",
      label: "aandeel leerlingen in sbo/so/vso",
      weight: 0.2,
      transform: "none",
      why: "speciaal onderwijs werkt met andere budgetten en groepsgroottes",
    },
  ],
  vo: [
    {
      key: "leerlingen|vo",
      label: "aantal leerlingen (logaritmisch)",
      weight: 0.7,
      transform: "log",
      why: "grootte bepaalt veel: van schaalvoordelen tot het aanbod van opleidingen",
    },
    {
      key: "vestigingen|vo",
      label: "aantal vestigingen",
      weight: 0.3,
      transform: "log",
      why: "veel kleine vestigingen vragen een andere organisatie dan één grote",
    },
  ],
};

export interface Similar {
  index: number;
  distance: number;
  /** Features that could be compared (both boards have a value). */
  used: string[];
}

/**
 * The k boards of the same sector nearest to `board` on z-scored features (weighted Euclidean distance).
 * A feature missing for either board is left out of that pair and the remaining weights are rescaled,
 * so a missing value never counts as 0. Ties break on board index.
 */
export function similarBoards(file: PeerFile, board: number, sector: Sector, k: number): Similar[] {
  return similarityOf(file, sector)(board).slice(0, k);
}

/**
 * {@link similarBoards} for many boards: the features are z-scored once per file and sector; the returned
 * function gives every active board of the sector ordered by distance to `board` (nearest first).
 */
export function similarityOf(file: PeerFile, sector: Sector): (board: number) => Similar[] {
  const feats = SIMILARITY[sector].map((f) => {
    const latest = latestByBoard(file, f.key);
    const vals = new Map<number, number>();
    for (const [i, { value }] of latest) {
      if (f.transform === "log") {
        if (value > 0) vals.set(i, Math.log10(value));
      } else vals.set(i, value);
    }
    const xs = [...vals.values()];
    const mean = xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length || 1)) || 1;
    return { ...f, z: new Map([...vals].map(([i, v]) => [i, (v - mean) / sd])) };
  });
  return (board) => {
    const self = feats.map((f) => f.z.get(board));
    if (self.every((v) => v === undefined)) return [];
    const out: Similar[] = [];
    file.boards.forEach((b, i) => {
      if (i === board || !b.s.includes(sector) || !b.a) return;
      let sum = 0;
      let wsum = 0;
      const used: string[] = [];
      feats.forEach((f, j) => {
        const a = self[j];
        const v = f.z.get(i);
        if (a === undefined || v === undefined) return;
        sum += f.weight * (a - v) ** 2;
        wsum += f.weight;
        used.push(f.label);
      });
      // The first feature (pupils) must be comparable, else the pair is not similar in any useful sense.
      if (wsum === 0 || !used.includes(feats[0]!.label)) return;
      out.push({ index: i, distance: Math.sqrt(sum / wsum), used });
    });
    return out.sort((a, b) => a.distance - b.distance || a.index - b.index);
  };
}

export interface Distribution {
  n: number;
  q1: number;
  median: number;
  q3: number;
  min: number;
  max: number;
}

/** Quartiles of a list of values (d3's R-7); undefined for an empty list. */
export function distributionOf(values: number[]): Distribution | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return {
    n: s.length,
    q1: quantileSorted(s, 0.25)!,
    median: quantileSorted(s, 0.5)!,
    q3: quantileSorted(s, 0.75)!,
    min: s[0]!,
    max: s.at(-1)!,
  };
}

export interface GroupResult {
  /** Peers with a value in the board's latest year. */
  values: { index: number; value: number }[];
  /** Peers in the group without a value that year (left out of the distribution). */
  withoutValue: number;
  distribution?: Distribution;
  position?: Position;
}

/** The board against a group for one indicator, in the board's latest year. */
export function compareIndicator(
  file: PeerFile,
  key: string,
  board: number,
  group: number[],
): { year?: number; value?: number; result: GroupResult } {
  const own = latestByBoard(file, key).get(board);
  if (!own) return { result: { values: [], withoutValue: group.length } };
  const values = group.flatMap((i) => {
    const v = valueAt(file, key, i, own.year);
    return v === undefined ? [] : [{ index: i, value: v }];
  });
  const sorted = [...values.map((v) => v.value), own.value].sort((a, b) => a - b);
  const result: GroupResult = { values, withoutValue: group.length - values.length };
  const dist = distributionOf(values.map((v) => v.value));
  if (dist) result.distribution = dist;
  const pos = positionInSorted(own.value, sorted);
  if (pos) result.position = pos;
  return { year: own.year, value: own.value, result };
}

/** Per year the median of the group and the board's value, for the trend chart. */
export function trendAgainstGroup(
  file: PeerFile,
  key: string,
  board: number,
  group: number[],
): { year: number; board?: number; median?: number; q1?: number; q3?: number; n: number }[] {
  const ind = indicatorOf(file, key);
  if (!ind) return [];
  const rows = new Map(ind.rows.map((r) => [r[0], r]));
  return ind.years.map((year, k) => {
    const own = rows.get(board)?.[k + 1];
    const vals = group
      .map((i) => rows.get(i)?.[k + 1])
      .filter((v): v is number => v !== null && v !== undefined);
    const d = distributionOf(vals);
    return {
      year,
      ...(own !== null && own !== undefined ? { board: own } : {}),
      ...(d ? { median: d.median, q1: d.q1, q3: d.q3 } : {}),
      n: vals.length,
    };
  });
}

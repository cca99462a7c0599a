// The one definition of "vergelijkbare besturen", the default comparison group: used by the board page, the
// praatplaat and the default group of /vergelijk/. Pure (no data access), so it runs at build time and in the
// browser alike.
import type { Sector } from "../data/registry.ts";

/** What the rule needs to know of a board. */
export interface PeerCandidate {
  id: string;
  active: boolean;
  sectors: readonly Sector[];
  sizeClass: Partial<Record<Sector, string>>;
}

/** The rule in one sentence, as the pages state it. */
export const PEER_RULE =
  "Vergelijkbare besturen zijn de actieve besturen van dezelfde sector en grootteklasse met een waarde in hetzelfde jaar; het bestuur zelf telt mee in het aantal.";

/**
 * True when `other` is one of the vergelijkbare besturen of `self` in `sector`: active, in the sector, and of
 * the same size class. The board itself is not its own peer here (it is added to every group separately), and
 * a board without a size class has no peers.
 */
export function isPeer(self: PeerCandidate, other: PeerCandidate, sector: Sector): boolean {
  const cls = self.sizeClass[sector];
  return (
    cls !== undefined &&
    other.id !== self.id &&
    other.active &&
    other.sectors.includes(sector) &&
    other.sizeClass[sector] === cls
  );
}

export interface PeerGroup {
  /** Board ids in the group, the board itself included, ascending. */
  members: string[];
  /** Their values, ascending. */
  sorted: number[];
}

/**
 * The vergelijkbare besturen of `self` for one indicator and year: the peers with a value in `values`
 * (board id → value in that year) plus the board itself. Undefined when the board has no size class or no
 * value that year.
 */
export function peerGroup(
  self: PeerCandidate,
  sector: Sector,
  values: Iterable<readonly [string, number]>,
  candidate: (id: string) => PeerCandidate | undefined,
): PeerGroup | undefined {
  if (self.sizeClass[sector] === undefined) return undefined;
  const rows: [string, number][] = [];
  let own = false;
  for (const [id, v] of values) {
    if (id === self.id) {
      own = true;
      rows.push([id, v]);
      continue;
    }
    const c = candidate(id);
    if (c && isPeer(self, c, sector)) rows.push([id, v]);
  }
  if (!own) return undefined;
  return {
    members: rows.map(([id]) => id).sort(),
    sorted: rows.map(([, v]) => v).sort((a, b) => a - b),
  };
}

/**
 * The active boards of one sector and size class that have a value in `values`, by isPeer (the one rule, with
 * a self that is no board): every board's group in that class is these plus the board itself. Sorted by id.
 */
export function classMembers(
  sector: Sector,
  cls: string,
  values: Iterable<readonly [string, number]>,
  candidate: (id: string) => PeerCandidate | undefined,
): [string, number][] {
  const nobody: PeerCandidate = { id: "", active: true, sectors: [sector], sizeClass: { [sector]: cls } };
  const rows: [string, number][] = [];
  for (const [id, v] of values) {
    const c = candidate(id);
    if (c && isPeer(nobody, c, sector)) rows.push([id, v]);
  }
  return rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Where `x` goes in the ascending `sorted` (after equal values). */
function insertAt<T>(sorted: readonly T[], x: T, less: (a: T, b: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (less(x, sorted[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * peerGroup of `self` (its value `value` that year) from its class's group `members` (classMembers as a
 * PeerGroup: ids ascending, values ascending): the same group, without a pass over every board. A member gets
 * the class's group itself (shared, not copied; never mutate it).
 */
export function groupWithSelf(self: Pick<PeerCandidate, "id">, value: number, group: PeerGroup): PeerGroup {
  const at = insertAt(group.members, self.id, (a, b) => a < b);
  if (group.members[at - 1] === self.id) return group;
  const members = [...group.members];
  members.splice(at, 0, self.id);
  const sorted = [...group.sorted];
  sorted.splice(
    insertAt(sorted, value, (a, b) => a < b),
    0,
    value,
  );
  return { members, sorted };
}

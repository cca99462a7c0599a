// Build time: what search knows about schools and boards. Pagefind records of their own kind for every
// vestiging (leading to its row on the board page) and for every board, weighted so that current schools and
// active boards rank above closed schools and former boards; and one compact names index (/zoekindex.json) for
// exact codes, forgiving queries and suggestions while typing (see fuzzy.ts).
import type { BoardOut } from "../data/build.ts";
import type { VestigingOut } from "../data/entities.ts";
import { formatNumber } from "../format.ts";
import { SCHOOL_KIND, vestigingAnchor } from "./schoolsView.ts";

/** The part of a board's data that search needs. */
export type SearchBoard = Pick<
  BoardOut,
  | "id"
  | "name"
  | "otherNames"
  | "active"
  | "sectors"
  | "municipality"
  | "province"
  | "schools"
  | "vestigingFacts"
  | "successor"
>;

/** One vestiging as search sees it: under the board that holds it now (an active board wins). */
export interface SearchSchool {
  code: string;
  name: string;
  kind: VestigingOut["type"];
  place?: string;
  municipality?: string;
  board: SearchBoard;
  /** Latest pupil count and its year. */
  pupils?: { value: number; year: number };
  /** At an active board and counted in one of the two newest years. */
  current: boolean;
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** Every vestiging once, at the board holding it now: an active board where it is current wins, then the newest count. */
export function searchSchools(boards: readonly SearchBoard[]): SearchSchool[] {
  const best = new Map<string, SearchSchool>();
  for (const b of boards)
    for (const s of b.schools)
      for (const v of s.vestigingen) {
        const f = b.vestigingFacts?.[v.code];
        const count =
          f?.pupils?.latest ??
          (v.pupils !== undefined ? { value: v.pupils, year: v.pupilsYear! } : undefined);
        const year = count?.year ?? v.pupilsYear;
        const school: SearchSchool = {
          code: v.code,
          name: v.name,
          kind: v.type,
          ...(f?.place ? { place: f.place } : {}),
          ...(v.municipality ? { municipality: v.municipality } : {}),
          board: b,
          ...(count ? { pupils: count } : {}),
          current: b.active && (year === undefined || year >= 2024),
        };
        const prev = best.get(v.code);
        const rank = (x: SearchSchool) => [x.current ? 1 : 0, x.board.active ? 1 : 0, x.pupils?.year ?? 0];
        const [a, bb] = [rank(school), prev ? rank(prev) : [-1, -1, -1]];
        if (
          !prev ||
          a[0]! > bb[0]! ||
          (a[0] === bb[0] && (a[1]! > bb[1]! || (a[1] === bb[1] && a[2]! > bb[2]!)))
        )
          best.set(v.code, school);
      }
  return [...best.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** "basisschool De Regenboog" but "Basisschool De Regenboog" alone when the name already says what it is. */
export function schoolLabel(s: Pick<SearchSchool, "name" | "kind">): string {
  const kind = SCHOOL_KIND[s.kind];
  const first = kind.split(" ")[0]!;
  return s.name.toLowerCase().includes(first) ? s.name : `${kind} ${s.name}`;
}

/** "Wilsum (gemeente Kampen)", "Kampen", or undefined. */
export function placeLabel(s: Pick<SearchSchool, "place" | "municipality">): string | undefined {
  if (s.place && s.municipality && s.place !== s.municipality)
    return `${s.place} (gemeente ${s.municipality})`;
  return s.place ?? s.municipality;
}

/** The result title of a school: "basisschool De Regenboog, Kampen — bestuur Stichting Iris". */
export const schoolTitle = (s: SearchSchool): string =>
  `${schoolLabel(s)}${(s.place ?? s.municipality) ? `, ${s.place ?? s.municipality}` : ""} — bestuur ${s.board.name}`;

/** A tiny HTML document Pagefind indexes as one result; `weight` per part (Pagefind: 0-10, default 1). */
function doc(
  title: string,
  parts: [string, number][],
  meta: Record<string, string>,
  filters: [string, string][],
) {
  return [
    `<html lang="nl"><head><title>${esc(title)}</title></head><body><main data-pagefind-body>`,
    ...Object.entries(meta).map(([k, v]) => `<span hidden data-pagefind-meta="${k}:${esc(v)}"></span>`),
    ...filters.map(([k, v]) => `<span hidden data-pagefind-filter="${k}:${esc(v)}"></span>`),
    ...parts.filter(([t]) => t).map(([t, w]) => `<p data-pagefind-weight="${w}">${esc(t)}</p>`),
    "</main></body></html>",
  ].join("");
}

/** The Pagefind record of a vestiging: leads to its row on the board page; current schools weigh more. */
export function schoolRecord(s: SearchSchool): { url: string; content: string } {
  const w = s.current ? 1 : 0.4;
  const where = placeLabel(s);
  const summary = [
    `${SCHOOL_KIND[s.kind]}${where ? ` in ${where}` : ""}`,
    s.pupils ? `${formatNumber(s.pupils.value)} leerlingen (${s.pupils.year})` : undefined,
    `bestuur ${s.board.name}${s.board.active ? "" : " (niet meer actief)"}`,
    s.current ? undefined : "staat niet in de nieuwste lijsten",
  ]
    .filter(Boolean)
    .join(" · ");
  return {
    url: `/besturen/${s.board.id}/#${vestigingAnchor(s.code)}`,
    content: doc(
      schoolTitle(s),
      [
        [s.name, 8 * w],
        [[s.place, s.municipality].filter(Boolean).join(" "), 6 * w],
        [`${s.code} ${s.code.slice(0, 4)}`, 5 * w],
        [s.board.name, 0.5 * w],
      ],
      { title: schoolTitle(s), summary },
      [
        ["soort", "school"],
        ["sector", s.kind === "vo" ? "vo" : "po"],
        ...(s.board.province ? ([["provincie", s.board.province]] as [string, string][]) : []),
      ],
    ),
  };
}

/** The Pagefind record of a board: an active board's name weighs most, a former board's much less. */
export function boardRecord(
  b: SearchBoard,
  nameOf: (id: string) => string | undefined,
): { url: string; content: string } {
  const w = b.active ? 1 : 0.35;
  const next = b.successor?.successors.map((s) => nameOf(s.board)).filter(Boolean) ?? [];
  const summary = [
    `Schoolbestuur ${b.id}`,
    b.sectors.join(" en "),
    b.municipality,
    b.active ? "actief" : "niet meer actief",
    next.length ? `scholen nu onder ${next.join(" en ")}` : undefined,
  ]
    .filter(Boolean)
    .join(" · ");
  const schoolNames = [...new Set(b.schools.flatMap((s) => s.vestigingen.map((v) => v.name)))].sort();
  return {
    url: `/besturen/${b.id}/`,
    content: doc(
      b.name,
      [
        [b.name, 10 * w],
        [b.otherNames.join("; "), 5 * w],
        [b.id, 6],
        [[b.municipality, b.province].filter(Boolean).join(" "), 2 * w],
        [schoolNames.length ? `Scholen: ${schoolNames.join("; ")}` : "", 0.5 * w],
      ],
      { title: b.name, summary },
      [
        ["soort", "bestuur"],
        ...b.sectors.map((s) => ["sector", s] as [string, string]),
        ...(b.province ? ([["provincie", b.province]] as [string, string][]) : []),
      ],
    ),
  };
}

/**
 * The names index (`/zoekindex.json`): boards `[id, name, place, active 0|1]`, current schools
 * `[name, place index, board index, code, kind index]` (places de-duplicated in `p`), and `x`: the codes of the
 * other vestigingen as `code board-index` pairs, for exact-code lookup only.
 */
export interface NamesIndex {
  v: 1;
  p: string[];
  b: [string, string, number, 0 | 1][];
  s: [string, number, number, string, number][];
  x: string;
  k: string[];
}

export const KINDS = ["bo", "sbo", "so", "vso", "vo"] as const;

/** Builds the names index from the boards and their schools. */
export function namesIndex(boards: readonly SearchBoard[], schools: readonly SearchSchool[]): NamesIndex {
  const places: string[] = [];
  const placeIdx = new Map<string, number>();
  const place = (p: string | undefined) => {
    const key = p ?? "";
    let i = placeIdx.get(key);
    if (i === undefined) {
      placeIdx.set(key, (i = places.length));
      places.push(key);
    }
    return i;
  };
  const sorted = [...boards].sort((a, b) => a.id.localeCompare(b.id));
  const boardIdx = new Map(sorted.map((b, i) => [b.id, i]));
  const b: NamesIndex["b"] = sorted.map((x) => [x.id, x.name, place(x.municipality), x.active ? 1 : 0]);
  const s: NamesIndex["s"] = [];
  const x: string[] = [];
  const seen = new Set<string>();
  for (const sc of schools) {
    const bi = boardIdx.get(sc.board.id)!;
    const where =
      sc.place && sc.municipality && sc.place !== sc.municipality
        ? `${sc.place}, ${sc.municipality}`
        : (sc.place ?? sc.municipality);
    const pi = place(where);
    // Several vestigingen of one board with the same name and place are one suggestion (the first code's row).
    const key = `${sc.name}|${pi}|${bi}`;
    if (sc.current && !seen.has(key)) {
      seen.add(key);
      s.push([sc.name, pi, bi, sc.code, KINDS.indexOf(sc.kind)]);
    } else x.push(`${sc.code} ${bi}`);
  }
  return { v: 1, p: places, b, s, x: x.join(" "), k: KINDS.map((k) => SCHOOL_KIND[k]) };
}

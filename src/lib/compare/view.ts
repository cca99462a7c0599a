// What /vergelijk/ and its praatplaat show, as pure `(state, data) → view` functions: the group with its
// definition in words and its warnings, and one overview row per chosen indicator in the board page's wording
// (positionShort, barOf). No DOM; unit-tested without a browser.
import type { PeerFile } from "../data/output.ts";
import type { IndicatorDef, Sector } from "../data/registry.ts";
import { andWords, formatNumber, formatValue, formatYear } from "../format.ts";
import { PEER_RULE } from "../site/peerGroup.ts";
import { barOf, type OverviewBar } from "../site/overviewView.ts";
import {
  compareIndicator,
  defaultPeers,
  latestByBoard,
  schoolTypesOf,
  selectPeers,
  similarBoards,
  SIMILARITY,
  SCHOOL_TYPES,
  type GroupResult,
} from "./peers.ts";
import type { CompareState, KnownValues } from "./state.ts";

/** The part of an indicator definition the comparison needs (shipped to the browser as JSON). */
export type CompareDef = Pick<
  IndicatorDef,
  | "id"
  | "label"
  | "short"
  | "unit"
  | "decimals"
  | "yearKind"
  | "direction"
  | "sectors"
  | "level"
  | "field"
  | "signal"
>;

/** Everything the views read: the peer file, the definitions (a Map: ids come from the URL) and labels. */
export interface CompareData {
  file: PeerFile;
  defs: Map<string, CompareDef>;
  fields: { id: string; label: string }[];
  sizeLabels: Record<Sector, { id: string; label: string }[]>;
  /** SWV code → name, for the group's definition in words. */
  swvNames?: Map<string, string>;
  /** Indicator keys ("id|sector") that exist, when `file.indicators` holds only the parts loaded so far. */
  available?: ReadonlySet<string>;
}

/** Fewer boards than this in a group (the board counted in): the page warns that positions say little. */
export const SMALL_GROUP = 10;

export interface GroupView {
  board: { index: number; id: string; name: string };
  sector: Sector;
  mode: CompareState["mode"];
  /** Board indices of the others in the group. */
  members: number[];
  /** The group's size with the board itself. */
  size: number;
  /** The group in one short phrase, for headings and captions. */
  title: string;
  /** The group's definition in words, one or more sentences. */
  definition: string;
  /** Things that make the comparison weaker: a very small group, mixed school types. */
  warnings: string[];
}

const n = (v: number) => formatNumber(v);
const nl2 = (v: number) => v.toLocaleString("nl-NL", { maximumFractionDigits: 2 });

/** The index of the state's board in the peer file, or undefined. */
export function boardIndexOf(file: PeerFile, id: string | undefined): number | undefined {
  if (!id) return undefined;
  const i = file.boards.findIndex((b) => b.id === id);
  return i < 0 ? undefined : i;
}

/** The sector the comparison is about: the state's, unless the board is not in it. */
export function sectorFor(file: PeerFile, index: number, sector: Sector): Sector {
  const b = file.boards[index]!;
  return b.s.includes(sector) ? sector : (b.s[0] ?? sector);
}

/** The criteria of an own group in words: "po-besturen in Utrecht, met 500 tot en met 2.000 leerlingen, …". */
export function criteriaText(state: CompareState, data: CompareData, sector: Sector): string {
  const c = state.criteria;
  const parts: string[] = [];
  const sizes = c.sizeClasses.map((id) => data.sizeLabels[sector].find((s) => s.id === id)?.label ?? id);
  if (sizes.length) parts.push(`grootteklasse ${andWords(sizes)}`);
  if (c.schoolTypes.length)
    parts.push(
      `alleen met ${andWords(c.schoolTypes.map((t) => SCHOOL_TYPES[sector].find((s) => s.id === t)?.label ?? t))}`,
    );
  if (c.provinces.length) parts.push(`in ${andWords(c.provinces)}`);
  if (c.municipalities.length) parts.push(`gemeente ${andWords(c.municipalities)}`);
  if (c.denominations.length) parts.push(`denominatie ${andWords(c.denominations)}`);
  if (c.swv.length)
    parts.push(
      `samenwerkingsverband ${andWords(c.swv.map((code) => (data.swvNames?.get(code) ? `${code} (${data.swvNames.get(code)})` : code)))}`,
    );
  const range = (what: string, a?: number, b?: number) =>
    a !== undefined && b !== undefined
      ? `${what} van ${nl2(a)} tot en met ${nl2(b)}`
      : a !== undefined
        ? `${what} vanaf ${nl2(a)}`
        : b !== undefined
          ? `${what} tot en met ${nl2(b)}`
          : "";
  const pupils = range("leerlingen", c.pupilsMin, c.pupilsMax);
  if (pupils) parts.push(pupils);
  const ach = range("achterstandsscore", c.achterstandMin, c.achterstandMax);
  if (ach) parts.push(ach);
  const who = c.activeOnly ? `actieve ${sector}-besturen` : `${sector}-besturen (ook opgeheven)`;
  const picked = c.include.length
    ? `${c.onlyPicked ? "Alleen" : "Plus"} ${n(c.include.length)} op naam gekozen ${c.include.length === 1 ? "bestuur" : "besturen"}.`
    : "";
  if (c.onlyPicked) return `Eigen groep: ${picked.replace(/^Alleen /, "alleen ")}`;
  return `Eigen groep: ${who}${parts.length ? `, ${parts.join("; ")}` : " (geen criteria gekozen)"}. ${picked}`.trim();
}

/** The group the state asks for, with its definition and warnings; undefined without a (known) board. */
export function groupView(state: CompareState, data: CompareData): GroupView | undefined {
  const { file } = data;
  const index = boardIndexOf(file, state.board);
  if (index === undefined) return undefined;
  const b = file.boards[index]!;
  const sector = sectorFor(file, index, state.criteria.sector);
  const sizeText = data.sizeLabels[sector].find((s) => s.id === b.c[sector])?.label ?? "onbekende grootte";
  let members: number[];
  let title: string;
  let definition: string;
  if (state.mode === "vergelijkbaar") {
    members = similarBoards(file, index, sector, state.k).map((s) => s.index);
    title = `de ${n(members.length)} meest gelijkende ${sector}-besturen`;
    definition =
      `De ${n(members.length)} actieve ${sector}-besturen die het meest op ${b.n} lijken, gemeten op: ` +
      SIMILARITY[sector]
        .map((f) => `${f.label} (gewicht ${formatNumber(f.weight * 100)}%: ${f.why})`)
        .join("; ") +
      ". Elk kenmerk is eerst omgerekend naar een standaardscore, zodat grote en kleine getallen even zwaar tellen. Ontbreekt een kenmerk bij een van beide besturen, dan telt het voor dat paar niet mee.";
  } else if (state.mode === "eigen") {
    members = selectPeers(file, index, { ...state.criteria, sector });
    title = "de eigen groep";
    definition = criteriaText(state, data, sector);
  } else {
    members = defaultPeers(file, index, sector);
    title = `vergelijkbare besturen (${sector}, ${sizeText})`;
    definition = `${PEER_RULE} Grootteklasse van ${b.n}: ${sizeText}.`;
  }
  if (state.mode !== "vergelijkbaar" && (state.mode === "grootte" || state.criteria.sizeClasses.length))
    definition +=
      " De grootteklasse is die van nu (het nieuwste aantal leerlingen), ook voor cijfers uit oudere jaren.";
  const size = members.length + 1;
  const warnings: string[] = [];
  if (size < SMALL_GROUP)
    warnings.push(
      `De groep is klein: ${n(size)} besturen met ${b.n} erbij. Eén bestuur meer of minder verschuift de plek al veel; lees de plek als een indruk.`,
    );
  const mixed = mixedTypes([index, ...members], file, sector);
  if (mixed) warnings.push(mixed);
  return {
    board: { index, id: b.id, name: b.n },
    sector,
    mode: state.mode,
    members,
    size,
    title,
    definition,
    warnings,
  };
}

/**
 * A warning when a group mixes boards with regular schools (bo, vo) and boards with only special education
 * (sbo, so, vso): their budgets and group sizes differ. Boards whose school types are unknown are not counted.
 */
export function mixedTypes(indices: number[], file: PeerFile, sector: Sector): string | undefined {
  const regular = sector === "po" ? "bo" : "vo";
  let special = 0;
  let withRegular = 0;
  for (const i of indices) {
    const t = schoolTypesOf(file.boards[i]!, sector);
    if (t.length === 0) continue;
    if (t.includes(regular)) withRegular++;
    else special++;
  }
  if (!special || !withRegular) return undefined;
  const what =
    sector === "po" ? "speciaal (basis)onderwijs (sbo, so of vso)" : "voortgezet speciaal onderwijs (vso)";
  return `De groep mengt schoolsoorten: ${n(withRegular)} ${withRegular === 1 ? "bestuur" : "besturen"} met reguliere scholen en ${n(special)} met alleen ${what}. Die werken met andere budgetten en groepsgroottes; kies eventueel een schoolsoort bij de eigen criteria.`;
}

/** One row of the overview: one chosen indicator. */
export interface OverviewLine {
  id: string;
  label: string;
  fieldLabel: string;
  /** Formatted value and year of the board; absent when the board has no figure. */
  value?: string;
  year?: string;
  yearNumber?: number;
  bar?: OverviewBar;
  median?: string;
  q1?: string;
  q3?: string;
  /** Boards with a value in that year, the board included. */
  n: number;
  /** Why fewer boards have a value than the group has, in words; absent when all have one. */
  gap?: string;
  result?: GroupResult;
}

/** Why group members have no value in `year`: no figure at all, or only in other years. */
export function gapText(
  file: PeerFile,
  key: string,
  year: number,
  without: number[],
  yearText: string,
): string | undefined {
  if (without.length === 0) return undefined;
  const latest = latestByBoard(file, key);
  let none = 0;
  let older = 0;
  let other = 0;
  for (const i of without) {
    const l = latest.get(i);
    if (!l) none++;
    else if (l.year < year) older++;
    else other++;
  }
  const parts = [
    none ? `${n(none)} geen cijfer (ontbreekt in de bron, of weggelaten als onwaarschijnlijk)` : "",
    older ? `${n(older)} alleen een ouder cijfer` : "",
    other ? `${n(other)} wel een cijfer in een ander jaar, niet in ${yearText}` : "",
  ].filter(Boolean);
  return `${n(without.length)} zonder cijfer in ${yearText}: ${parts.join("; ")}.`;
}

/** The overview: one row per chosen indicator that exists, in the state's order. */
export function overviewLines(state: CompareState, data: CompareData, group: GroupView): OverviewLine[] {
  const out: OverviewLine[] = [];
  for (const id of state.indicators) {
    const def = data.defs.get(id);
    if (!def || !def.sectors.includes(group.sector)) continue;
    const key = `${id}|${group.sector}`;
    const fieldLabel = data.fields.find((f) => f.id === def.field)?.label ?? "";
    const mine = compareIndicator(data.file, key, group.board.index, group.members);
    if (mine.value === undefined || mine.year === undefined) {
      out.push({ id, label: def.short, fieldLabel, n: 0, result: mine.result });
      continue;
    }
    const yearText = formatYear(mine.year, def.yearKind);
    const have = new Set(mine.result.values.map((v) => v.index));
    const without = group.members.filter((i) => !have.has(i));
    const p = mine.result.position;
    const f = (v: number) => formatValue(v, def);
    const gap = gapText(data.file, key, mine.year, without, yearText);
    out.push({
      id,
      label: def.short,
      fieldLabel,
      value: f(mine.value),
      year: yearText,
      yearNumber: mine.year,
      n: mine.result.values.length + 1,
      result: mine.result,
      ...(p ? { bar: barOf(p, def.direction), median: f(p.median), q1: f(p.q1), q3: f(p.q3) } : {}),
      ...(gap ? { gap } : {}),
    });
  }
  return out;
}

/** What a URL may be checked against, from the data: indicator ids per sector, boards, lists, size classes. */
export function knownValues(data: CompareData): KnownValues {
  const { file } = data;
  return {
    indicators: (sector) =>
      [...data.defs.values()]
        .filter(
          (d) =>
            d.level === "board" &&
            d.sectors.includes(sector) &&
            (data.available
              ? data.available.has(`${d.id}|${sector}`)
              : Object.hasOwn(file.indicators, `${d.id}|${sector}`)),
        )
        .map((d) => d.id),
    sizeClasses: (sector) => data.sizeLabels[sector].map((s) => s.id),
    boards: file.boards.map((b) => b.id),
    municipalities: file.boards.flatMap((b) => (b.m ? [b.m] : [])),
    denominations: file.boards.flatMap((b) => (b.d ? [b.d] : [])),
    swv: [...(data.swvNames?.keys() ?? []), ...file.boards.flatMap((b) => b.w)],
  };
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/**
 * Boards matching loose text: every word must occur in the name, the municipality or the number (accents and
 * case ignored). Active boards only unless `inactive`. Indices, best first: name starts with the text, then by name.
 */
export function matchBoards(file: PeerFile, text: string, inactive = false): number[] {
  const words = fold(text)
    .split(/[\s,()]+/)
    .filter(Boolean);
  if (!words.length) return [];
  const q = fold(text.trim());
  const out: { i: number; starts: boolean; name: string }[] = [];
  file.boards.forEach((b, i) => {
    if (!inactive && !b.a) return;
    const hay = fold(`${b.n} ${b.m ?? ""} ${b.id}`);
    if (words.every((w) => hay.includes(w))) out.push({ i, starts: fold(b.n).startsWith(q), name: b.n });
  });
  return out
    .sort((a, b) => Number(b.starts) - Number(a.starts) || a.name.localeCompare(b.name, "nl") || a.i - b.i)
    .map((x) => x.i);
}

/** The board picker's suggestions: loose matches (matchBoards) as name, "place · number" and the field's value. */
export function boardSuggestions(
  file: PeerFile,
  text: string,
  inactive = false,
  max = 8,
): { name: string; detail: string; value: string }[] {
  return matchBoards(file, text, inactive)
    .slice(0, max)
    .map((i) => {
      const b = file.boards[i]!;
      return {
        name: b.n,
        detail: [b.m, `bestuur ${b.id}`, b.a ? "" : "opgeheven"].filter(Boolean).join(" · "),
        value: `${b.n} (${b.id})`,
      };
    });
}

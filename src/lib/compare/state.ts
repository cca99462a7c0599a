// The whole /vergelijk/ state in the URL: reload or a shared link shows the same comparison. The URL comes from
// anyone (a shared link, a typo, a hostile page), so every part is checked: unknown, malformed or oversized parts
// fall back to a default and say so in a notice; nothing in the URL is used as an object key unchecked.
import type { Sector } from "../data/registry.ts";
import { emptyCriteria, SCHOOL_TYPES, type Criteria } from "./peers.ts";

export type GroupMode = "grootte" | "vergelijkbaar" | "eigen";

export interface CompareState {
  board?: string;
  mode: GroupMode;
  k: number;
  criteria: Criteria;
  indicators: string[];
}

export const DEFAULT_INDICATORS: Record<Sector, string[]> = {
  po: [
    "leerlingen",
    "aandeel-speciaal",
    "personeel-personen",
    "leerlingen-per-medewerker",
    "solvabiliteit-2",
  ],
  vo: ["leerlingen", "slaagpercentage", "vsv", "zittenblijven"],
};

/** The twelve provinces, as the board data spells them. */
export const PROVINCES = [
  "Drenthe",
  "Flevoland",
  "Friesland",
  "Gelderland",
  "Groningen",
  "Limburg",
  "Noord-Brabant",
  "Noord-Holland",
  "Overijssel",
  "Utrecht",
  "Zeeland",
  "Zuid-Holland",
] as const;

/** Limits on what a URL may ask for; beyond them the rest is left out (with a notice). */
export const LIMITS = {
  /** Longer query strings are not read at all. */
  query: 8000,
  /** Items per list parameter (indicators, picks, municipalities, …). */
  items: 60,
  /** Characters per list item. */
  item: 80,
  /** Absolute value of a number in a range. */
  number: 1e9,
} as const;

/** What the URL may be checked against: the values that exist (from the data). Each is optional. */
export interface KnownValues {
  /** Indicator ids that can be compared in a sector. */
  indicators?: (sector: Sector) => Iterable<string>;
  sizeClasses?: (sector: Sector) => Iterable<string>;
  municipalities?: Iterable<string>;
  denominations?: Iterable<string>;
  swv?: Iterable<string>;
  /** Board ids in the data. */
  boards?: Iterable<string>;
}

/** The state read from a URL and what was left out or changed, in plain Dutch (one sentence each). */
export interface DecodedState {
  state: CompareState;
  notices: string[];
}

// A quoted bit of the URL in a notice: short, and only printable characters (the notice is text, never HTML).
const quoted = (s: string) => {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not be echoed
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
  return `"${clean.length > 30 ? `${clean.slice(0, 30)}…` : clean}"`;
};
const some = (xs: string[]) =>
  xs.length <= 3
    ? xs.map(quoted).join(", ")
    : `${xs.slice(0, 3).map(quoted).join(", ")} en nog ${xs.length - 3}`;

const NUMBER = /^\d{1,10}(?:[.,]\d{1,6})?$/;
const toNumber = (v: string) => Number(v.replace(",", "."));

/**
 * Reads the state from a query string and lists every part that was left out or changed. Never throws: any
 * input gives a usable state. Lists are de-duplicated, capped at {@link LIMITS} and checked against `known`
 * where given (with `Set`, so `__proto__` or `toString` are plain unknown words).
 */
export function parseState(search: string, known: KnownValues = {}): DecodedState {
  const notices: string[] = [];
  const note = (s: string) => notices.push(s);
  let text = typeof search === "string" ? search : "";
  if (text.length > LIMITS.query) {
    note(
      `De link is te lang (${text.length.toLocaleString("nl-NL")} tekens; hooguit ${LIMITS.query.toLocaleString("nl-NL")}) en is niet gelezen. U ziet de standaardvergelijking.`,
    );
    text = "";
  }
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(text);
  } catch {
    note("De link kon niet worden gelezen. U ziet de standaardvergelijking.");
    p = new URLSearchParams();
  }
  const get = (key: string): string | null => p.get(key);

  /** A comma list: trimmed, no empty or duplicate items, capped; `keep` decides per item, `what` names the dropped. */
  const list = (key: string, what: string, keep: (s: string) => boolean = () => true): string[] => {
    const raw = get(key);
    if (!raw) return [];
    const items = raw
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const out: string[] = [];
    const dropped: string[] = [];
    const seen = new Set<string>();
    for (const s of items) {
      if (seen.has(s)) continue;
      seen.add(s);
      if (s.length > LIMITS.item || !keep(s)) dropped.push(s);
      else out.push(s);
    }
    if (dropped.length) note(`Niet herkend en weggelaten (${what}): ${some(dropped)}.`);
    if (out.length > LIMITS.items) {
      note(`Te veel ${what} in de link (${out.length}); de eerste ${LIMITS.items} zijn gebruikt.`);
      out.length = LIMITS.items;
    }
    return out;
  };
  const oneOf = (xs: Iterable<string> | undefined) => {
    if (!xs) return () => true;
    const set = new Set(xs);
    return (s: string) => set.has(s);
  };
  const range = (key: string, what: string): [number | undefined, number | undefined] => {
    const raw = get(key);
    if (raw === null || raw === "") return [undefined, undefined];
    const m = /^([^-]*)-([^-]*)$/.exec(raw);
    const parse = (s: string | undefined) => {
      if (s === undefined || s === "") return undefined;
      if (!NUMBER.test(s)) return null;
      const n = toNumber(s);
      return Number.isFinite(n) && n <= LIMITS.number ? n : null;
    };
    const a = m ? parse(m[1]) : null;
    const b = m ? parse(m[2]) : null;
    if (a === null || b === null) {
      note(`De grens voor ${what} (${quoted(raw)}) is geen getal of bereik zoals 100-500 en is weggelaten.`);
      return [undefined, undefined];
    }
    if (a !== undefined && b !== undefined && a > b) {
      note(`Bij ${what} was "vanaf" groter dan "tot en met"; de grenzen zijn omgedraaid.`);
      return [b, a];
    }
    return [a, b];
  };

  const rawSector = get("sector");
  if (rawSector !== null && rawSector !== "po" && rawSector !== "vo")
    note(`Onbekende sector ${quoted(rawSector)}; de vergelijking gaat over po.`);
  const sector: Sector = rawSector === "vo" ? "vo" : "po";
  const c = emptyCriteria(sector);
  const sizeKnown = known.sizeClasses ? new Set(known.sizeClasses(sector)) : undefined;
  c.sizeClasses = list(
    "grootte",
    "grootteklassen",
    (s) => s.startsWith(`${sector}-`) && (sizeKnown ? sizeKnown.has(s) : /^(po|vo)-\d{1,2}$/.test(s)),
  );
  c.provinces = list("provincie", "provincies", oneOf(PROVINCES));
  c.municipalities = list("gemeente", "gemeenten", oneOf(known.municipalities));
  c.denominations = list("denominatie", "denominaties", oneOf(known.denominations));
  const types = new Set(SCHOOL_TYPES[sector].map((t) => t.id));
  c.schoolTypes = list("soort", "schoolsoorten", (t) => types.has(t));
  const swvKnown = oneOf(known.swv);
  c.swv = list("swv", "samenwerkingsverbanden", (s) => /^[A-Za-z]{2}[0-9A-Za-z.-]{1,8}$/.test(s)).map((s) =>
    s.toUpperCase(),
  );
  const swvUnknown = c.swv.filter((s) => !swvKnown(s));
  if (swvUnknown.length) {
    note(`Niet herkend en weggelaten (samenwerkingsverbanden): ${some(swvUnknown)}.`);
    c.swv = c.swv.filter((s) => swvKnown(s));
  }
  [c.pupilsMin, c.pupilsMax] = range("leerlingen", "het aantal leerlingen");
  [c.achterstandMin, c.achterstandMax] = range("achterstand", "de achterstandsscore");
  const boardKnown = oneOf(known.boards);
  c.include = list("kies", "gekozen besturen", (id) => /^\d{5}$/.test(id) && boardKnown(id));
  const alleen = get("alleen");
  c.onlyPicked = alleen === "1";
  const actief = get("actief");
  c.activeOnly = actief !== "0";

  const mode = get("groep");
  if (mode !== null && mode !== "grootte" && mode !== "vergelijkbaar" && mode !== "eigen")
    note(`Onbekende soort groep ${quoted(mode)}; de vergelijkbare besturen zijn gebruikt.`);
  const rawK = get("k");
  let k = 20;
  if (rawK !== null && rawK !== "") {
    const n = NUMBER.test(rawK.replace(/^-/, "")) ? toNumber(rawK) : NaN;
    if (!Number.isFinite(n))
      note(`Het aantal gelijkende besturen (${quoted(rawK)}) is geen getal; 20 gebruikt.`);
    else {
      k = Math.max(3, Math.min(100, Math.round(n)));
      if (k !== Math.round(n))
        note(`Het aantal gelijkende besturen moet tussen 3 en 100 liggen; ${k} gebruikt.`);
    }
  }
  const board = get("bestuur");
  let boardOk = board !== null && /^\d{5}$/.test(board);
  if (board !== null && board !== "" && !boardOk)
    note(`${quoted(board)} is geen bestuursnummer (vijf cijfers); kies een bestuur.`);
  else if (boardOk && !boardKnown(board!)) {
    note(`Bestuur ${quoted(board!)} staat niet in de gegevens; kies een bestuur.`);
    boardOk = false;
  }
  const indKnown = known.indicators ? new Set(known.indicators(sector)) : undefined;
  let indicators = list("ind", "indicatoren", (id) =>
    indKnown ? indKnown.has(id) : /^[a-z][a-z0-9-]{0,60}$/.test(id),
  );
  if (!indicators.length) {
    if (get("ind")?.trim().replaceAll(",", ""))
      note("Geen van de gevraagde indicatoren bestaat hier; de standaardindicatoren zijn gebruikt.");
    indicators = DEFAULT_INDICATORS[sector].filter((id) => !indKnown || indKnown.has(id));
  }
  return {
    state: {
      ...(boardOk ? { board: board! } : {}),
      mode: mode === "vergelijkbaar" || mode === "eigen" ? mode : "grootte",
      k,
      criteria: c,
      indicators,
    },
    notices,
  };
}

/** Reads the state from a query string; unknown or malformed parts fall back to defaults (see {@link parseState}). */
export function decodeState(search: string, known: KnownValues = {}): CompareState {
  return parseState(search, known).state;
}

/** Writes the state as a query string with a fixed key order (so equal states give equal links). */
export function encodeState(s: CompareState): string {
  const p = new URLSearchParams();
  const c = s.criteria;
  if (s.board) p.set("bestuur", s.board);
  p.set("sector", c.sector);
  p.set("groep", s.mode);
  if (s.mode === "vergelijkbaar") p.set("k", String(s.k));
  if (s.mode === "eigen") {
    if (c.sizeClasses.length) p.set("grootte", c.sizeClasses.join(","));
    if (c.provinces.length) p.set("provincie", c.provinces.join(","));
    if (c.municipalities.length) p.set("gemeente", c.municipalities.join(","));
    if (c.denominations.length) p.set("denominatie", c.denominations.join(","));
    if (c.swv.length) p.set("swv", c.swv.join(","));
    if (c.schoolTypes.length) p.set("soort", c.schoolTypes.join(","));
    if (c.pupilsMin !== undefined || c.pupilsMax !== undefined)
      p.set("leerlingen", `${c.pupilsMin ?? ""}-${c.pupilsMax ?? ""}`);
    if (c.achterstandMin !== undefined || c.achterstandMax !== undefined)
      p.set("achterstand", `${c.achterstandMin ?? ""}-${c.achterstandMax ?? ""}`);
    if (c.include.length) p.set("kies", c.include.join(","));
    if (c.onlyPicked) p.set("alleen", "1");
    if (!c.activeOnly) p.set("actief", "0");
  }
  p.set("ind", s.indicators.join(","));
  return `?${p.toString()}`;
}

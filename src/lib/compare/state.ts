// The whole /vergelijk/ state in the URL: reload or a shared link shows the same comparison.
import type { Sector } from "../data/registry.ts";
import { emptyCriteria, type Criteria } from "./peers.ts";

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

const list = (v: string | null): string[] =>
  v
    ? v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const num = (v: string | undefined): number | undefined =>
  v === undefined || v === "" || Number.isNaN(Number(v)) ? undefined : Number(v);
const range = (v: string | null): [number | undefined, number | undefined] => {
  if (!v) return [undefined, undefined];
  const [a, b] = v.split("-");
  return [num(a), num(b)];
};

/** Reads the state from a query string; unknown or malformed parts fall back to defaults. */
export function decodeState(search: string): CompareState {
  const p = new URLSearchParams(search);
  const sector: Sector = p.get("sector") === "vo" ? "vo" : "po";
  const c = emptyCriteria(sector);
  c.sizeClasses = list(p.get("grootte"));
  c.provinces = list(p.get("provincie"));
  c.municipalities = list(p.get("gemeente"));
  c.denominations = list(p.get("denominatie"));
  c.swv = list(p.get("swv")).map((s) => s.toUpperCase());
  [c.pupilsMin, c.pupilsMax] = range(p.get("leerlingen"));
  [c.achterstandMin, c.achterstandMax] = range(p.get("achterstand"));
  c.include = list(p.get("kies")).filter((id) => /^\d{5}$/.test(id));
  c.onlyPicked = p.get("alleen") === "1";
  c.activeOnly = p.get("actief") !== "0";
  const mode = p.get("groep");
  const k = Math.max(3, Math.min(100, Math.round(num(p.get("k") ?? undefined) ?? 20)));
  const board = p.get("bestuur");
  const indicators = list(p.get("ind"));
  return {
    ...(board && /^\d{5}$/.test(board) ? { board } : {}),
    mode: mode === "vergelijkbaar" || mode === "eigen" ? mode : "grootte",
    k,
    criteria: c,
    indicators: indicators.length ? indicators : DEFAULT_INDICATORS[sector],
  };
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

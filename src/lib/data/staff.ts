// Staff in FTE per board from DUO's functiemix (po: bao and speciaal; vo), and PO staff registered at board
// level ("bovenschools", a derived extract). Missing stays missing: a blank FTE cell never counts as 0.
import type { Tables } from "./load.ts";
import type { Sector } from "./registry.ts";
import { put, ratioPoint, Sum, type SeriesMap } from "./series.ts";
import { isNumber, type Cell } from "./values.ts";

export const FTE_INDICATORS = [
  "fte-totaal",
  "fte-op",
  "fte-oop",
  "fte-management",
  "leerling-leraarratio",
] as const;

/** Functiemix ONDERWIJSSECTOR: 1 = bao, 2 = speciaal (sbao, (v)so), 3 = vo; 4 (mbo) is not shown. */
const SECTOR_OF_CODE: Record<string, Sector | undefined> = { "1": "po", "2": "po", "3": "vo" };

/** FTE series per sector: indicator → sector → board → year. A po board with bao and speciaal rows sums both. */
export function fteSeries(rows: Tables["functiemix"]): Record<string, Record<Sector, SeriesMap>> {
  type Acc = { pupils: Sum; total: Sum; op: Sum; oop: Sum; mgr: Sum; parts: number };
  const acc = new Map<string, Acc>();
  for (const r of rows) {
    const sector = SECTOR_OF_CODE[r.sectorCode];
    if (!sector) continue;
    const k = `${sector}|${r.board}|${r.year}`;
    let a = acc.get(k);
    if (!a)
      acc.set(
        k,
        (a = {
          pupils: new Sum(),
          total: new Sum(),
          op: new Sum(),
          oop: new Sum(),
          mgr: new Sum(),
          parts: 0,
        }),
      );
    a.pupils.add(r.pupils);
    a.total.add(r.fteTotal);
    a.op.add(r.fteOp);
    a.oop.add(r.fteOop);
    a.mgr.add(r.fteManager);
    a.parts++;
  }
  const out: Record<string, Record<Sector, SeriesMap>> = Object.fromEntries(
    FTE_INDICATORS.map((id) => [id, { po: new Map(), vo: new Map() }]),
  );
  // A sum over the bao and speciaal rows: a blank part makes it a lower bound ("≥", Sum.toPoint), never 0.
  const unit = "onderdeel/onderdelen (bao, speciaal)";
  /** A sum as a ratio input: exact, or missing (a lower bound would make the ratio mislead). */
  const cellOf = (sum: Sum): Cell => {
    const p = sum.toPoint(0);
    return p.value !== undefined && !p.lowerBound
      ? p.value
      : { missing: p.lowerBound ? "incomplete" : p.missing! };
  };
  for (const [k, a] of [...acc].sort(([x], [y]) => x.localeCompare(y))) {
    const [sector, board, y] = k.split("|") as [Sector, string, string];
    const year = Number(y);
    const note = a.parts > 1 ? { note: "bao en speciaal onderwijs samen" } : {};
    put(out["fte-totaal"]![sector], board, a.total.toPoint(year, unit, note));
    put(out["fte-op"]![sector], board, a.op.toPoint(year, unit, note));
    put(out["fte-oop"]![sector], board, a.oop.toPoint(year, unit, note));
    put(out["fte-management"]![sector], board, a.mgr.toPoint(year, unit, note));
    put(
      out["leerling-leraarratio"]![sector],
      board,
      ratioPoint(year, cellOf(a.pupils), cellOf(a.op), 1, {
        ...(!a.pupils.incomplete ? { n: a.pupils.total } : {}),
        ...note,
      }),
    );
  }
  return out;
}

/** PO bovenschools staff (persons) per board and year; an empty cell was `*` (suppressed) in DUO's file. */
export function bovenschoolsSeries(rows: Tables["bovenschools"]): SeriesMap {
  const acc = new Map<string, Sum>();
  for (const r of rows) {
    const k = `${r.board}|${r.year}`;
    let sum = acc.get(k);
    if (!sum) acc.set(k, (sum = new Sum()));
    sum.add(isNumber(r.persons) ? r.persons : { missing: "suppressed" });
  }
  const out: SeriesMap = new Map();
  for (const [k, sum] of [...acc].sort(([a], [b]) => a.localeCompare(b))) {
    const [board, y] = k.split("|") as [string, string];
    put(out, board, sum.toPoint(Number(y), "rij(en)"));
  }
  return out;
}

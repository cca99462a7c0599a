// Staff in FTE per board from DUO's functiemix (po: bao and speciaal; vo), and PO staff registered at board
// level ("bovenschools", a derived extract). Missing stays missing: a blank FTE cell never counts as 0.
import type { Tables } from "./load.ts";
import type { Sector } from "./registry.ts";
import { addCells, put, ratioPoint, type SeriesMap } from "./series.ts";
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
  type Acc = {
    pupils: Cell | undefined;
    total: Cell | undefined;
    op: Cell | undefined;
    oop: Cell | undefined;
    mgr: Cell | undefined;
    parts: number;
  };
  const acc = new Map<string, Acc>();
  for (const r of rows) {
    const sector = SECTOR_OF_CODE[r.sectorCode];
    if (!sector) continue;
    const k = `${sector}|${r.board}|${r.year}`;
    const a = acc.get(k);
    if (!a)
      acc.set(k, {
        pupils: r.pupils,
        total: r.fteTotal,
        op: r.fteOp,
        oop: r.fteOop,
        mgr: r.fteManager,
        parts: 1,
      });
    else {
      a.pupils = addCells(a.pupils, r.pupils) ?? { missing: "incomplete" };
      a.total = addCells(a.total, r.fteTotal) ?? { missing: "incomplete" };
      a.op = addCells(a.op, r.fteOp) ?? { missing: "incomplete" };
      a.oop = addCells(a.oop, r.fteOop) ?? { missing: "incomplete" };
      a.mgr = addCells(a.mgr, r.fteManager) ?? { missing: "incomplete" };
      a.parts++;
    }
  }
  const out: Record<string, Record<Sector, SeriesMap>> = Object.fromEntries(
    FTE_INDICATORS.map((id) => [id, { po: new Map(), vo: new Map() }]),
  );
  const cell = (year: number, c: Cell | undefined) =>
    c === undefined
      ? { year, missing: "not-in-source" as const }
      : isNumber(c)
        ? { year, value: c }
        : { year, missing: c.missing };
  for (const [k, a] of [...acc].sort(([x], [y]) => x.localeCompare(y))) {
    const [sector, board, y] = k.split("|") as [Sector, string, string];
    const year = Number(y);
    const note = a.parts > 1 ? { note: "bao en speciaal onderwijs samen" } : {};
    put(out["fte-totaal"]![sector], board, { ...cell(year, a.total), ...note });
    put(out["fte-op"]![sector], board, { ...cell(year, a.op), ...note });
    put(out["fte-oop"]![sector], board, { ...cell(year, a.oop), ...note });
    put(out["fte-management"]![sector], board, { ...cell(year, a.mgr), ...note });
    put(
      out["leerling-leraarratio"]![sector],
      board,
      ratioPoint(year, a.pupils, a.op, 1, { ...(isNumber(a.pupils) ? { n: a.pupils } : {}), ...note }),
    );
  }
  return out;
}

/** PO bovenschools staff (persons) per board and year; an empty cell was `*` (suppressed) in DUO's file. */
export function bovenschoolsSeries(rows: Tables["bovenschools"]): SeriesMap {
  const acc = new Map<string, Cell>();
  for (const r of rows) {
    const k = `${r.board}|${r.year}`;
    const c: Cell = isNumber(r.persons) ? r.persons : { missing: "suppressed" };
    const prev = acc.get(k);
    acc.set(k, prev === undefined ? c : (addCells(prev, c) ?? { missing: "incomplete" }));
  }
  const out: SeriesMap = new Map();
  for (const [k, c] of [...acc].sort(([a], [b]) => a.localeCompare(b))) {
    const [board, y] = k.split("|") as [string, string];
    const year = Number(y);
    put(out, board, isNumber(c) ? { year, value: c } : { year, missing: c.missing });
  }
  return out;
}

// Which years of DUO's historic po pupil file have suppressed cells ("<5"), read straight from the raw file with a
// small CSV splitter of its own (not the project's reader), for the real-data and sector-report tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The committed raw file: DUO, Historisch overzicht aantal leerlingen per schoolvestiging (1996-2025). */
export const PO_HISTORIC_FILE = fileURLToPath(
  new URL(
    "../../data/snapshot/duo-po-vestigingen-historisch/06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv",
    import.meta.url,
  ),
);

/** One line split on ";" outside double quotes ("" inside quotes is a quote). */
function split(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      out.push(cell);
      cell = "";
    } else cell += c;
  }
  out.push(cell);
  return out;
}

/** Per year: cells that are not a whole number ("<5"), for all vestigingen and for SOORT_VESTIGING = BO alone. */
export interface SuppressedYear {
  year: number;
  all: number;
  bo: number;
  /** The sum of the whole-number cells of BO vestigingen (a lower bound where `bo` > 0). */
  boPupils: number;
}

/** Reads the raw file and counts the suppressed cells per year. */
export function poSuppressedCells(file = PO_HISTORIC_FILE): SuppressedYear[] {
  const lines = readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/)
    .filter(Boolean);
  const head = split(lines[0]!);
  const soort = head.indexOf("SOORT_VESTIGING");
  const years = head.flatMap((h, i) =>
    /^LEERLINGEN_\d{4}$/.test(h) ? [[i, Number(h.slice(-4))] as const] : [],
  );
  const out = new Map<number, SuppressedYear>(
    years.map(([, y]) => [y, { year: y, all: 0, bo: 0, boPupils: 0 }]),
  );
  for (const line of lines.slice(1)) {
    const cells = split(line);
    const bo = cells[soort] === "BO";
    for (const [i, y] of years) {
      const v = cells[i] ?? "";
      const row = out.get(y)!;
      if (/^\d+$/.test(v)) {
        if (bo) row.boPupils += Number(v);
        continue;
      }
      row.all++;
      if (bo) row.bo++;
    }
  }
  return [...out.values()].sort((a, b) => a.year - b.year);
}

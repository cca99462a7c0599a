// The table of a board's schools (vestigingen) with each school's own key figures, from the derived data only.
// A missing figure is shown as missing with its reason, never as 0.
import type { BoardOut } from "../data/build.ts";
import type { VestigingOut } from "../data/entities.ts";
import type { VestigingFacts } from "../data/vestigingFacts.ts";
import { formatChange, formatNumber, formatPercent } from "../format.ts";
import { OORDELEN_SOURCE } from "../data/oordelen.ts";
import { indicator } from "../data/registry.ts";
import { formatDateNl } from "./oordelenView.ts";
import { andWords, type SourceLookup } from "./sourceView.ts";

/** What the manifest and the registry say about the files of the schools table, in words. */
export interface SchoolsFacts {
  /** The school years of the eindtoets files: "2015-2016 en 2018-2019". */
  eindtoetsYears: string;
  /** The Inspectie file's peildatum: "1 april 2018". */
  oordeelAsOf: string;
  /** Publishers: pupils and exams (DUO), eindtoets (DUO), oordelen (Inspectie van het Onderwijs). */
  pupilsBy: string;
  eindtoetsBy: string;
  examsBy: string;
  oordeelBy: string;
}

/** The eindtoets files: the registry's sources of the eindtoets indicators (one list for the three tests). */
const eindtoetsSources = () => indicator("eindtoets-cet").sources;

/** The facts for {@link schoolRows} and {@link schoolsTableText} from a source manifest. */
export function schoolsFacts(src: SourceLookup): SchoolsFacts {
  const eind = eindtoetsSources();
  const by = (ids: readonly string[]) => src.publishers(ids);
  return {
    eindtoetsYears: andWords(eind.map((id) => src.when(id))),
    oordeelAsOf: src.when(OORDELEN_SOURCE.schools),
    pupilsBy: by(indicator("leerlingen").sources),
    eindtoetsBy: by(eind),
    examsBy: by(indicator("slaagpercentage").sources),
    oordeelBy: src.publisher(OORDELEN_SOURCE.schools),
  };
}

/** The table's column head for the judgements and its sources line. */
export function schoolsTableText(f: SchoolsFacts): { oordeelHead: string; sources: string } {
  return {
    oordeelHead: `Oordeel inspectie (${f.oordeelAsOf})`,
    sources: `leerlingen op 1 oktober: ${f.pupilsBy}, historisch overzicht leerlingen per schoolvestiging (po) en leerlingen vo per vestiging en bestuur; verandering: tegenover de oudste telling in de vijf jaar ervoor; eindtoets: ${f.eindtoetsBy}, gemiddelde eindscores ${f.eindtoetsYears} (de toets die de meeste leerlingen maakten); geslaagd: ${f.examsBy}, examenkandidaten en geslaagden (alle opleidingen van de vestiging samen); oordeel: ${f.oordeelBy}, oordelen per school op ${f.oordeelAsOf} (een oud oordeel, niet het huidige).`,
  };
}

/** A table cell: the text, an optional second line, and whether it says a figure is missing. */
export interface Cell {
  text: string;
  note?: string;
  missing?: boolean;
  /** A number to sort by (absent for missing figures). */
  sort?: number;
}

export interface SchoolRow {
  /** The row's anchor (`vestiging-11AA00`), the target of search results. */
  anchor: string;
  code: string;
  name: string;
  place?: string;
  kind: string;
  pupils: Cell;
  trend: Cell;
  result: Cell;
  oordeel: Cell;
}

/** What a school is, in plain Dutch (used in search results too). */
export const SCHOOL_KIND: Record<VestigingOut["type"], string> = {
  bo: "basisschool",
  sbo: "school voor speciaal basisonderwijs",
  so: "school voor speciaal onderwijs",
  vso: "school voor voortgezet speciaal onderwijs",
  vo: "middelbare school",
};

/** The anchor of a vestiging's row on its board page. */
export const vestigingAnchor = (code: string): string => `vestiging-${code}`;

const missing = (text: string): Cell => ({ text, missing: true });

function pupilsCell(v: VestigingOut, f: VestigingFacts | undefined): Cell {
  const p = f?.pupils?.latest;
  // A newer count on the vestiging itself (a 2024-2025 total with a vavo `<5`, shown as ≥) wins over the facts,
  // which use full totals only.
  const newer = v.pupils !== undefined && (v.pupilsYear ?? 0) > (p?.year ?? 0);
  if (p && !newer) return { text: formatNumber(p.value), note: `1 oktober ${p.year}`, sort: p.value };
  if (v.pupils !== undefined)
    return {
      text: `${v.pupilsLowerBound ? "≥ " : ""}${formatNumber(v.pupils)}`,
      note: `1 oktober ${v.pupilsYear}`,
      sort: v.pupils,
    };
  if (v.pupilsSuppressed) return missing(`minder dan 5 (${v.pupilsYear}): DUO toont het aantal niet`);
  return missing("geen gegevens: geen telling in de open data");
}

function trendCell(f: VestigingFacts | undefined): Cell {
  const p = f?.pupils;
  if (!p) return missing("geen gegevens");
  if (!p.then) return missing(`geen gegevens: geen telling in de vijf jaar voor ${p.latest.year}`);
  const change = (100 * (p.latest.value - p.then.value)) / p.then.value;
  return {
    text: formatChange(change, 0),
    note: `sinds ${p.then.year} (${formatNumber(p.then.value)})`,
    sort: change,
  };
}

function resultCell(v: VestigingOut, f: VestigingFacts | undefined, facts: SchoolsFacts): Cell {
  if (v.type === "vo") {
    const e = f?.exam;
    if (!e) return missing("geen gegevens: geen examenkandidaten in de examenbestanden");
    const sy = `${e.year}-${e.year + 1}`;
    if ("missing" in e)
      return missing(`geen gegevens (${sy}): minder dan 5 kandidaten, DUO toont het aantal niet`);
    return {
      text: `${formatPercent(e.rate)} geslaagd`,
      note: `${sy}, ${formatNumber(e.passed)} van ${formatNumber(e.candidates)} kandidaten${e.suppressed ? `; ${formatNumber(e.suppressed)} opleiding(en) met minder dan 5 kandidaten niet meegeteld` : ""}`,
      sort: e.rate,
    };
  }
  const t = f?.eindtoets;
  if (!t)
    return missing(
      v.type === "so" || v.type === "vso"
        ? "geen eindtoets: speciaal onderwijs"
        : `geen gegevens: niet in de eindtoetsbestanden ${facts.eindtoetsYears}`,
    );
  return {
    text: `${t.test} ${formatNumber(t.average, 1)}`,
    note: `eindtoets ${t.year}-${t.year + 1}, ${formatNumber(t.pupils)} leerlingen`,
    sort: t.average,
  };
}

function oordeelCell(f: VestigingFacts | undefined, facts: SchoolsFacts): Cell {
  const o = f?.oordelen;
  if (!o?.length) return missing(`geen oordeel in het bestand van ${facts.oordeelAsOf}`);
  const parts = o.map(
    (x) =>
      `${x.unit ? `${x.unit}: ` : ""}${x.judgement === "leeg" ? "geen oordeel" : x.judgement}${x.judgedOn ? ` (vastgesteld ${formatDateNl(x.judgedOn)})` : ""}`,
  );
  // The column head says the date of the file and the sources line says it is an old judgement.
  return { text: parts.join("; ") };
}

/** The rows of a board's schools table: newest count first, then by name. */
export function schoolRows(
  board: Pick<BoardOut, "schools" | "vestigingFacts">,
  facts: SchoolsFacts,
): SchoolRow[] {
  const rows = board.schools.flatMap((s) =>
    s.vestigingen.map((v) => {
      const f = board.vestigingFacts?.[v.code];
      const place = f?.place ?? v.municipality;
      return {
        row: {
          anchor: vestigingAnchor(v.code),
          code: v.code,
          name: v.name,
          ...(place ? { place } : {}),
          kind: SCHOOL_KIND[v.type],
          pupils: pupilsCell(v, f),
          trend: trendCell(f),
          result: resultCell(v, f, facts),
          oordeel: oordeelCell(f, facts),
        },
        year: f?.pupils?.latest.year ?? v.pupilsYear ?? 0,
      };
    }),
  );
  return rows
    .sort(
      (a, b) =>
        b.year - a.year || a.row.name.localeCompare(b.row.name, "nl") || a.row.code.localeCompare(b.row.code),
    )
    .map((r) => r.row);
}

// One reconciled set of headline counts, each with its year, scope and source, for the home page, sector pages and
// lists: the number of boards differs by scope (in the open data at all, active now, with pupils in a year), so every
// count says which one it is. Years, signal values and source names come from the data and the registry.
import type { SectorStat } from "../data/build.ts";
import { indicator, type Sector } from "../data/registry.ts";
import { formatNumber, formatValue, formatYear } from "../format.ts";
import { boardIndex, sectorStats, sourceById } from "./data.ts";
import { sectorLabel } from "./labels.ts";

/** One headline figure. `footnote` explains a "≥" (lower bound) and is set for every value that starts with it. */
export interface HeadlineFact {
  id: string;
  value: string;
  text: string;
  /** The year in words (peildatum or schooljaar). */
  year: string;
  scope: string;
  source: string;
  href: string;
  footnote?: string;
}

/** The newest statistic of an indicator and sector that has a figure for `need`, or undefined. */
export function latestStat(
  stats: SectorStat[],
  id: string,
  sector: Sector,
  need: (s: SectorStat) => boolean,
): SectorStat | undefined {
  return stats
    .filter((s) => s.indicator === id && s.sector === sector && s.n > 0 && need(s))
    .sort((a, b) => b.year - a.year)[0];
}

const LOWER_BOUND_NOTE =
  "≥ is een ondergrens: delen met minder dan 5 (afgeschermd door DUO) of zonder gegevens tellen niet mee, dus het echte aantal is hoger.";

const sourceTitles = (id: string, sector: Sector, year: number) =>
  indicator(id)
    .sources.map((s) => sourceById(s))
    .filter(
      (s) =>
        s &&
        (s.id.startsWith(sector) || s.id.startsWith("fin")) &&
        year >= s.years[0]! &&
        year <= s.years.at(-1)!,
    )
    .map((s) => s!.title)
    .join("; ") || indicator(id).sources.join(", ");

/** The board counts by scope: in the open data, active now, and per sector with pupils in the newest year. */
export function boardCounts(
  boards: { active: boolean; sectors: Sector[] }[],
  stats: SectorStat[],
): { id: string; value: number; text: string }[] {
  const out = [
    {
      id: "besturen-alle",
      value: boards.length,
      text: "besturen staan in de open data (alle jaren, ook opgeheven)",
    },
    {
      id: "besturen-actief",
      value: boards.filter((b) => b.active).length,
      text: "besturen zijn nu actief (DUO's actuele lijst)",
    },
  ];
  for (const sector of ["po", "vo"] as const) {
    const s = latestStat(stats, "leerlingen", sector, (x) => x.total !== undefined);
    if (s)
      out.push({
        id: `besturen-${sector}-${s.year}`,
        value: s.n,
        text: `${sector}-besturen hadden leerlingen op ${formatYear(s.year, "peildatum", "long")}`,
      });
  }
  return out;
}

/** The headline facts of the home page, newest year per figure. */
export function headlineFacts(stats: SectorStat[] = sectorStats()): HeadlineFact[] {
  const facts: HeadlineFact[] = [];
  const total = (
    id: string,
    sector: Sector,
    text: (s: SectorStat) => string,
    href: string,
    scope: string,
  ) => {
    const s = latestStat(stats, id, sector, (x) => x.total !== undefined);
    if (!s) return;
    const def = indicator(id);
    facts.push({
      id: `${id}-${sector}`,
      value: `${s.totalLowerBound ? "≥ " : ""}${formatValue(s.total!, def)}`,
      text: text(s),
      year: formatYear(s.year, def.yearKind, "long", def.dateLabel),
      scope,
      source: `DUO, ${sourceTitles(id, sector, s.year)}`,
      href,
      footnote: s.totalLowerBound ? LOWER_BOUND_NOTE : undefined,
    });
  };
  total(
    "leerlingen",
    "po",
    (s) => `leerlingen in het ${sectorLabel.po} (bo, sbo, so en vso) bij ${formatNumber(s.n)} besturen`,
    "/sector/po/#totaal-leerlingen",
    "alle po-besturen met leerlingen dat jaar",
  );
  total(
    "leerlingen",
    "vo",
    (s) => `leerlingen in het ${sectorLabel.vo} bij ${formatNumber(s.n)} besturen`,
    "/sector/vo/#totaal-leerlingen",
    "alle vo-besturen met leerlingen dat jaar",
  );
  const slaag = latestStat(stats, "slaagpercentage", "vo", (x) => x.weighted !== undefined);
  if (slaag) {
    const def = indicator("slaagpercentage");
    facts.push({
      id: "slaagpercentage-vo",
      value: formatValue(slaag.weighted!, def),
      text: `van de ${formatNumber(slaag.weightBase ?? 0)} meegetelde examenkandidaten slaagde (alle ${formatNumber(slaag.n)} vo-besturen samen; bij het middelste bestuur ${formatValue(slaag.median!, def)})`,
      year: `schooljaar ${formatYear(slaag.year, def.yearKind)}`,
      scope: "landelijk, gewogen naar het aantal kandidaten",
      source: `DUO, ${sourceTitles("slaagpercentage", "vo", slaag.year)}`,
      href: "/sector/vo/#totaal-slaagpercentage",
    });
  }
  const solv = latestStat(stats, "solvabiliteit-2", "po", (x) => x.median !== undefined);
  if (solv) {
    const def = indicator("solvabiliteit-2");
    facts.push({
      id: "solvabiliteit-2-po",
      value: formatValue(solv.median!, def),
      text: `solvabiliteit II van het middelste po-bestuur${def.signal ? ` (${def.signal.label})` : ""}`,
      year: formatYear(solv.year, def.yearKind, "long"),
      scope: `mediaan van ${formatNumber(solv.n)} po-besturen`,
      source: `DUO, ${sourceTitles("solvabiliteit-2", "po", solv.year)}`,
      href: "/sector/po/financien/",
    });
  }
  total(
    "personeel-personen",
    "po",
    () => "personen werken in het po (zonder bovenschools personeel)",
    "/sector/po/#totaal-personeel",
    "alle po-besturen in het extract",
  );
  return facts;
}

/** The board counts for the pages (from the built data). */
export const siteBoardCounts = () => boardCounts(boardIndex(), sectorStats());

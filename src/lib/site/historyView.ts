// What the board page shows of the closed and merged po schools of a board (DUO file 14, 2009-2017).
import type { HistoryEvent, HistoryOut } from "../data/history.ts";
import { formatNumber } from "../format.ts";
import { formatDateNl } from "./oordelenView.ts";

/** A piece of a sentence, a link when `href` is set. */
export interface Segment {
  text: string;
  href?: string;
}

export interface HistoryView {
  /** False when the section should not appear (a board without po schools and without events). */
  show: boolean;
  intro: string;
  /** One sentence when there are no events. */
  none?: string;
  items: { heading: string; segments: Segment[] }[];
  /** For a board no longer active whose schools merged into schools of one other board. */
  mergedInto?: Segment[];
}

const boardLink = (board: string): string => `/besturen/${board}/`;

/** The part of an event sentence about the school it merged into. */
function intoSegments(e: HistoryEvent): Segment[] {
  const into = e.into!;
  const school = `${into.name ?? "school"} (${into.brin})`;
  const verb =
    e.how === "fusie-nevenvestiging"
      ? `Gefuseerd: de school werd een nevenvestiging (extra locatie) van ${school}`
      : `Gefuseerd: opgegaan in ${school}`;
  if (into.sameBoard) return [{ text: `${verb}, een school van hetzelfde bestuur.` }];
  if (into.board && into.boardName)
    return [
      { text: `${verb}, nu een school van ` },
      { text: into.boardName, href: boardLink(into.board) },
      { text: "." },
    ];
  if (into.board) return [{ text: `${verb}, nu een school van bestuur ${into.board}.` }];
  return [{ text: `${verb}. Het bestuur van die school is niet bekend.` }];
}

/** The view of a board's history; `hasPo` says whether the board has po schools (the file covers only po). */
export function historyView(
  h: HistoryOut | undefined,
  board: { active: boolean; hasPo: boolean },
): HistoryView {
  const events = h?.events ?? [];
  const intro =
    "DUO houdt bij welke scholen in het primair onderwijs sloten of fuseerden. Hier staan de scholen van dit bestuur die sloten in de schooljaren 2009-2010 tot en met 2017-2018, de nieuwste eerst. Een school telt bij het bestuur dat haar volgens DUO als laatste had. Bij een fusie staat erbij bij welk bestuur de andere school nu hoort.";
  if (events.length === 0)
    return {
      show: board.hasPo,
      intro,
      none: "In dit bestand staat geen school van dit bestuur die sloot of fuseerde.",
      items: [],
    };
  const items = events.map((e) => {
    const segments: Segment[] = [
      { text: `Gesloten op ${formatDateNl(e.date)} (schooljaar ${e.schoolYear}). ` },
      ...(e.into
        ? intoSegments(e)
        : [{ text: e.how === "opheffing" ? "Opgeheven zonder fusie." : `${e.howLabel}.` }]),
      {
        text:
          e.pupils !== undefined
            ? ` Leerlingen vlak voor de sluiting: ${formatNumber(e.pupils)}.`
            : " Het aantal leerlingen vlak voor de sluiting is niet bekend.",
      },
    ];
    return { heading: `${e.name} (${e.brin}${e.place ? `, ${e.place}` : ""})`, segments };
  });
  let mergedInto: Segment[] | undefined;
  const m = h?.mergedInto;
  if (!board.active && m) {
    mergedInto = [
      { text: "De scholen van dit bestuur zijn opgegaan in scholen van " },
      m.hasPage ? { text: m.name, href: boardLink(m.board) } : { text: m.name },
      { text: "." },
    ];
    if (m.schools < events.length)
      mergedInto.push({
        text: ` Dat geldt voor ${formatNumber(m.schools)} van de ${formatNumber(events.length)} scholen die in 2009-2017 sloten.`,
      });
  }
  return { show: true, intro, items, ...(mergedInto ? { mergedInto } : {}) };
}

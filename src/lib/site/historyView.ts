// What the board page shows of the closed and merged po schools of a board (DUO file 14); the file's years, title
// and publisher come from the source manifest through `HistoryFacts`.
import { HISTORY_SOURCE, type HistoryEvent, type HistoryOut } from "../data/history.ts";
import type { SuccessorOut } from "../data/successors.ts";
import { formatNumber } from "../format.ts";
import { formatDateNl } from "./oordelenView.ts";
import { schoolYearSpan, type SourceLookup } from "./sourceView.ts";

/** A piece of a sentence, a link when `href` is set. */
export interface Segment {
  text: string;
  href?: string;
}

/** What the manifest says about DUO's file of closing and merging schools, in words. */
export interface HistoryFacts {
  /** The years of the closures: "2009-2017". */
  span: string;
  /** The school years: "2009-2010 tot en met 2017-2018". */
  schoolYears: string;
  /** "DUO, Sluitende en fuserende scholen in het primair onderwijs 2009-2017". */
  label: string;
  /** The file's anchor on /data/. */
  href: string;
}

/** The facts for {@link historyView} from a source manifest. */
export function historyFacts(src: SourceLookup): HistoryFacts {
  const id = HISTORY_SOURCE;
  return {
    span: src.span(id),
    schoolYears: schoolYearSpan(src.get(id).years)!,
    label: src.label(id),
    href: src.href(id),
  };
}

export interface HistoryView {
  /** False when the section should not appear (a board without po schools and without events). */
  show: boolean;
  heading: string;
  /** The source line's link. */
  source: Segment;
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

/**
 * Names a source and a board for {@link successorSegments}: a source's publisher and title ("DUO, …"), a board's
 * name (undefined: no page).
 */
export interface SuccessorNames {
  source(id: string): string | undefined;
  board(id: string): string | undefined;
}

const andList = (parts: Segment[][]): Segment[] =>
  parts.flatMap((p, i) => [...(i === 0 ? [] : [{ text: i === parts.length - 1 ? " en " : ", " }]), ...p]);

/**
 * The sentence for a board no longer active about who holds its schools now ("De scholen van dit bestuur vallen
 * nu onder …"), with the year and the source of that fact; undefined when nothing is known.
 */
export function successorSegments(s: SuccessorOut | undefined, names: SuccessorNames): Segment[] | undefined {
  if (!s) return undefined;
  if (s.kind === "closed")
    return [
      {
        text: `De ${s.total === 1 ? "vestiging van dit bestuur is" : `${formatNumber(s.total)} vestigingen van dit bestuur zijn`} gesloten; de lijsten van DUO noemen geen bestuur dat ${s.total === 1 ? "haar" : "ze"} overnam.`,
      },
    ];
  const link = (id: string): Segment => {
    const name = names.board(id);
    return name ? { text: name, href: boardLink(id) } : { text: `bestuur ${id}` };
  };
  const out: Segment[] = [{ text: "De scholen van dit bestuur vallen nu onder " }];
  if (s.kind === "merger") out.push(link(s.successors[0]!.board), { text: "." });
  else
    out.push(
      ...andList(
        s.successors.map((x) => [
          link(x.board),
          { text: ` (${formatNumber(x.vestigingen)} ${x.vestigingen === 1 ? "vestiging" : "vestigingen"})` },
        ]),
      ),
      { text: "." },
    );
  const moved = s.successors.reduce((n, x) => n + x.vestigingen, 0);
  if (moved < s.total)
    out.push({
      text: ` Dat geldt voor ${formatNumber(moved)} van de ${formatNumber(s.total)} vestigingen; ${s.closed === 1 ? "de andere is gesloten" : `de andere ${formatNumber(s.total - moved)} zijn gesloten`}.`,
    });
  for (const x of s.successors) {
    const label = names.source(x.source) ?? x.source;
    const who = s.kind === "merger" ? "" : ` (${names.board(x.board) ?? `bestuur ${x.board}`})`;
    out.push({
      text:
        x.via === "fusie"
          ? ` Bron${who}: ${label}: ${x.vestigingen === 1 ? `de school fuseerde in ${x.year} met een school` : `de scholen fuseerden vanaf ${x.year} met scholen`} van dat bestuur.`
          : ` Bron${who}: ${label} (${x.year}), de eerste lijst waarin ${x.vestigingen === 1 ? "de vestiging" : "ze"} onder dat bestuur ${x.vestigingen === 1 ? "staat" : "staan"}; in ${s.lastYear} stond${x.vestigingen === 1 ? "" : "en"} ze nog onder dit bestuur.`,
    });
  }
  return out;
}

/** The view of a board's history; `hasPo` says whether the board has po schools (the file covers only po). */
export function historyView(
  h: HistoryOut | undefined,
  board: { active: boolean; hasPo: boolean },
  facts: HistoryFacts,
  successor?: { out: SuccessorOut | undefined; names: SuccessorNames },
): HistoryView {
  const frame = {
    heading: `Geschiedenis: gesloten en gefuseerde scholen (${facts.span})`,
    source: { text: facts.label, href: facts.href },
  };
  const lead = board.active ? undefined : successor && successorSegments(successor.out, successor.names);
  const events = h?.events ?? [];
  const intro = `DUO houdt bij welke scholen in het primair onderwijs sloten of fuseerden. Hier staan de scholen van dit bestuur die sloten in de schooljaren ${facts.schoolYears}, de nieuwste eerst. Een school telt bij het bestuur dat haar volgens DUO als laatste had. Bij een fusie staat erbij bij welk bestuur de andere school nu hoort.`;
  if (events.length === 0)
    return {
      ...frame,
      show: board.hasPo,
      intro,
      none: "In dit bestand staat geen school van dit bestuur die sloot of fuseerde.",
      items: [],
      ...(lead ? { mergedInto: lead } : {}),
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
        text: ` Dat geldt voor ${formatNumber(m.schools)} van de ${formatNumber(events.length)} scholen die in ${facts.span} sloten.`,
      });
  }
  if (lead) mergedInto = lead;
  return { ...frame, show: true, intro, items, ...(mergedInto ? { mergedInto } : {}) };
}

// Board history: po schools (BRIN) closed or merged in the school years 2009-2010 to 2017-2018 (DUO file 14),
// attributed to the board that held each school according to the vestigingen lists.
import type { BoardIdentity } from "./entities.ts";
import type { Tables } from "./load.ts";
import { cleanName, municipalityName } from "./names.ts";
import { isNumber, type MissingReason } from "./values.ts";

/** The source id (data/sources.json) of DUO's file of closing and merging po schools. */
export const HISTORY_SOURCE = "po-sluitende-fuserende-2009-2017";

/** How a school ended: merged (its pupils went to another BRIN), merged as a nevenvestiging, or closed. */
export type ClosureHow = "fusie" | "fusie-nevenvestiging" | "opheffing" | "anders";

export interface HistoryEvent {
  brin: string;
  name: string;
  place?: string;
  /** DUO's kind: basisschool, speciaal basisonderwijs, speciale school. */
  kind: string;
  /** School year of the closure as `2009-2010`. */
  schoolYear: string;
  /** Closing date (yyyy-mm-dd). */
  date: string;
  how: ClosureHow;
  /** DUO's own words (`Fusie`, `Fusie met vorming nevenvestiging`, `opheffing zonder fusie`). */
  howLabel: string;
  /** Pupils just before closing, or why that number is missing. */
  pupils?: number;
  pupilsMissing?: MissingReason;
  /** The school it merged into, with that school's board where the lists know it (`boardName` only when that board has a page). */
  into?: { brin: string; name?: string; board?: string; boardName?: string; sameBoard: boolean };
}

export interface HistoryOut {
  /** Newest first. */
  events: HistoryEvent[];
  /**
   * Set when every merger of this board's schools into another board's school went to one and the same board:
   * that board, and how many of the events are such mergers.
   */
  mergedInto?: { board: string; name: string; schools: number; hasPage: boolean };
}

const HOW: Record<string, ClosureHow> = {
  fusie: "fusie",
  "fusie met vorming nevenvestiging": "fusie-nevenvestiging",
  "opheffing zonder fusie": "opheffing",
};

type VestigingTables = Pick<
  Tables,
  "historicPupils" | "po2020Vestigingen" | "poCurrentVestigingen" | "specialVestigingen"
>;

/**
 * BRIN → board and school name from the vestigingen lists: the historic pupil file first (it keeps closed
 * vestigingen, under the last board DUO knows), then the ≈2020, current and special lists. Within a list the
 * board of the main vestiging (`…00`) wins, else the board with most vestigingen of that BRIN.
 */
export function brinBoards(t: VestigingTables): Map<string, { board: string; name: string }> {
  const out = new Map<string, { board: string; name: string }>();
  const lists = [t.historicPupils, t.po2020Vestigingen, t.poCurrentVestigingen, t.specialVestigingen];
  for (const rows of lists) {
    const per = new Map<
      string,
      { main?: { board: string; name: string }; boards: Map<string, number>; name: string }
    >();
    for (const r of rows) {
      if (out.has(r.brin)) continue;
      let p = per.get(r.brin);
      if (!p) per.set(r.brin, (p = { boards: new Map(), name: cleanName(r.name) }));
      p.boards.set(r.board, (p.boards.get(r.board) ?? 0) + 1);
      const v = r.vest.length === 6 ? r.vest.slice(4) : r.vest.padStart(2, "0");
      if (v === "00") p.main = { board: r.board, name: cleanName(r.name) };
    }
    for (const [brin, p] of per) {
      const top = [...p.boards].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      out.set(brin, p.main ?? { board: top, name: p.name });
    }
  }
  return out;
}

const isoDate = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

/**
 * Per board the closures and mergers of its schools, newest first. A closed BRIN that no vestigingen list
 * knows cannot be attributed and is returned in `unmapped`.
 */
export function boardHistory(
  t: VestigingTables & Pick<Tables, "closures">,
  boards: Pick<BoardIdentity, "id" | "name">[],
): { byBoard: Map<string, HistoryOut>; unmapped: string[] } {
  const held = brinBoards(t);
  const boardName = new Map(boards.map((b) => [b.id, b.name]));
  const closedName = new Map(t.closures.map((c) => [c.brin, cleanName(c.name)]));
  const byBoard = new Map<string, HistoryOut>();
  const unmapped: string[] = [];
  for (const c of t.closures) {
    const owner = held.get(c.brin)?.board;
    if (!owner) {
      unmapped.push(c.brin);
      continue;
    }
    const intoHeld = c.intoBrin ? held.get(c.intoBrin) : undefined;
    const intoName = c.intoBrin ? (intoHeld?.name ?? closedName.get(c.intoBrin)) : undefined;
    const intoBoardName = intoHeld ? boardName.get(intoHeld.board) : undefined;
    const event: HistoryEvent = {
      brin: c.brin,
      name: cleanName(c.name),
      ...(c.place ? { place: municipalityName(c.place) } : {}),
      kind: c.kind,
      schoolYear: c.schoolYear.replace(/^schooljaar /, "").replace("/", "-"),
      date: isoDate(c.date),
      how: HOW[c.how.toLowerCase()] ?? "anders",
      howLabel: c.how,
      ...(isNumber(c.pupils) ? { pupils: c.pupils } : { pupilsMissing: c.pupils.missing }),
      ...(c.intoBrin
        ? {
            into: {
              brin: c.intoBrin,
              ...(intoName ? { name: intoName } : {}),
              ...(intoHeld ? { board: intoHeld.board } : {}),
              ...(intoBoardName ? { boardName: intoBoardName } : {}),
              sameBoard: intoHeld?.board === owner,
            },
          }
        : {}),
    };
    let h = byBoard.get(owner);
    if (!h) byBoard.set(owner, (h = { events: [] }));
    h.events.push(event);
  }
  for (const [id, h] of byBoard) {
    h.events.sort((a, b) => b.date.localeCompare(a.date) || a.brin.localeCompare(b.brin));
    const others = h.events.filter((e) => e.into?.board && e.into.board !== id);
    const targets = new Set(others.map((e) => e.into!.board!));
    if (targets.size === 1) {
      const board = [...targets][0]!;
      h.mergedInto = {
        board,
        name: boardName.get(board) ?? `Bestuur ${board}`,
        schools: others.length,
        hasPage: boardName.has(board),
      };
    }
  }
  return { byBoard, unmapped: unmapped.sort() };
}

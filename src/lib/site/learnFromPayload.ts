// The "Leer van" lists of one board as a small JSON file (/besturen/<id>/leer-van.json), for the comparison page:
// the same views the board page shows (learnFromView.ts), computed at build time, so the browser only places text.
import type { BoardOut } from "../data/build.ts";
import type { LearnFromFile } from "../data/learnFrom.ts";
import type { IndicatorDef, Sector } from "../data/registry.ts";
import { learnFromView } from "./learnFromView.ts";

export interface LearnPayloadItem {
  id: string;
  name: string;
  after: string;
  why: string;
}

export interface LearnPayloadEntry {
  kind: "better" | "differ";
  summary: string;
  rule: string;
  items: LearnPayloadItem[];
}

/** Key `<indicator>|<sector>` → the list; only entries that name boards. */
export type LearnPayload = Record<string, LearnPayloadEntry>;

/**
 * The board's lists, keyed like leer-van.json. `own` values come from the board's series in the entry's year,
 * so "hoger"/"lager" for neutral indicators reads as on the board page.
 */
export function learnFromPayload(
  file: LearnFromFile,
  board: Pick<BoardOut, "id" | "series" | "sizeClass">,
  def: (id: string) => IndicatorDef | undefined,
  name: (id: string) => string | undefined,
  sizeLabel: (sector: Sector, id: string | undefined) => string | undefined,
): LearnPayload {
  const out: LearnPayload = {};
  const entries = file.boards[board.id] ?? {};
  for (const key of Object.keys(entries).sort()) {
    const entry = entries[key]!;
    if (entry.kind !== "better" && entry.kind !== "differ") continue;
    const [id, sector] = key.split("|") as [string, Sector];
    const d = def(id);
    if (!d) continue;
    const own = board.series
      .find((s) => s.indicator === id && s.sector === sector)
      ?.points.find((p) => p.year === entry.year)?.value;
    const view = learnFromView(file, board.id, d, sector, {
      name,
      sizeLabel: sizeLabel(sector, board.sizeClass[sector]),
      own,
    });
    if (!view || (view.kind !== "better" && view.kind !== "differ")) continue;
    // The main list only; the board page adds the "in de buurt" list (same province) below it.
    const items = view.boards.map((b) => ({
      id: b.id,
      name: b.name,
      after: b.after,
      why: b.why,
    }));
    if (items.length) out[key] = { kind: view.kind, summary: view.summary, rule: view.rule ?? "", items };
  }
  return out;
}

// The peer file split for the browser: one small file with every board (and which indicator keys exist) and one
// file per indicator and sector, so /vergelijk/ loads only the indicators a comparison needs. Board indices are
// the same in every part, so the parts put together are the original peer file.
import type { PeerFile } from "../data/output.ts";
import type { Sector } from "../data/registry.ts";
import type { CompareState } from "./state.ts";
import { SIMILARITY } from "./peers.ts";

/** `/data/peers/boards.json`: the boards of the peer file and the indicator keys ("id|sector") that have a file. */
export interface PeerBoards {
  boards: PeerFile["boards"];
  keys: string[];
}

/** The file name of one indicator part: "leerlingen|po" → "leerlingen-po.json". */
export const partName = (key: string): string => `${key.replace("|", "-")}.json`;

/** The parts of a peer file: the boards file and one entry per indicator key, in key order. */
export function splitPeers(file: PeerFile): {
  boards: PeerBoards;
  parts: [string, PeerFile["indicators"][string]][];
} {
  const keys = Object.keys(file.indicators).sort();
  return {
    boards: { boards: file.boards, keys },
    parts: keys.map((k) => [k, file.indicators[k]!]),
  };
}

/**
 * The indicator keys a state needs: its indicators, plus what the group rule reads (pupils and achterstand for
 * own criteria with a range, the similarity features for "meest gelijkende"). Only keys that exist.
 */
export function keysFor(state: CompareState, sector: Sector, available: ReadonlySet<string>): string[] {
  const c = state.criteria;
  const keys = state.indicators.map((id) => `${id}|${sector}`);
  if (state.mode === "eigen") {
    if (c.pupilsMin !== undefined || c.pupilsMax !== undefined) keys.push(`leerlingen|${sector}`);
    if (c.achterstandMin !== undefined || c.achterstandMax !== undefined) keys.push("achterstandsscore|po");
  }
  if (state.mode === "vergelijkbaar") keys.push(...SIMILARITY[sector].map((f) => f.key));
  return [...new Set(keys)].filter((k) => available.has(k));
}

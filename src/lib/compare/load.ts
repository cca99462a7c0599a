// Browser-side inputs of /vergelijk/ and its praatplaat: the JSON blocks the page carries and the peer data, split
// into a boards file and one file per indicator (split.ts) so a comparison loads only what it shows.
import type { PeerFile } from "../data/output.ts";
import { checkDerived, PeerBoardsSchema, PeerIndicatorSchema } from "../data/peersSchema.ts";
import type { Sector } from "../data/registry.ts";
import { partName } from "./split.ts";
import type { CompareData, CompareDef } from "./view.ts";

const json = <T>(doc: Document, id: string): T => JSON.parse(doc.getElementById(id)!.textContent!) as T;

/** The definitions, fields, size classes and SWV names a page ships in `<script type="application/json">`. */
export function readPageData(doc: Document): Omit<CompareData, "file"> {
  // A Map, never a plain object: ids come from the URL, and `defs["__proto__"]` must be "unknown".
  const defs = new Map(Object.entries(json<Record<string, CompareDef>>(doc, "compare-defs")));
  return {
    defs,
    fields: json<{ id: string; label: string }[]>(doc, "compare-fields"),
    sizeLabels: json<Record<Sector, { id: string; label: string }[]>>(doc, "compare-sizes"),
    swvNames: new Map(Object.entries(json<Record<string, string>>(doc, "compare-swv"))),
  };
}

const getJson = async (path: string): Promise<unknown> => {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
};

/**
 * The peer data as a PeerFile that fills up on demand: `file.indicators` holds the parts loaded so far,
 * `available` every key that has a part; `ensure(keys)` loads the missing ones (each checked against its schema).
 */
export async function loadPeers(): Promise<{
  file: PeerFile;
  available: Set<string>;
  ensure(keys: string[]): Promise<void>;
}> {
  const base = "/data/peers/";
  const b = checkDerived(PeerBoardsSchema, `${base}boards.json`, await getJson(`${base}boards.json`));
  const file: PeerFile = { boards: b.boards, indicators: {} };
  const available = new Set(b.keys);
  const pending = new Map<string, Promise<void>>();
  const ensure = async (keys: string[]) => {
    await Promise.all(
      keys
        .filter((k) => available.has(k) && !Object.hasOwn(file.indicators, k))
        .map((k) => {
          let p = pending.get(k);
          if (!p) {
            const path = `${base}${partName(k)}`;
            p = getJson(path).then((v) => {
              file.indicators[k] = checkDerived(
                PeerIndicatorSchema,
                path,
                v,
              ) as PeerFile["indicators"][string];
            });
            pending.set(k, p);
          }
          return p;
        }),
    );
  };
  return { file, available, ensure };
}

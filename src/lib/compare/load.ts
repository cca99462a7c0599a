// Browser-side inputs of /vergelijk/ and its praatplaat: the JSON blocks the page carries and the peer file.
import type { PeerFile } from "../data/output.ts";
import { checkDerived, PeerFileSchema } from "../data/peersSchema.ts";
import type { Sector } from "../data/registry.ts";
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

/** Fetches and checks peers.json: a peer file of the wrong shape is not compared with. */
export async function loadPeers(): Promise<PeerFile> {
  const res = await fetch("/data/peers.json");
  return checkDerived(PeerFileSchema, "/data/peers.json", await res.json());
}

// How to reach a board: its visiting address and website as DUO's board lists give them, with the list's date.
// Used by "Leer van" (learnFrom.ts) to say how a reader can contact a comparable board. Pure.
import { cleanName, municipalityName } from "./names.ts";

export interface ContactOut {
  street?: string;
  postcode?: string;
  place?: string;
  /** As DUO writes it, often without scheme (`www.x.nl`); the page makes the link (websiteHref). */
  website?: string;
  /** The source id of the list. */
  source: string;
  /** The list's title and date as the page states it. */
  list: string;
}

/** The two board lists with an address and a website column, newest first: a board in both takes the newer one. */
export const CONTACT_LISTS = {
  "vo-besturen-2023": "DUO-lijst ‘Bevoegde gezagen vo’, stand ca. medio 2023",
  "po-besturen-2018": "DUO-lijst ‘Bevoegde gezagen primair onderwijs totaal’, stand ca. april 2018",
} as const;

export interface ContactRow {
  board: string;
  street?: string | undefined;
  houseNumber?: string | undefined;
  postcode?: string | undefined;
  place?: string | undefined;
  website?: string | undefined;
}

const postcodeOf = (s: string | undefined) =>
  s && /^\d{4}\s*[A-Z]{2}$/i.test(s.trim())
    ? s
        .trim()
        .replace(/^(\d{4})\s*([A-Z]{2})$/i, "$1 $2")
        .toUpperCase()
    : undefined;

/** One contact from a list row; undefined when the row has neither an address nor a website. */
export function contactOf(r: ContactRow, source: keyof typeof CONTACT_LISTS): ContactOut | undefined {
  const street = r.street
    ? cleanName([r.street, r.houseNumber].filter(Boolean).join(" ")).replace(/\s+/g, " ")
    : undefined;
  const postcode = postcodeOf(r.postcode);
  const place = r.place ? municipalityName(r.place) : undefined;
  const website = r.website?.trim() || undefined;
  if (!street && !place && !website) return undefined;
  return {
    ...(street ? { street } : {}),
    ...(postcode ? { postcode } : {}),
    ...(place ? { place } : {}),
    ...(website ? { website } : {}),
    source,
    list: CONTACT_LISTS[source],
  };
}

/** Board id → contact, from the vo list of ≈2023 first and the po list of ≈2018 for the rest. */
export function boardContacts(lists: {
  vo: readonly ContactRow[];
  po: readonly ContactRow[];
}): Record<string, ContactOut> {
  const out: Record<string, ContactOut> = {};
  for (const [source, rows] of [
    ["vo-besturen-2023", lists.vo],
    ["po-besturen-2018", lists.po],
  ] as const)
    for (const r of rows) {
      if (out[r.board]) continue;
      const c = contactOf(r, source);
      if (c) out[r.board] = c;
    }
  return out;
}

// What the search index holds for a board: the words people look a board up by.
import type { BoardIndexEntry } from "./data.ts";
import { formatNumber } from "../format.ts";

/** A Pagefind custom record for a board page. */
export function boardSearchRecord(b: BoardIndexEntry) {
  const pupils = b.sectors.map((s) => b.pupils[s]).filter((p) => p !== undefined);
  const summary = [
    `Schoolbestuur ${b.id}`,
    b.sectors.join(" en "),
    b.municipality,
    b.province,
    b.denomination,
    pupils.length ? `${formatNumber(pupils.reduce((s, p) => s + p.value, 0))} leerlingen` : undefined,
    b.active ? undefined : "niet meer actief",
  ]
    .filter(Boolean)
    .join(" · ");
  return {
    url: `/besturen/${b.id}/`,
    language: "nl",
    content: [
      b.name,
      b.id,
      summary,
      b.otherNames.length ? `Ook bekend als: ${b.otherNames.join("; ")}.` : "",
      b.schoolNames.length ? `Scholen: ${b.schoolNames.join("; ")}.` : "",
    ].join("\n"),
    meta: { title: b.name, summary },
    filters: {
      soort: ["bestuur"],
      sector: b.sectors,
      ...(b.province ? { provincie: [b.province] } : {}),
    },
  };
}

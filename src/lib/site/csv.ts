// CSV downloads for Dutch spreadsheet software: `;` separator, decimal comma, UTF-8 with BOM, CRLF.
import type { SeriesOut } from "../data/build.ts";
import { indicator } from "../data/registry.ts";
import { missingLabel } from "../data/values.ts";
import { formatYear } from "../format.ts";

import { csvNumber, csvQuote as quote } from "./csvCell.ts";
import { pointSources } from "./sourceView.ts";

export { csvNumber };

export const CSV_HEADER = [
  "bestuur",
  "naam",
  "indicator",
  "omschrijving",
  "sector",
  "jaar",
  "periode",
  "waarde",
  "eenheid",
  "ondergrens",
  "ontbreekt_reden",
  "opmerking",
  "bronnen",
];

/** Rows of every series of the given entities, one row per year. */
export function seriesCsv(entities: { id: string; name: string; series: SeriesOut[] }[]): string {
  return csvOfLines(entities.flatMap(seriesCsvLines));
}

/** A series CSV file from ready data lines (of seriesCsvLines): BOM, header, CRLF line ends. */
export const csvOfLines = (lines: readonly string[]): string =>
  "\uFEFF" + [CSV_HEADER.join(";"), ...lines].join("\r\n") + "\r\n";

/** The data lines (no header) of one entity's series, one per year: so a dataset file can reuse them. */
export function seriesCsvLines(e: { id: string; name: string; series: SeriesOut[] }): string[] {
  const lines: string[] = [];
  for (const s of e.series) {
    const def = indicator(s.indicator);
    for (const p of s.points)
      lines.push(
        [
          e.id,
          e.name,
          def.id,
          def.label,
          s.sector,
          String(p.year),
          formatYear(p.year, def.yearKind, "long", def.dateLabel),
          p.value !== undefined ? csvNumber(p.value) : "",
          def.unit,
          p.lowerBound ? "ja" : "",
          p.missing ? missingLabel[p.missing] : "",
          [p.implausible ? `onwaarschijnlijk: ${p.implausibleReason ?? ""}` : "", p.note ?? ""]
            .filter(Boolean)
            .join("; "),
          pointSources(def.sources, s.sector, p).join(" "),
        ]
          .map(quote)
          .join(";"),
      );
  }
  return lines;
}

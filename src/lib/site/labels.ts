// Dutch labels for codes used on the pages.
import type { Sector } from "../data/registry.ts";
import type { SourceLookup } from "./sourceView.ts";

export const sectorLabel: Record<Sector, string> = { po: "primair onderwijs", vo: "voortgezet onderwijs" };
export const sectorShort: Record<Sector, string> = { po: "po", vo: "vo" };
export const typeLabel: Record<string, string> = {
  bo: "basisonderwijs",
  sbo: "speciaal basisonderwijs",
  so: "speciaal onderwijs",
  vso: "voortgezet speciaal onderwijs",
  vo: "voortgezet onderwijs",
};
/**
 * Where a board's name comes from, in words, per source id (`BoardOut.nameSource`); the files' years and dates come
 * from the source manifest.
 */
export const nameSourceLabel: Record<string, (src: SourceLookup) => string> = {
  "duo-besturen-actueel": (s) =>
    `huidige naam volgens de ${s.publisher("duo-besturen-actueel")}-besturenlijsten (afgeleid bestand, ${s.when("duo-besturen-actueel")})`,
  "vo-besturen-2023": (s) =>
    `naam volgens de ${s.publisher("vo-besturen-2023")}-lijst van vo-besturen (${s.when("vo-besturen-2023")})`,
  "po-balans": (s) =>
    `naam volgens de financiële gegevens po (${s.span("po-balans")}); het bestuur staat niet meer in de huidige lijsten`,
  "fin-balans-2015-2019": (s) =>
    `naam volgens de financiële gegevens van ${s.publisher("fin-balans-2015-2019")} (balans ${s.span("fin-balans-2015-2019")}, laatste jaar van het bestuur)`,
  "fin-balans-2012-2016": (s) =>
    `naam volgens de financiële gegevens van ${s.publisher("fin-balans-2012-2016")} (balans ${s.span("fin-balans-2012-2016")}, laatste jaar van het bestuur)`,
  "fin-baten-lasten-2012-2016": (s) =>
    `naam volgens de financiële gegevens van ${s.publisher("fin-baten-lasten-2012-2016")} (staat van baten en lasten ${s.span("fin-baten-lasten-2012-2016")}, laatste jaar van het bestuur)`,
  "fin-lasten-2014-2018": (s) =>
    `naam volgens het lastenbestand van ${s.publisher("fin-lasten-2014-2018")} (${s.span("fin-lasten-2014-2018")}, laatste jaar van het bestuur)`,
  "po-baten-lasten": (s) =>
    `naam volgens de financiële gegevens po (baten en lasten ${s.span("po-baten-lasten")}); het bestuur staat niet meer in de huidige lijsten`,
  "fin-kengetallen-2012-2016": (s) =>
    `naam volgens de financiële kengetallen van ${s.publisher("fin-kengetallen-2012-2016")} (${s.span("fin-kengetallen-2012-2016")})`,
  "functiemix-besturen-2006-2017": (s) =>
    `naam volgens ${s.publisher("functiemix-besturen-2006-2017")}'s functiemix (${s.span("functiemix-besturen-2006-2017")}); het bestuur staat niet in nieuwere lijsten`,
  "po-besturen-2018": (s) =>
    `naam volgens de ${s.publisher("po-besturen-2018")}-lijst van po-besturen (${s.when("po-besturen-2018")})`,
  "derived-gemeente": () =>
    "afgeleid: een gemeentelijk bestuur zonder naam in de lijsten, genoemd naar de gemeente van de grootste vestiging",
  none: () => "de naam van dit bestuur staat niet in de open data hier",
};

/** Where a board's name comes from, in words; the source id itself when no label is known. */
export const nameSourceText = (id: string, src: SourceLookup): string => nameSourceLabel[id]?.(src) ?? id;

// Dutch labels for codes used on the pages.
import type { Sector } from "../data/registry.ts";

export const sectorLabel: Record<Sector, string> = { po: "primair onderwijs", vo: "voortgezet onderwijs" };
export const sectorShort: Record<Sector, string> = { po: "po", vo: "vo" };
export const typeLabel: Record<string, string> = {
  bo: "basisonderwijs",
  sbo: "speciaal basisonderwijs",
  so: "speciaal onderwijs",
  vso: "voortgezet speciaal onderwijs",
  vo: "voortgezet onderwijs",
};
export const nameSourceLabel: Record<string, string> = {
  "duo-besturen-actueel": "huidige naam volgens de DUO-besturenlijsten (afgeleid bestand, ca. oktober 2026)",
  "vo-besturen-2023": "naam volgens de DUO-lijst van vo-besturen (ca. 2023)",
  "po-balans":
    "naam volgens de financiële gegevens po (2011-2015); het bestuur staat niet meer in de huidige lijsten",
  "fin-balans-2015-2019":
    "naam volgens de financiële gegevens van DUO (balans 2015-2019, laatste jaar van het bestuur)",
  "fin-balans-2012-2016":
    "naam volgens de financiële gegevens van DUO (balans 2012-2016, laatste jaar van het bestuur)",
  "fin-baten-lasten-2012-2016":
    "naam volgens de financiële gegevens van DUO (staat van baten en lasten 2012-2016, laatste jaar van het bestuur)",
  "fin-lasten-2014-2018": "naam volgens het lastenbestand van DUO (2014-2018, laatste jaar van het bestuur)",
  "po-baten-lasten":
    "naam volgens de financiële gegevens po (baten en lasten 2011-2015); het bestuur staat niet meer in de huidige lijsten",
  "fin-kengetallen-2012-2016": "naam volgens de financiële kengetallen van DUO (2012-2016)",
  "functiemix-besturen-2006-2017":
    "naam volgens DUO's functiemix (2006-2017); het bestuur staat niet in nieuwere lijsten",
  "po-besturen-2018": "naam volgens de DUO-lijst van po-besturen (ca. voorjaar 2018)",
  "derived-gemeente":
    "afgeleid: een gemeentelijk bestuur zonder naam in de lijsten, genoemd naar de gemeente van de grootste vestiging",
  none: "de naam van dit bestuur staat niet in de open data hier",
};

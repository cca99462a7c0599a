import { describe, expect, it } from "vitest";
import { SWV_LIST_DATE, SWV_SOURCE } from "../data/swv.ts";
import { changedSources, realSources } from "../../../test/helpers/sources.ts";
import {
  SWV_LEAD_PLACES,
  swvIndexRows,
  swvIndexText,
  swvLead,
  swvListSearched,
  swvMembersText,
  swvTitle,
  websiteHref,
} from "./swvView.ts";

describe("websiteHref", () => {
  it("links a bare host name as DUO writes it over https, and http(s) URLs as they are", () => {
    expect(websiteHref("www.swvrivierenland.nl")).toBe("https://www.swvrivierenland.nl/");
    expect(websiteHref(" passendonderwijs-zk.nl/contact ")).toBe("https://passendonderwijs-zk.nl/contact");
    expect(websiteHref("http://www.swv2506.nl")).toBe("http://www.swv2506.nl/");
    expect(websiteHref("HTTPS://WWW.X.NL/a?b=1")).toBe("https://www.x.nl/a?b=1");
  });

  it("gives no link for anything else", () => {
    for (const raw of [
      undefined,
      "",
      "   ",
      "javascript:alert(1)",
      "mailto:info@x.nl",
      "info@x.nl",
      "ftp://x.nl",
      "www x nl",
      '"><script>alert(1)</script>',
      "https://user:pw@x.nl/",
      "localhost",
    ])
      expect(websiteHref(raw), String(raw)).toBeUndefined();
  });
});

describe("swvTitle", () => {
  it("uses the name, else the code", () => {
    expect(swvTitle({ id: "po2708", code: "PO2708", name: "Stichting Amstelronde" })).toBe(
      "Stichting Amstelronde",
    );
    expect(swvTitle({ id: "po3001", code: "PO3001" })).toBe("Samenwerkingsverband PO3001");
  });
});

describe("swvMembersText, swvIndexText, swvListSearched", () => {
  const po2018 = {
    sector: "po" as const,
    membersSource: SWV_SOURCE.members2018,
    memberPupilsSource: SWV_SOURCE.bron2016,
  };
  const poBron = { ...po2018, membersSource: SWV_SOURCE.bron2016 };
  const vo = {
    sector: "vo" as const,
    membersSource: SWV_SOURCE.vsv2015,
    memberPupilsSource: SWV_SOURCE.vsv2015,
    membersListYears: [2017],
  };

  it("says when members and pupils were counted, from the real manifest (the page's words before)", () => {
    const src = realSources();
    expect(swvMembersText(po2018, src)).toEqual({
      pupilsHead: "Leerlingen (1 oktober 2016)",
      membersWhen:
        "po-vestigingen volgens de DUO-lijst van ca. april 2018; leerlingen van de basisscholen op 1 oktober 2016",
    });
    expect(swvMembersText(poBron, src).membersWhen).toBe("basisscholen op 1 oktober 2016");
    expect(swvMembersText(vo, src)).toEqual({
      pupilsHead: "Leerlingen (2015)",
      membersWhen: "vo-vestigingen in 2015, via de lijst van 2017",
    });
    expect(swvMembersText({ ...vo, membersListYears: [2017, 2020.5] }, src).membersWhen).toBe(
      "vo-vestigingen in 2015, via de lijsten van 2017 en ca. 2020",
    );
    expect(swvIndexText(src)).toEqual({
      listPeriod: "stand ca. april 2018",
      listBy: "DUO",
      caption: "Samenwerkingsverbanden (leden po: ca. april 2018, vo: 2015; leerlingen po: 1 oktober 2016)",
    });
    expect(swvListSearched(src)).toBe(
      "Gezocht op naam en plaats in de DUO-lijst van samenwerkingsverbanden (ca. april 2018).",
    );
  });

  it("the data stage's date of the SWV lists (nameNote, listDate) is the manifest's period of those lists", () => {
    const src = realSources();
    expect(SWV_LIST_DATE).toBe(src.get(SWV_SOURCE.list).period);
    expect(SWV_LIST_DATE).toBe(src.get(SWV_SOURCE.members2018).period);
  });

  it("follows a changed manifest: other dates of the SWV lists and the pupil file", () => {
    const src = changedSources({
      [SWV_SOURCE.list]: { period: "stand ca. juni 2019", when: "ca. juni 2019" },
      [SWV_SOURCE.members2018]: { when: "ca. juni 2019", period: "stand ca. juni 2019" },
      [SWV_SOURCE.bron2016]: { when: "1 oktober 2017", period: "1 oktober 2017" },
      [SWV_SOURCE.vsv2015]: { years: [2014] },
    });
    const all = JSON.stringify([
      swvMembersText(po2018, src),
      swvMembersText(poBron, src),
      swvMembersText({ ...vo, membersListYears: [2018] }, src),
      swvIndexText(src),
      swvListSearched(src),
    ]);
    expect(all).not.toMatch(/2015|april 2018|2016/);
    expect(swvMembersText(po2018, src).pupilsHead).toBe("Leerlingen (1 oktober 2017)");
    expect(swvMembersText(vo, src).pupilsHead).toBe("Leerlingen (2014)");
    expect(swvIndexText(src).caption).toBe(
      "Samenwerkingsverbanden (leden po: ca. juni 2019, vo: 2014; leerlingen po: 1 oktober 2017)",
    );
  });
});

describe("swvIndexRows", () => {
  it("gives pupils (a lower bound with ≥), the newest eigen vermogen with its year, and – when missing", () => {
    const [a, b] = swvIndexRows([
      {
        id: "po2708",
        code: "PO2708",
        name: "SWV Twee",
        sector: "po",
        provinces: ["Utrecht", "Gelderland"],
        members: [{ board: "1", name: "B", vestigingen: 2 }],
        series: [
          {
            indicator: "swv-leerlingen",
            sector: "po",
            points: [{ year: 2016, value: 12345, lowerBound: true }],
          },
          {
            indicator: "swv-eigen-vermogen",
            sector: "po",
            points: [
              { year: 2018, value: 1000 },
              { year: 2019, missing: "not-in-source" },
            ],
          },
        ],
      },
      { id: "vo3001", code: "VO3001", sector: "vo", provinces: [], members: [], series: [] },
    ]);
    expect(a).toEqual({
      href: "/samenwerkingsverbanden/po2708/",
      title: "SWV Twee",
      code: "PO2708",
      sector: "po",
      provinces: "Utrecht, Gelderland",
      members: "1",
      pupils: "≥ 12.345",
      reserves: "€ 1.000 (2018)",
    });
    expect(b).toMatchObject({
      title: "Samenwerkingsverband VO3001",
      provinces: "–",
      pupils: "–",
      reserves: "–",
    });
  });
});

describe("swvLead", () => {
  const swv = (municipalities: string[], provinces: string[]) => ({
    id: "po9999",
    code: "PO9999",
    name: "SWV De Vallei",
    sector: "po" as const,
    municipalities,
    provinces,
  });
  it("names a few municipalities as a Dutch list, with the provinces", () => {
    expect(swvLead(swv(["Ede"], ["Gelderland"]), "primair onderwijs")).toEqual({
      sentence:
        "SWV De Vallei is een samenwerkingsverband passend onderwijs in het primair onderwijs met scholen in de gemeente Ede (Gelderland).",
    });
    expect(
      swvLead(swv(["Ede", "Renkum", "Wageningen"], ["Gelderland", "Utrecht"]), "primair onderwijs").sentence,
    ).toBe(
      "SWV De Vallei is een samenwerkingsverband passend onderwijs in het primair onderwijs met scholen in de gemeenten Ede, Renkum en Wageningen (Gelderland en Utrecht).",
    );
  });
  it("counts many municipalities instead of listing them in the sentence, and returns them for the page", () => {
    const many = Array.from({ length: SWV_LEAD_PLACES + 86 }, (_, i) => `Gemeente ${i + 1}`);
    const provinces = ["Drenthe", "Flevoland", "Gelderland"];
    const lead = swvLead(swv(many, provinces), "primair onderwijs");
    expect(lead.sentence).toBe(
      "SWV De Vallei is een samenwerkingsverband passend onderwijs in het primair onderwijs met scholen in 91 gemeenten in 3 provincies.",
    );
    expect(lead.places).toEqual(many);
    expect(swvLead(swv(many, ["Utrecht"]), "voortgezet onderwijs").sentence).toMatch(
      /in het voortgezet onderwijs met scholen in 91 gemeenten in de provincie Utrecht\.$/,
    );
    // Exactly the limit is still named.
    const five = many.slice(0, SWV_LEAD_PLACES);
    expect(swvLead(swv(five, []), "primair onderwijs")).toEqual({
      sentence: `SWV De Vallei is een samenwerkingsverband passend onderwijs in het primair onderwijs met scholen in de gemeenten ${five.slice(0, -1).join(", ")} en ${five.at(-1)}.`,
    });
  });
  it("says what it is without a place when none is known; falls back to the code as title", () => {
    expect(swvLead({ ...swv([], []), name: undefined }, "primair onderwijs").sentence).toBe(
      "Samenwerkingsverband PO9999 is een samenwerkingsverband passend onderwijs in het primair onderwijs.",
    );
    expect(swvLead(swv([], ["Zeeland"]), "primair onderwijs").sentence).toBe(
      "SWV De Vallei is een samenwerkingsverband passend onderwijs in het primair onderwijs (Zeeland).",
    );
  });
});

import { describe, expect, it } from "vitest";
import type { HistoryOut } from "../data/history.ts";
import type { OordelenOut } from "../data/oordelen.ts";
import { OORDELEN_SOURCE } from "../data/oordelen.ts";
import { changedSources, realSources } from "../../../test/helpers/sources.ts";
import { historyFacts, historyView } from "./historyView.ts";
import { afdeling, formatDateNl, oordelenFacts, oordelenView } from "./oordelenView.ts";

const facts = oordelenFacts(realSources());
const hf = historyFacts(realSources());

const o: OordelenOut = {
  peildatum: "2018-04-01",
  board: { finContinuiteit: "Voldoende", finDate: "2014-09-01" },
  sectors: [
    {
      sector: "po",
      units: 5,
      judged: 4,
      weak: 1,
      counts: { Voldoende: 3, Zwak: 1, "Geen oordeel": 1 },
    },
    { sector: "vo", units: 2, judged: 2, weak: 1, counts: { Voldoende: 1, Onvoldoende: 1 } },
  ],
  weakUnits: [
    {
      sector: "po",
      unit: "01AB|C1",
      vestiging: "01AB00",
      name: "Eik",
      unitName: "De Eik",
      judgement: "Zwak",
      judgedOn: "2015-11-20",
    },
    {
      sector: "vo",
      unit: "02BB|01|VMBOGT",
      vestiging: "02BB01",
      name: "Lyceum",
      unitName: "VMBOGT",
      judgement: "Onvoldoende",
    },
  ],
};

describe("oordelenView", () => {
  it("formats dates and afdelingen in Dutch", () => {
    expect(formatDateNl("2015-12-03")).toBe("3 december 2015");
    expect(afdeling("VMBOGT")).toBe("vmbo gemengd/theoretisch");
    expect(afdeling("XYZ")).toBe("XYZ");
  });

  it("builds the counts table with the quality judgements always and others only when they occur", () => {
    const v = oordelenView("Stichting Een", o, facts);
    expect(v.has).toBe(true);
    expect(v.table!.head).toEqual(["Oordeel", "Po: vestigingen", "Vo: afdelingen"]);
    expect(v.table!.rows).toEqual([
      ["Goed", "0", "0"],
      ["Voldoende", "3", "1"],
      ["Onvoldoende", "0", "1"],
      ["Zwak", "1", "0"],
      ["Zeer zwak", "0", "0"],
      ["Geen oordeel", "1", "0"],
    ]);
    expect(v.table!.foot).toEqual([
      ["Totaal", "5", "2"],
      ["Met een oordeel", "4", "2"],
    ]);
    expect(v.table!.caption).toContain("1 april 2018");
  });

  it("says per sector how many judged units were weak, with the share", () => {
    const v = oordelenView("Stichting Een", o, facts);
    expect(v.summary).toEqual([
      "1 van de 4 beoordeelde vestigingen (po) had het oordeel zwak, zeer zwak of onvoldoende (25,0%).",
      "1 van de 2 beoordeelde afdelingen (vo) had het oordeel zwak, zeer zwak of onvoldoende (50,0%).",
    ]);
  });

  it("lists the weak units and the board-level judgements with their dates", () => {
    const v = oordelenView("Stichting Een", o, facts);
    expect(v.weak).toEqual([
      { text: "De Eik (01AB00)", judgement: "zwak", date: "20 november 2015" },
      { text: "Lyceum (02BB01), afdeling vmbo gemengd/theoretisch", judgement: "onvoldoende" },
    ]);
    expect(v.boardLevel).toEqual([
      {
        label: "Financiële continuïteit (oordeel uit het toezicht van voor augustus 2017)",
        value: "Voldoende",
        date: "1 september 2014",
      },
    ]);
  });

  it("says in one sentence that a board has no judgements", () => {
    const v = oordelenView("Stichting Niets", undefined, facts);
    expect(v.has).toBe(false);
    expect(v.none).toBe(
      "Voor dit bestuur staan geen oordelen van de inspectie in de open data van 1 april 2018.",
    );
    expect(v.table).toBeUndefined();
  });

  it("says so when no unit in a sector had a current judgement", () => {
    const v = oordelenView(
      "X",
      {
        peildatum: "2018-04-01",
        sectors: [{ sector: "po", units: 2, judged: 0, weak: 0, counts: { "Geen oordeel": 2 } }],
        weakUnits: [],
      },
      facts,
    );
    expect(v.summary).toEqual(["Geen van de 2 vestigingen (po) had op 1 april 2018 een actueel oordeel."]);
    expect(v.boardLevel).toEqual([]);
  });

  it("takes the page's words from the manifest: heading, dates, framework sentence and source line", () => {
    const v = oordelenView("Stichting Een", o, facts);
    expect(v.heading).toBe("Oordelen van de Inspectie (1 april 2018)");
    expect(v.framework).toMatch(/^De inspectie werkt sinds 1 augustus 2017 met een nieuw kader\./);
    expect(v.source).toBe("Inspectie van het Onderwijs, open data ‘Oordelen’, peildatum 1 april 2018");
    expect(v.schoolsHref).toBe("/data/#inspectie-oordelen-scholen-2018");
    expect(v.boardsHref).toBe("/data/#inspectie-oordelen-besturen-2018");
  });

  it("follows a changed manifest: another peildatum and framework date appear everywhere, the old ones nowhere", () => {
    const changed = oordelenFacts(
      changedSources({
        [OORDELEN_SOURCE.schools]: { when: "1 mei 2023", frameworkSince: "2021-01-15" },
        [OORDELEN_SOURCE.boards]: { when: "1 mei 2023" },
      }),
    );
    const v = oordelenView("Stichting Een", o, changed);
    const none = oordelenView("Stichting Niets", undefined, changed);
    // Every text, not the links (a source id may hold a year).
    const all = JSON.stringify([v, none], (k, x: unknown) => (/href$/i.test(k) ? undefined : x));
    expect(all).not.toMatch(/2018|2017/);
    expect(v.heading).toBe("Oordelen van de Inspectie (1 mei 2023)");
    expect(v.table!.caption).toBe(
      "Eindoordelen van de inspectie voor de scholen van Stichting Een, op 1 mei 2023",
    );
    expect(v.weakHeading).toBe("Zwak, zeer zwak of onvoldoende op 1 mei 2023");
    expect(v.noBoardLevel).toBe("Voor het bestuur zelf staat op 1 mei 2023 geen oordeel in de open data.");
    expect(v.framework).toMatch(/^De inspectie werkt sinds 15 januari 2021 met een nieuw kader\./);
    expect(v.boardLevel[0]!.label).toBe(
      "Financiële continuïteit (oordeel uit het toezicht van voor januari 2021)",
    );
    expect(none.none).toBe(
      "Voor dit bestuur staan geen oordelen van de inspectie in de open data van 1 mei 2023.",
    );
  });

  it("oordelenFacts(src) refuses two Inspectie files of different dates", () => {
    expect(() => oordelenFacts(changedSources({ [OORDELEN_SOURCE.boards]: { when: "1 mei 2023" } }))).toThrow(
      /differ in date/,
    );
  });
});

describe("historyView", () => {
  const h: HistoryOut = {
    events: [
      {
        brin: "11AA",
        name: "De Linde",
        place: "Erica",
        kind: "basisschool",
        schoolYear: "2015-2016",
        date: "2015-08-01",
        how: "fusie",
        howLabel: "Fusie",
        pupils: 29,
        into: { brin: "22BB", name: "De Eik", board: "41002", boardName: "Stichting Twee", sameBoard: false },
      },
      {
        brin: "11AB",
        name: "De Beuk",
        kind: "basisschool",
        schoolYear: "2012-2013",
        date: "2012-08-01",
        how: "opheffing",
        howLabel: "opheffing zonder fusie",
        pupilsMissing: "not-reported",
      },
    ],
    mergedInto: { board: "41002", name: "Stichting Twee", schools: 1, hasPage: true },
  };

  it("lists events with a link to the other board", () => {
    const v = historyView(h, { active: true, hasPo: true }, hf);
    expect(v.show).toBe(true);
    expect(v.items[0]!.heading).toBe("De Linde (11AA, Erica)");
    expect(v.items[0]!.segments).toEqual([
      { text: "Gesloten op 1 augustus 2015 (schooljaar 2015-2016). " },
      { text: "Gefuseerd: opgegaan in De Eik (22BB), nu een school van " },
      { text: "Stichting Twee", href: "/besturen/41002/" },
      { text: "." },
      { text: " Leerlingen vlak voor de sluiting: 29." },
    ]);
    expect(v.items[1]!.segments.map((s) => s.text).join("")).toBe(
      "Gesloten op 1 augustus 2012 (schooljaar 2012-2013). Opgeheven zonder fusie. Het aantal leerlingen vlak voor de sluiting is niet bekend.",
    );
    expect(v.mergedInto).toBeUndefined(); // an active board
  });

  it("says where the schools of a board no longer active went", () => {
    const v = historyView(h, { active: false, hasPo: true }, hf);
    expect(v.mergedInto).toEqual([
      { text: "De scholen van dit bestuur zijn opgegaan in scholen van " },
      { text: "Stichting Twee", href: "/besturen/41002/" },
      { text: "." },
      { text: " Dat geldt voor 1 van de 2 scholen die in 2009-2017 sloten." },
    ]);
  });

  it("hides the section for a vo-only board without events and says so for a po board", () => {
    expect(historyView(undefined, { active: true, hasPo: false }, hf).show).toBe(false);
    const v = historyView(undefined, { active: true, hasPo: true }, hf);
    expect(v.show).toBe(true);
    expect(v.none).toMatch(/geen school/);
  });

  it("takes the heading, the school years and the source line from the manifest", () => {
    const v = historyView(h, { active: false, hasPo: true }, hf);
    expect(v.heading).toBe("Geschiedenis: gesloten en gefuseerde scholen (2009-2017)");
    expect(v.intro).toContain("in de schooljaren 2009-2010 tot en met 2017-2018, de nieuwste eerst");
    expect(v.source).toEqual({
      text: "DUO, Sluitende en fuserende scholen in het primair onderwijs 2009-2017",
      href: "/data/#po-sluitende-fuserende-2009-2017",
    });
    const changed = historyFacts(
      changedSources({
        "po-sluitende-fuserende-2009-2017": { title: "Gesloten scholen po", years: [2011, 2020] },
      }),
    );
    const w = historyView(h, { active: false, hasPo: true }, changed);
    expect(w.heading).toBe("Geschiedenis: gesloten en gefuseerde scholen (2011-2020)");
    expect(w.intro).toContain("in de schooljaren 2011-2012 tot en met 2020-2021, de nieuwste eerst");
    expect(w.mergedInto!.at(-1)!.text).toBe(" Dat geldt voor 1 van de 2 scholen die in 2011-2020 sloten.");
    expect(w.source.text).toBe("DUO, Gesloten scholen po");
    const texts = JSON.stringify(historyView(undefined, { active: true, hasPo: true }, changed), (k, x) =>
      k === "href" ? undefined : (x as unknown),
    );
    expect(texts).not.toMatch(/2009|2017/);
  });
});

import { describe, expect, it } from "vitest";
import { OORDELEN_PEILDATUM, OORDELEN_SOURCE } from "../data/oordelen.ts";
import { changedSources, realManifest, realSources } from "../../../test/helpers/sources.ts";
import { formatDateNl } from "./oordelenView.ts";
import { schoolYearSpan, sourceLookup, yearSpan } from "./sourceView.ts";

describe("yearSpan, schoolYearSpan", () => {
  it("yearSpan(years) gives the first and last year, one year alone, nothing for none", () => {
    expect(yearSpan([2009, 2017])).toBe("2009-2017");
    expect(yearSpan([2015])).toBe("2015");
    expect(yearSpan([])).toBeUndefined();
  });
  it("schoolYearSpan(years) gives the school years that start in those years", () => {
    expect(schoolYearSpan([2009, 2017])).toBe("2009-2010 tot en met 2017-2018");
    expect(schoolYearSpan([2015])).toBe("2015-2016");
  });
});

describe("sourceLookup", () => {
  it("reads title, publisher (the licence's credit), date and anchor of the real manifest", () => {
    const src = realSources();
    expect(src.label("po-sluitende-fuserende-2009-2017")).toBe(
      "DUO, Sluitende en fuserende scholen in het primair onderwijs 2009-2017",
    );
    expect(src.publisher(OORDELEN_SOURCE.schools)).toBe("Inspectie van het Onderwijs");
    expect(src.when(OORDELEN_SOURCE.schools)).toBe("1 april 2018");
    expect(src.frameworkSince(OORDELEN_SOURCE.schools)).toBe("1 augustus 2017");
    expect(src.when("vo-vsv-swv-2015")).toBe("2015");
    expect(src.span("fin-balans-2015-2019")).toBe("2015-2019");
    expect(src.href("po-balans")).toBe("/data/#po-balans");
  });

  it("follows a changed manifest entry: when, years, title and the licence's credit", () => {
    const src = changedSources(
      {
        [OORDELEN_SOURCE.schools]: { when: "15 mei 2021", frameworkSince: "2020-09-01" },
        "po-sluitende-fuserende-2009-2017": { title: "Sluitende scholen", years: [2011, 2019] },
        "vo-vsv-swv-2015": { years: [2016] },
      },
      { "duo-cc0": { name: "CC0", url: "https://example.org/", credit: "Dienst Uitvoering Onderwijs" } },
    );
    expect(src.when(OORDELEN_SOURCE.schools)).toBe("15 mei 2021");
    expect(src.frameworkSince(OORDELEN_SOURCE.schools)).toBe("1 september 2020");
    expect(src.label("po-sluitende-fuserende-2009-2017")).toBe(
      "Dienst Uitvoering Onderwijs, Sluitende scholen",
    );
    expect(src.span("po-sluitende-fuserende-2009-2017")).toBe("2011-2019");
    expect(src.when("vo-vsv-swv-2015")).toBe("2016");
  });

  it("throws for an unknown source and for a fact the manifest does not give, instead of showing an id", () => {
    const src = sourceLookup({ licences: {}, sources: [] });
    expect(() => src.title("po-balans")).toThrow(/po-balans is not in the source manifest/);
    expect(() => realSources().frameworkSince("po-balans")).toThrow(/no frameworkSince/);
  });

  it("the peildatum the data stage files the judgements under is the manifest's date of both Inspectie files", () => {
    const src = realSources();
    expect(src.when(OORDELEN_SOURCE.schools)).toBe(formatDateNl(OORDELEN_PEILDATUM));
    expect(src.when(OORDELEN_SOURCE.boards)).toBe(formatDateNl(OORDELEN_PEILDATUM));
  });

  it("every `when` of the real manifest names a year the source covers", () => {
    const withWhen = realManifest().sources.filter((s) => s.when !== undefined);
    expect(withWhen.length).toBeGreaterThan(5);
    for (const s of withWhen) {
      const years = (s.when!.match(/\b(19|20)\d{2}\b/g) ?? []).map(Number);
      expect(years.length, s.id).toBeGreaterThan(0);
      expect(years[0]! >= s.years[0]! && years[0]! <= s.years.at(-1)!, `${s.id}: ${s.when}`).toBe(true);
    }
  });
});

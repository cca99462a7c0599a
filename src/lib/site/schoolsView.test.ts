import { describe, expect, it } from "vitest";
import { OORDELEN_SOURCE } from "../data/oordelen.ts";
import { changedSources, realSources } from "../../../test/helpers/sources.ts";
import { schoolRows, schoolsFacts, schoolsTableText } from "./schoolsView.ts";

const facts = schoolsFacts(realSources());

describe("schoolRows", () => {
  it("schoolRows(board) shows each school's own figures and missing ones with a reason, never 0", () => {
    const rows = schoolRows(
      {
        schools: [
          {
            brin: "11AA",
            name: "De Regenboog",
            vestigingen: [
              {
                code: "11AA00",
                name: "De Regenboog",
                municipality: "Kampen",
                type: "bo",
                pupils: 200,
                pupilsYear: 2025,
              },
              {
                code: "11AA01",
                name: "Dependance",
                municipality: "Kampen",
                type: "bo",
                pupilsYear: 2010,
                pupilsSuppressed: true,
              },
            ],
          },
          {
            brin: "22BB",
            name: "Het Lyceum",
            vestigingen: [{ code: "22BB00", name: "Het Lyceum", type: "vo", pupils: 900, pupilsYear: 2025 }],
          },
        ],
        vestigingFacts: {
          "11AA00": {
            pupils: { latest: { year: 2025, value: 200 }, then: { year: 2020, value: 250 }, source: "x" },
            eindtoets: { year: 2018, test: "IEP", average: 81.2, pupils: 30, source: "po-eindscores-2018" },
            oordelen: [{ judgement: "Voldoende", judgedOn: "2016-03-01" }],
            place: "IJsselmuiden",
          },
          "22BB00": { exam: { year: 2023, missing: "suppressed-small" } },
        },
      },
      facts,
    );
    expect(rows.map((r) => r.code)).toEqual(["11AA00", "22BB00", "11AA01"]);
    const regenboog = rows.find((r) => r.code === "11AA00")!;
    expect(regenboog).toMatchObject({
      anchor: "vestiging-11AA00",
      place: "IJsselmuiden",
      kind: "basisschool",
      pupils: { text: "200", note: "1 oktober 2025" },
      trend: { text: "−20%", note: "sinds 2020 (250)" },
      result: { text: "IEP 81,2", note: "eindtoets 2018-2019, 30 leerlingen" },
    });
    expect(regenboog.oordeel.text).toMatch(/^Voldoende \(vastgesteld 1 maart 2016\)$/);
    const dep = rows.find((r) => r.code === "11AA01")!;
    expect(dep.pupils).toMatchObject({
      missing: true,
      text: "minder dan 5 (2010): DUO toont het aantal niet",
    });
    expect(dep.result.missing).toBe(true);
    const lyceum = rows.find((r) => r.code === "22BB00")!;
    expect(lyceum.result).toMatchObject({ missing: true });
    expect(lyceum.result.text).toMatch(/minder dan 5 kandidaten/);
    const lb = schoolRows(
      {
        schools: [
          {
            brin: "33CC",
            name: "X",
            vestigingen: [
              {
                code: "33CC00",
                name: "X",
                type: "vo",
                pupils: 800,
                pupilsYear: 2025,
                pupilsLowerBound: true,
              },
            ],
          },
        ],
        vestigingFacts: { "33CC00": { pupils: { latest: { year: 2022, value: 780 }, source: "x" } } },
      },
      facts,
    );
    expect(lb[0]!.pupils).toMatchObject({ text: "≥ 800", note: "1 oktober 2025" });
    for (const r of rows)
      for (const c of [r.pupils, r.trend, r.result, r.oordeel]) expect(c.text).not.toBe("0");
  });

  it("schoolsTableText(facts) and the missing cells name the files' dates from the manifest", () => {
    const t = schoolsTableText(facts);
    expect(t.oordeelHead).toBe("Oordeel inspectie (1 april 2018)");
    expect(t.sources).toContain("eindtoets: DUO, gemiddelde eindscores 2015-2016 en 2018-2019 (de toets");
    expect(t.sources).toContain(
      "oordeel: Inspectie van het Onderwijs, oordelen per school op 1 april 2018 (een oud oordeel, niet het huidige).",
    );
    const changed = schoolsFacts(
      changedSources({
        [OORDELEN_SOURCE.schools]: { when: "1 mei 2023" },
        "po-eindscores-2015": { when: "2016-2017" },
        "po-eindscores-2018": { when: "2021-2022" },
      }),
    );
    const c = schoolsTableText(changed);
    expect(c.oordeelHead).toBe("Oordeel inspectie (1 mei 2023)");
    expect(c.sources).toContain("gemiddelde eindscores 2016-2017 en 2021-2022");
    expect(c.sources).not.toMatch(/2015-2016|2018-2019|1 april 2018/);
    const [row] = schoolRows(
      {
        schools: [
          {
            brin: "44DD",
            name: "Y",
            vestigingen: [{ code: "44DD00", name: "Y", type: "bo", pupils: 100, pupilsYear: 2025 }],
          },
        ],
      },
      changed,
    );
    expect(row!.result.text).toBe("geen gegevens: niet in de eindtoetsbestanden 2016-2017 en 2021-2022");
    expect(row!.oordeel.text).toBe("geen oordeel in het bestand van 1 mei 2023");
  });
});

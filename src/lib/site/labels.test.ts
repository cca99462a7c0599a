import { describe, expect, it } from "vitest";
import { changedSources, realSources } from "../../../test/helpers/sources.ts";
import { nameSourceLabel, nameSourceText } from "./labels.ts";

describe("nameSourceText", () => {
  it("says where a board's name comes from, with the file's years or date from the manifest", () => {
    const src = realSources();
    expect(nameSourceText("fin-balans-2015-2019", src)).toBe(
      "naam volgens de financiële gegevens van DUO (balans 2015-2019, laatste jaar van het bestuur)",
    );
    expect(nameSourceText("po-besturen-2018", src)).toBe(
      "naam volgens de DUO-lijst van po-besturen (ca. april 2018)",
    );
    expect(nameSourceText("duo-besturen-actueel", src)).toBe(
      "huidige naam volgens de DUO-besturenlijsten (afgeleid bestand, ca. oktober 2026)",
    );
    expect(nameSourceText("something-else", src)).toBe("something-else");
  });

  it("follows a changed manifest entry", () => {
    const src = changedSources({
      "fin-balans-2015-2019": { years: [2015, 2023] },
      "vo-besturen-2023": { period: "stand ca. mei 2024", when: "ca. mei 2024" },
      "functiemix-besturen-2006-2017": { years: [2006, 2021] },
    });
    expect(nameSourceText("fin-balans-2015-2019", src)).toContain("(balans 2015-2023,");
    expect(nameSourceText("vo-besturen-2023", src)).toBe(
      "naam volgens de DUO-lijst van vo-besturen (ca. mei 2024)",
    );
    expect(nameSourceText("functiemix-besturen-2006-2017", src)).toContain("(2006-2021)");
  });

  it("every label names only facts of the manifest: each builds against the real one", () => {
    for (const [id, label] of Object.entries(nameSourceLabel))
      expect(label(realSources()).length, id).toBeGreaterThan(20);
  });
});

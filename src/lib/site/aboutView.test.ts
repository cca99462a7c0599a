import { describe, expect, it } from "vitest";
import { FINANCE_SOURCE } from "../data/finance.ts";
import { OORDELEN_SOURCE } from "../data/oordelen.ts";
import { changedSources, realSources } from "../../../test/helpers/sources.ts";
import { disagreeThreshold, financeRuleText, oldFilesText } from "./aboutView.ts";

describe("oldFilesText, financeRuleText", () => {
  it("give the words of /over/ and /data/ from the real manifest", () => {
    const src = realSources();
    expect(oldFilesText(src)).toBe(
      "financiën tot 2019, personeel in fte tot 2017, oordelen van de inspectie van 1 april 2018",
    );
    expect(financeRuleText(src)).toBe(
      "eerst DUO's eigen kengetallen (2012-2016), dan het nieuwste bestand (balans 2015-2019, lasten 2014-2018), dan de oudere po-bestanden (2011-2015)",
    );
    expect(disagreeThreshold()).toBe("0,5%");
  });

  it("follow a changed manifest: newer finance and staff files, another peildatum", () => {
    const src = changedSources({
      [FINANCE_SOURCE.balans2015]: { years: [2015, 2022] },
      [FINANCE_SOURCE.kengetallen]: { years: [2013, 2016] },
      [FINANCE_SOURCE.poBatenLasten]: { years: [2010, 2015] },
      "functiemix-besturen-2006-2017": { years: [2006, 2020] },
      [OORDELEN_SOURCE.schools]: { when: "1 mei 2023" },
    });
    expect(oldFilesText(src)).toBe(
      "financiën tot 2022, personeel in fte tot 2020, oordelen van de inspectie van 1 mei 2023",
    );
    expect(financeRuleText(src)).toBe(
      "eerst DUO's eigen kengetallen (2013-2016), dan het nieuwste bestand (balans 2015-2022, lasten 2014-2018), dan de oudere po-bestanden (2011-2015 en 2010-2015)",
    );
  });
});

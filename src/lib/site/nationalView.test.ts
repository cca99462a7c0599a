import { describe, expect, it } from "vitest";
import type { SectorStat } from "../data/build.ts";
import { nationalSeries, TOTAL_SPECS } from "../data/nationalTotals.ts";
import { indicator } from "../data/registry.ts";
import { embedSnippet, nationalCsv, nationalView, sectorIndicatorCsv } from "./nationalView.ts";

const spec = (id: string) => TOTAL_SPECS.find((t) => t.id === id)!;
const rate = (year: number, weighted: number): SectorStat => ({
  indicator: "slaagpercentage",
  sector: "vo",
  year,
  n: 5,
  missing: year === 2019 ? { "suppressed-small": 2 } : {},
  weighted,
  weightBase: 1000,
});

describe("nationalView", () => {
  const view = nationalView(
    nationalSeries(
      [2018, 2019, 2020].map((y) => rate(y, 90 + y - 2018)),
      spec("slaagpercentage"),
      "vo",
    ),
  );

  it("nationalView(series) says the years across a break are not comparable and numbers the breaks", () => {
    expect(view.sentence).toMatch(/breuken in de reeks \(2019-2020, 2020-2021\)/);
    expect(view.footnotes[0]).toMatch(/^Breuk 1 \(2019-2020\): geen centrale examens/);
    expect(view.rows.map((r) => r[4])).toEqual([
      "–",
      expect.stringMatching(/^1: geen centrale examens/),
      "2: examenmaatregelen",
    ]);
  });

  it("nationalView(series) cites DUO, the files, the years, the access date placeholder and the anchor URL", () => {
    expect(view.anchor).toBe("totaal-slaagpercentage");
    expect(view.citation).toMatch(
      /^DUO, Examenkandidaten en geslaagden .*, 2018-2019 t\/m 2020-2021; po\/vo-benchmark, geraadpleegd \[datum\], https:\/\/[^ ]+\/sector\/vo\/#totaal-slaagpercentage$/,
    );
    expect(embedSnippet(view)).toMatch(
      /^<iframe src="https:\/\/[^"]+\/embed\/vo\/slaagpercentage\/" title="[^"]+"/,
    );
  });

  it("nationalCsv(view) has one row per year with decimal commas, and text cells cannot become formulas", () => {
    const lines = nationalCsv(view)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]!.split(";").slice(2, 8)).toEqual(["2018", "2018-2019", "90", "percent", "nee", "5"]);
    expect(lines[2]!.split(";")[4]).toBe("91");
    const hostile = nationalView({
      ...view.series,
      spec: { ...view.series.spec, label: '=HYPERLINK("x")' },
    });
    const csv = nationalCsv(hostile);
    expect(csv).not.toMatch(/;=HYPERLINK/);
    expect(csv).toContain(`;"'=HYPERLINK(""x"")";`);
  });
});

describe("sectorIndicatorCsv", () => {
  it("sectorIndicatorCsv(def, sector, stats) writes one row per year with the break text in its year", () => {
    const stats = [rate(2018, 92), rate(2019, 98.8)].map((s) => ({
      ...s,
      median: s.weighted,
      q1: 90,
      q3: 95,
    }));
    const lines = sectorIndicatorCsv(indicator("slaagpercentage"), "vo", stats)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(3);
    const cols = lines[0]!.split(";");
    const row = (i: number) => Object.fromEntries(lines[i]!.split(";").map((c, j) => [cols[j], c]));
    expect(row(1)).toMatchObject({ jaar: "2018", mediaan: "92", breuk: "", totaal: "", ondergrens: "" });
    expect(row(2)).toMatchObject({ jaar: "2019", mediaan: "98,8", gewogen_basis: "1000" });
    expect(row(2).breuk).toMatch(/geen centrale examens/);
    // The bronnen (the last cell) of a year are the files that cover it, not every file of the indicator.
    const bronnen = (i: number) => lines[i]!.split(";").at(-1)!.split(" ");
    expect(bronnen(1)).toContain("vo-examens-2014-2019");
    expect(bronnen(1)).not.toContain("vo-examens-2019-2024");
    expect(bronnen(2)).toContain("vo-examens-2019-2024");
    expect(bronnen(2)).not.toContain("vo-examens-2014-2019");
  });
});

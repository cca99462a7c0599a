import { describe, expect, it } from "vitest";
import { changedSources, realSources } from "../../../test/helpers/sources.ts";
import { historyFacts, historyView, successorSegments } from "./historyView.ts";

const hf = historyFacts(realSources());
const names = {
  source: (id: string) =>
    ({ "vo-leerlingen-bestuur-2021": "DUO, Leerlingen vo per vestiging en bestuur 2021" })[id],
  board: (id: string) => ({ "200": "Stichting Iris", "300": "Stichting Eem" })[id],
};
const text = (s: { text: string }[] | undefined) => s?.map((x) => x.text).join("");

describe("successorSegments", () => {
  it("successorSegments(merger) links the board that holds the schools now, with year and source", () => {
    const s = successorSegments(
      {
        kind: "merger",
        successors: [
          { board: "200", vestigingen: 2, year: 2021, source: "vo-leerlingen-bestuur-2021", via: "list" },
        ],
        total: 2,
        closed: 0,
        lastYear: 2019,
      },
      names,
    )!;
    expect(s[1]).toEqual({ text: "Stichting Iris", href: "/besturen/200/" });
    expect(text(s)).toBe(
      "De scholen van dit bestuur vallen nu onder Stichting Iris. Bron: DUO, Leerlingen vo per vestiging en bestuur 2021 (2021), de eerste lijst waarin ze onder dat bestuur staan; in 2019 stonden ze nog onder dit bestuur.",
    );
  });

  it("successorSegments(split) names every board with its vestigingen and says how many closed", () => {
    const s = successorSegments(
      {
        kind: "split",
        successors: [
          {
            board: "200",
            vestigingen: 3,
            year: 2014,
            source: "po-sluitende-fuserende-2009-2017",
            via: "fusie",
          },
          { board: "300", vestigingen: 1, year: 2021, source: "vo-leerlingen-bestuur-2021", via: "list" },
        ],
        total: 5,
        closed: 1,
        lastYear: 2019,
      },
      names,
    );
    expect(text(s)).toMatch(
      /^De scholen van dit bestuur vallen nu onder Stichting Iris \(3 vestigingen\) en Stichting Eem \(1 vestiging\)\. Dat geldt voor 4 van de 5 vestigingen; de andere is gesloten\. Bron \(Stichting Iris\): po-sluitende-fuserende-2009-2017: de scholen fuseerden vanaf 2014 met scholen/,
    );
  });

  it("successorSegments names each source by the manifest's publisher and title", () => {
    const merger = {
      kind: "merger" as const,
      successors: [
        {
          board: "200",
          vestigingen: 1,
          year: 2021,
          source: "vo-leerlingen-bestuur-2021",
          via: "list" as const,
        },
      ],
      total: 1,
      closed: 0,
      lastYear: 2019,
    };
    const src = changedSources(
      { "vo-leerlingen-bestuur-2021": { title: "Leerlingen vo 2021" } },
      { "duo-cc0": { name: "CC0", url: "https://example.org/", credit: "Dienst Uitvoering Onderwijs" } },
    );
    const licence = realSources().get("vo-leerlingen-bestuur-2021").licence;
    expect(licence).toBe("duo-cc0");
    expect(text(successorSegments(merger, { ...names, source: (id) => src.label(id) }))).toContain(
      "Bron: Dienst Uitvoering Onderwijs, Leerlingen vo 2021 (2021), de eerste lijst",
    );
  });

  it("successorSegments(closed) says no board took them over; historyView puts it only on inactive boards", () => {
    const closed = { kind: "closed" as const, successors: [], total: 1, closed: 1, lastYear: 2002 };
    expect(text(successorSegments(closed, names))).toBe(
      "De vestiging van dit bestuur is gesloten; de lijsten van DUO noemen geen bestuur dat haar overnam.",
    );
    expect(
      historyView(undefined, { active: false, hasPo: true }, hf, { out: closed, names }).mergedInto,
    ).toBeDefined();
    expect(
      historyView(undefined, { active: true, hasPo: true }, hf, { out: closed, names }).mergedInto,
    ).toBeUndefined();
  });
});

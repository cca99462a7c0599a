import { describe, expect, it } from "vitest";
import type { PeerFile } from "../data/output.ts";
import { emptyCriteria, schoolTypesOf, selectPeers } from "./peers.ts";
import { compareCsv, learnHtml, overviewHtml } from "./render.ts";
import { DEFAULT_INDICATORS, parseState, type CompareState } from "./state.ts";
import {
  boardSuggestions,
  criteriaText,
  gapText,
  groupView,
  knownValues,
  matchBoards,
  mixedTypes,
  overviewLines,
  type CompareData,
  type CompareDef,
} from "./view.ts";

// Twelve po boards of one size class: 0 is compared. Pupils 2021-2023; 10 has only 2021, 11 none.
// Board 3 also runs sbo, board 4 so/vso, board 9 is inactive, board 8 is named with a formula-like name.
const names = [
  "Stichting Alfa",
  "Stichting Beta",
  "Stichting Gamma",
  "Stichting Delta",
  "Stichting Epsilon",
  "Stichting Zeta",
  "Stichting Eta",
  "Stichting Theta",
  "=HYPERLINK(evil)",
  "Stichting Kappa",
  "Stichting Lambda",
  "Stichting Mu",
];
const FILE: PeerFile = {
  boards: names.map((n, i) => ({
    id: String(10001 + i),
    n,
    s: ["po"],
    c: { po: "po-2" },
    p: i < 6 ? "Utrecht" : "Gelderland",
    m: i < 6 ? "Utrecht" : "Arnhem",
    d: i % 2 ? "Openbaar" : "Rooms-Katholiek",
    w: ["PO2601"],
    a: i !== 9,
    t: i === 3 ? ["bo", "sbo"] : i === 4 ? ["so", "vso"] : ["bo"],
  })),
  indicators: {
    "leerlingen|po": {
      years: [2021, 2022, 2023],
      rows: [
        [0, 1000, 1050, 1100],
        ...Array.from({ length: 9 }, (_, k): [number, number, number, number] => [
          k + 1,
          500 + 100 * k,
          510 + 100 * k,
          520 + 100 * k,
        ]),
        [10, 900, null, null],
      ],
    },
  },
};
const DEFS = new Map<string, CompareDef>([
  [
    "leerlingen",
    {
      id: "leerlingen",
      label: "Aantal leerlingen",
      short: "Leerlingen",
      unit: "count",
      decimals: 0,
      yearKind: "peildatum",
      direction: "neutral",
      sectors: ["po", "vo"],
      level: "board",
      field: "leerling-ouder",
    },
  ],
]);
const DATA: CompareData = {
  file: FILE,
  defs: DEFS,
  fields: [{ id: "leerling-ouder", label: "Leerling & ouder" }],
  sizeLabels: {
    po: [{ id: "po-2", label: "500 tot 2.000 leerlingen" }],
    vo: [{ id: "vo-1", label: "minder dan 1.000 leerlingen" }],
  },
  swvNames: new Map([["PO2601", "Passend Onderwijs Utrecht"]]),
};
const state = (s: Partial<CompareState> = {}): CompareState => ({
  board: "10001",
  mode: "grootte",
  k: 20,
  criteria: emptyCriteria("po"),
  indicators: ["leerlingen"],
  ...s,
});

describe("groupView", () => {
  it("groupView(state, data) is undefined without a board or for a board not in the data", () => {
    expect(groupView(state({ board: undefined }), DATA)).toBeUndefined();
    expect(groupView(state({ board: "99999" }), DATA)).toBeUndefined();
  });

  it("groupView(state, data) gives the default group: active boards of the size class, the board itself out", () => {
    const g = groupView(state(), DATA)!;
    expect(g.members).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10, 11]);
    expect(g.size).toBe(11);
    expect(g.title).toBe("vergelijkbare besturen (po, 500 tot 2.000 leerlingen)");
    expect(g.definition).toContain("grootteklasse is die van nu");
  });

  it("groupView(state, data) warns for a small group and for mixed school types", () => {
    const g = groupView(
      state({ mode: "eigen", criteria: { ...emptyCriteria("po"), provinces: ["Utrecht"] } }),
      DATA,
    )!;
    expect(g.size).toBe(6);
    expect(g.warnings.join(" ")).toContain("De groep is klein: 6 besturen");
    expect(g.warnings.join(" ")).toContain(
      "mengt schoolsoorten: 5 besturen met reguliere scholen en 1 met alleen speciaal",
    );
  });

  it("groupView(state, data) with the school-type filter bo keeps only regular boards: no mixed-type warning", () => {
    const g = groupView(
      state({ mode: "eigen", criteria: { ...emptyCriteria("po"), schoolTypes: ["bo"] } }),
      DATA,
    )!;
    expect(g.members).toEqual([1, 2, 5, 6, 7, 8, 10, 11]);
    expect(g.warnings.some((w) => w.includes("mengt"))).toBe(false);
  });

  it("groupView(state, data) in own-criteria mode states the criteria in words", () => {
    const g = groupView(
      state({
        mode: "eigen",
        criteria: {
          ...emptyCriteria("po"),
          provinces: ["Utrecht"],
          swv: ["PO2601"],
          pupilsMin: 500,
          schoolTypes: ["bo", "sbo"],
        },
      }),
      DATA,
    )!;
    expect(g.definition).toBe(
      "Eigen groep: actieve po-besturen, alleen met regulier basisonderwijs (bo) en speciaal basisonderwijs (sbo); in Utrecht; samenwerkingsverband PO2601 (Passend Onderwijs Utrecht); leerlingen vanaf 500.",
    );
  });
});

describe("selectPeers and schoolTypesOf", () => {
  it("schoolTypesOf(board, sector) maps DUO's types to bo, sbo and so (with vso) in po, vo and vso in vo", () => {
    const b = FILE.boards[0]!;
    expect(schoolTypesOf({ ...b, t: ["bo", "sbo", "vso"] }, "po")).toEqual(["bo", "sbo", "so"]);
    expect(schoolTypesOf({ ...b, t: ["vso", "vo"] }, "vo")).toEqual(["vo", "vso"]);
    expect(schoolTypesOf({ ...b, t: undefined }, "po")).toEqual([]);
  });

  it("selectPeers(file, board, criteria) with schoolTypes leaves out boards without known types", () => {
    const f: PeerFile = {
      ...FILE,
      boards: FILE.boards.map((b, i) => (i === 2 ? { ...b, t: undefined } : b)),
    };
    expect(selectPeers(f, 0, { ...emptyCriteria("po"), schoolTypes: ["bo", "sbo", "so"] })).not.toContain(2);
  });

  it("mixedTypes(indices, file, sector) is undefined for a group of one kind", () => {
    expect(mixedTypes([0, 1, 2], FILE, "po")).toBeUndefined();
    expect(mixedTypes([0, 3], FILE, "po")).toBeUndefined();
    expect(mixedTypes([0, 4], FILE, "po")).toContain("1 bestuur met reguliere scholen en 1 met alleen");
  });
});

describe("overviewLines", () => {
  it("overviewLines(state, data, group) gives value, year, bar, median, quartiles and n with a value", () => {
    const s = state();
    const [l] = overviewLines(s, DATA, groupView(s, DATA)!);
    expect(l).toMatchObject({
      id: "leerlingen",
      label: "Leerlingen",
      fieldLabel: "Leerling & ouder",
      value: "1.100",
      year: "2023",
      n: 9,
      median: "920",
      q1: "720",
      q3: "1.100",
    });
    // 1100 is third of 9 from the top (1120 and 1220 are higher): the board page's wording.
    expect(l!.bar!.text).toBe("3e hoogste van 9; in de middelste helft");
    expect(l!.gap).toBe(
      "2 zonder cijfer in 2023: 1 geen cijfer (ontbreekt in de bron, of weggelaten als onwaarschijnlijk); 1 alleen een ouder cijfer.",
    );
  });

  it("overviewLines(...) counts inactive boards in an own group when asked", () => {
    const s = state({ mode: "eigen", criteria: { ...emptyCriteria("po"), activeOnly: false } });
    const [l] = overviewLines(s, DATA, groupView(s, DATA)!);
    expect(l!.n).toBe(10);
  });

  it("overviewLines(...) skips unknown and prototype-key ids and keeps a row without a figure", () => {
    const s = state({ indicators: ["__proto__", "leerlingen", "toString"] });
    const noPupils = { ...DATA, file: { ...FILE, indicators: {} } };
    expect(overviewLines(s, DATA, groupView(s, DATA)!).map((l) => l.id)).toEqual(["leerlingen"]);
    const [l] = overviewLines(s, noPupils, groupView(s, noPupils)!);
    expect(l).toMatchObject({ id: "leerlingen", n: 0 });
    expect(l!.value).toBeUndefined();
  });

  it("gapText(...) is undefined when every member has a value", () => {
    expect(gapText(FILE, "leerlingen|po", 2023, [], "2023")).toBeUndefined();
  });
});

describe("overviewHtml and compareCsv", () => {
  it("overviewHtml(group, lines) has one row per indicator with the bar and escapes names", () => {
    const s = state({ board: "10009" });
    const g = groupView(s, DATA)!;
    const html = overviewHtml(g, overviewLines(s, DATA, g));
    expect(html).toContain('<svg class="posbar"');
    expect(html).toContain("=HYPERLINK(evil)");
    expect(html).not.toContain("<evil");
    expect(html.match(/<tr>/g)).toHaveLength(2);
  });

  it("compareCsv(state, data, group) neutralises formula-like names and quotes where needed", () => {
    const s = state();
    const csv = compareCsv(s, DATA, groupView(s, DATA)!);
    expect(csv.startsWith("\uFEFFbestuur;naam;indicator;jaar;waarde;rol\r\n")).toBe(true);
    expect(csv).toContain("10009;'=HYPERLINK(evil);leerlingen;2023;1220;groep");
    expect(csv).toContain("10001;Stichting Alfa;leerlingen;2023;1100;bestuur");
  });
});

describe("knownValues and matchBoards", () => {
  it("parseState(search, knownValues(data)) drops ids the data does not have", () => {
    const { state: s, notices } = parseState(
      "?bestuur=10001&ind=leerlingen,vsv&gemeente=Nergens",
      knownValues(DATA),
    );
    expect(s.indicators).toEqual(["leerlingen"]);
    expect(notices).toHaveLength(2);
    expect(parseState("?ind=x", knownValues(DATA)).state.indicators).toEqual(
      DEFAULT_INDICATORS.po.filter((id) => id === "leerlingen"),
    );
  });

  it("matchBoards(file, text) matches loosely on name, place and number, active boards only by default", () => {
    expect(matchBoards(FILE, "alfa")).toEqual([0]);
    expect(matchBoards(FILE, "stichting arnhem").length).toBe(4);
    expect(matchBoards(FILE, "10002")).toEqual([1]);
    expect(matchBoards(FILE, "kappa")).toEqual([]);
    expect(matchBoards(FILE, "kappa", true)).toEqual([9]);
    expect(matchBoards(FILE, "  ")).toEqual([]);
  });

  it("boardSuggestions(file, text) gives the picker's lines: name, place and number, the field's value, at most max", () => {
    expect(boardSuggestions(FILE, "alfa")).toEqual([
      {
        name: "Stichting Alfa",
        detail: `${FILE.boards[0]!.m} · bestuur 10001`,
        value: "Stichting Alfa (10001)",
      },
    ]);
    expect(boardSuggestions(FILE, "kappa")).toEqual([]);
    expect(boardSuggestions(FILE, "kappa", true)[0]!.detail).toMatch(/opgeheven$/);
    expect(boardSuggestions(FILE, "stichting", false, 3)).toHaveLength(3);
  });
});

describe("criteriaText", () => {
  it("criteriaText(state, data, sector) names picked boards and the empty case", () => {
    expect(criteriaText(state({ mode: "eigen" }), DATA, "po")).toBe(
      "Eigen groep: actieve po-besturen (geen criteria gekozen).",
    );
    expect(
      criteriaText(
        state({ mode: "eigen", criteria: { ...emptyCriteria("po"), include: ["10002"], onlyPicked: true } }),
        DATA,
        "po",
      ),
    ).toBe("Eigen groep: alleen 1 op naam gekozen bestuur.");
  });
});

describe("learnHtml", () => {
  const entry = {
    kind: "better" as const,
    summary: "Leer van: 2 vergelijkbare besturen met een gunstiger waarde in 2023",
    rule: "Uit de 40 vergelijkbare po-besturen <regel>.",
    items: [
      {
        id: "10002",
        name: "Stichting Beta",
        after: " heeft op dit cijfer een gunstiger waarde in 2023: 5.",
        why: "",
      },
      { id: "99998", name: "<script>x</script>", after: ": 7.", why: "1.200 leerlingen (2025)" },
    ],
  };
  it("shows the board page's list, marks boards also in the chosen group, escapes every text", () => {
    const g = groupView(state(), DATA)!;
    const html = learnHtml(entry, g, DATA);
    expect(html).toContain(
      "<summary>Leer van: 2 vergelijkbare besturen met een gunstiger waarde in 2023</summary>",
    );
    expect(html).toContain("&lt;regel&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("niet uit de gekozen groep");
    const inGroup = g.members.some((i) => DATA.file.boards[i]!.id === "10002");
    expect(inGroup).toBe(true);
    expect(html.match(/Ook in de gekozen groep/g)).toHaveLength(1);
    expect(html).toContain('<a href="/besturen/10002/">Stichting Beta</a>');
    expect(html).toContain("Vergelijkbaar: 1.200 leerlingen (2025).");
  });
  it("is empty without a list", () => {
    expect(learnHtml(undefined, groupView(state(), DATA)!, DATA)).toBe("");
  });
});

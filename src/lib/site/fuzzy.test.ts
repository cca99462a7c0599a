import { describe, expect, it } from "vitest";
import { codeOf, NameMatcher, normalize, trigrams } from "./fuzzy.ts";
import type { NamesIndex } from "./schoolSearch.ts";

// A small names index in the shape schoolSearch.ts writes (real school and board names, made-up neighbours).
const ix: NamesIndex = {
  v: 1,
  p: ["Kampen", "Wilsum, Kampen", "Zwolle", "Ingen, Buren", "Assen", ""],
  b: [
    ["41125", "Iris, Stichting voor Christelijk Onderwijs", 0, 1],
    ["41871", "Stichting Openbaar Onderwijs Kampen", 0, 1],
    ["40000", "Stichting Regenboogscholen", 2, 0],
    ["42000", "Stichting BasisBuren", 3, 1],
    ["30000", "Stichting Openbaar Onderwijs Kampen", 0, 0],
  ],
  s: [
    ["Basisschool De Regenboog", 1, 0, "05US00", 0],
    ["De Regenboog", 3, 3, "12AB00", 0],
    ["Kindcentrum De Regenboog", 4, 3, "13CD00", 0],
    ["De Fontein", 0, 1, "14EF00", 0],
    ["De Regenbui", 2, 1, "15GH00", 0],
  ],
  x: "05US01 0 99ZZ00 2",
  k: ["basisschool", "sbo", "so", "vso", "middelbare school"],
};
const m = new NameMatcher(ix);
const top = (q: string, n = 3) => m.search(q, n).map((h) => h.entry.url);

describe("NameMatcher", () => {
  it("normalize and trigrams drop accents and pad words", () => {
    expect(normalize("Sint-Jozefschool 's-Hertogenbosch")).toBe("sint jozefschool s hertogenbosch");
    expect(normalize("Café Één")).toBe("cafe een");
    expect(trigrams("de")).toEqual([" de", "de "]);
  });

  it("search(name + place) puts the school in that place first", () => {
    expect(top("regenboog kampen")[0]).toBe("/besturen/41125/#vestiging-05US00");
    expect(top("De Regenboog Ingen")[0]).toBe("/besturen/42000/#vestiging-12AB00");
  });

  it("search(one-letter typo) still finds it in the top three", () => {
    for (const q of ["regeboog kampen", "regenbog kampen", "regenboog kamoen", "rrgenboog wilsum"])
      expect(top(q), q).toContain("/besturen/41125/#vestiging-05US00");
    expect(top("sticting iris")[0]).toBe("/besturen/41125/");
  });

  it("search(prefix) completes the last word while typing", () => {
    expect(m.search("regenb", 5, { prefix: true }).map((h) => h.entry.name)).toContain(
      "Basisschool De Regenboog",
    );
    expect(m.search("iri", 1, { prefix: true })[0]!.entry.url).toBe("/besturen/41125/");
  });

  it("search ranks an active board above a former board of the same name", () => {
    expect(top("openbaar onderwijs kampen", 2)).toEqual(["/besturen/41871/", "/besturen/30000/"]);
  });

  it("typos(query) names a word no name has and the closest one", () => {
    expect(m.typos("regeboog kampen")).toEqual([{ word: "regeboog", closest: "regenboog" }]);
    expect(m.typos("regenboog kampen")).toEqual([]);
  });

  it("code(q) finds the board of a vestiging code, a BRIN and a board number", () => {
    expect(codeOf(" 05us00 ")).toEqual({ kind: "vestiging", code: "05US00" });
    expect(codeOf("05US")).toEqual({ kind: "brin", code: "05US" });
    expect(codeOf("41125")).toEqual({ kind: "bestuur", code: "41125" });
    expect(codeOf("regenboog")).toBeUndefined();
    expect(m.code("05US00").map((h) => h.url)).toEqual(["/besturen/41125/#vestiging-05US00"]);
    expect(m.code("05US01").map((h) => h.board.id)).toEqual(["41125"]);
    expect(m.code("05US").map((h) => h.board.id)).toEqual(["41125"]);
    expect(m.code("99ZZ00").map((h) => [h.board.id, h.board.active])).toEqual([["40000", false]]);
    expect(m.code("41871").map((h) => h.url)).toEqual(["/besturen/41871/"]);
    expect(m.code("12345")).toEqual([]);
  });
});

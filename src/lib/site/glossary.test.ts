import { describe, expect, it } from "vitest";
import { INDICATORS } from "../data/registry.ts";
import { OORDELEN_SOURCE } from "../data/oordelen.ts";
import { realSources } from "../../../test/helpers/sources.ts";
import { GLOSSARY, byLetter, mentions, nameOf, termOf } from "./glossary.ts";

describe("glossary", () => {
  it("has unique, anchor-safe slugs and is in alphabetical order", () => {
    const slugs = GLOSSARY.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z][a-z0-9-]*$/);
    const terms = GLOSSARY.map((t) => t.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, "nl", { sensitivity: "base" })));
    for (const t of GLOSSARY) expect(t.text.length).toBeGreaterThan(20);
  });

  it("names only real indicators, each at most once", () => {
    const ids = new Set(INDICATORS.map((d) => d.id));
    const linked = GLOSSARY.flatMap((t) => t.indicators);
    for (const id of linked) expect(ids, id).toContain(id);
    expect(new Set(linked).size).toBe(linked.length);
  });

  it("every indicator whose label uses a glossary term links back to the glossary", () => {
    for (const d of INDICATORS) {
      const used = GLOSSARY.filter((t) => mentions(d.label, t));
      if (used.length > 0) expect(termOf(d.id), `${d.id}: ${d.label} uses ${used[0]!.slug}`).toBeDefined();
    }
  });

  it("has every term the site needs, grouped by letter", () => {
    for (const slug of [
      "bevoegd-gezag",
      "brin",
      "vestiging",
      "samenwerkingsverband",
      "passend-onderwijs",
      "po",
      "vo",
      "so-vso-sbo",
      "vavo",
      "lwoo-pro",
      "peildatum",
      "kalenderjaar-schooljaar",
      "mediaan",
      "kwartiel",
      "signaleringswaarde",
      "solvabiliteit",
      "liquiditeit",
      "rentabiliteit",
      "weerstandsvermogen",
      "huisvestingsratio",
      "kapitalisatiefactor",
      "eigen-vermogen",
      "fte",
      "op-oop",
      "leerling-leraarratio",
      "gewichtenleerling",
      "achterstandsscore",
      "schoolweging",
      "eindtoets",
      "slaagpercentage",
      "vsv",
      "zittenblijven",
      "inspectieoordeel",
      "afgeleid-bestand",
      "overgetypt-bestand",
      "ondergrens",
      "afgeschermd",
      "onwaarschijnlijk",
      "verouderd",
      "duo",
      "cbs",
      "inspectie",
    ])
      expect(GLOSSARY.map((t) => t.slug)).toContain(slug);
    expect(byLetter().flatMap((g) => g.terms)).toEqual(GLOSSARY);
    expect(byLetter().map((g) => g.letter)).toEqual([...new Set(byLetter().map((g) => g.letter))]);
  });

  it("the eindtoets term states the three scales", () => {
    const t = GLOSSARY.find((g) => g.slug === "eindtoets")!.text;
    for (const s of ["501 tot en met 550", "50 tot en met 100", "100 tot en met 300"]) expect(t).toContain(s);
  });

  it("matches whole words only and writes names for inside a sentence", () => {
    const so = GLOSSARY.find((t) => t.slug === "so-vso-sbo")!;
    expect(mentions("Leerlingen in so en vso", so)).toBe(true);
    expect(mentions("Solvabiliteit I", so)).toBe(false);
    expect(
      mentions(
        "Aantal vestigingen",
        GLOSSARY.find((t) => t.slug === "vestiging")!,
      ),
    ).toBe(true);
    expect(
      mentions(
        "Huisvestingslasten",
        GLOSSARY.find((t) => t.slug === "vestiging")!,
      ),
    ).toBe(false);
    expect(nameOf(GLOSSARY.find((t) => t.slug === "samenwerkingsverband")!)).toBe("samenwerkingsverband");
    expect(nameOf(GLOSSARY.find((t) => t.slug === "op-oop")!)).toBe("OP en OOP");
    expect(nameOf(GLOSSARY.find((t) => t.slug === "solvabiliteit")!)).toBe("solvabiliteit");
  });

  it("states the Inspectie's dates as the source manifest does (peildatum, new framework)", () => {
    const src = realSources();
    const text = (slug: string) => GLOSSARY.find((t) => t.slug === slug)!.text;
    expect(text("peildatum")).toContain(`peildatum ${src.when(OORDELEN_SOURCE.schools)}`);
    expect(text("inspectieoordeel")).toContain(`Tot ${src.frameworkSince(OORDELEN_SOURCE.schools)}`);
  });
});

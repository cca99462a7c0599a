import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadManifest, ManifestSchema, rawFileName, type Source } from "./manifest.ts";

const MIRROR = process.env.OPEN_DATA_MIRROR ?? "/work/shared/open-data";
const manifest = loadManifest("data/sources.json");

/** Every file below `dir`, as paths relative to it. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

const source = (s: Partial<Source>): Source => ({
  id: "po-balans",
  title: "Balans",
  publisher: "DUO",
  kind: "raw",
  licence: "cc0",
  url: "https://duo.nl/open_onderwijsdata/images/balans.csv",
  urlStatus: "pattern",
  mirrorPath: "fin/balans.csv",
  period: "2011-2015",
  years: [2015],
  serves: ["financien"],
  ...s,
});
const licences = {
  cc0: { name: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/", credit: "DUO" },
};
const issues = (sources: Source[]) => {
  const r = ManifestSchema.safeParse({ about: "t", licences, sources });
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("loadManifest", () => {
  it("loadManifest(path) validates the real data/sources.json", () => {
    const ids = manifest.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(["po-balans", "vo-examens-2014-2019", "po-personeel-2011-2025"]),
    );
  });

  it("loadManifest(path) gives every source without a URL the derived kind and a derivation", () => {
    const noUrl = manifest.sources.filter((s) => s.url === null);
    expect(noUrl.map((s) => s.id)).toEqual(
      expect.arrayContaining(["po-personeel-2011-2025", "duo-besturen-actueel"]),
    );
    for (const s of noUrl) {
      expect(s.kind).toBe("derived");
      expect(s.urlStatus).toBe("mirror-only");
      expect(s.derivation).toBeTypeOf("string");
    }
  });

  it.skipIf(!existsSync(MIRROR))(
    "loadManifest(path) lists every file of the open-data mirror except PROVENANCE.md exactly once",
    () => {
      const files = filesBelow(MIRROR).filter((f) => f !== "PROVENANCE.md");
      const paths = manifest.sources.map((s) => s.mirrorPath);
      expect([...paths].sort()).toEqual(files);
    },
  );
});

describe("ManifestSchema", () => {
  it("ManifestSchema.safeParse(m) rejects a duplicate id, an unknown licence and a derived source without derivation", () => {
    expect(issues([source({}), source({})])).toEqual(["duplicate source id po-balans"]);
    expect(issues([source({ licence: "mit" })])).toEqual(["source po-balans: unknown licence mit"]);
    expect(issues([source({ kind: "derived", url: null, urlStatus: "mirror-only" })])).toEqual([
      "source po-balans: a derived source must say how it was derived",
    ]);
  });
});

describe("rawFileName", () => {
  it("rawFileName(source) is the source id with the mirror file's extension", () => {
    expect(rawFileName(source({ id: "po-balans", mirrorPath: "x/01.-po-(mab)-balans-2011-2015.csv" }))).toBe(
      "po-balans.csv",
    );
    expect(rawFileName(source({ id: "cbs-achterstandsscores-2019", mirrorPath: "d/a.b.xlsx" }))).toBe(
      "cbs-achterstandsscores-2019.xlsx",
    );
  });
});

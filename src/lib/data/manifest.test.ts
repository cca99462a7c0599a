import { fileURLToPath } from "node:url";
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFiles, describeProblem, SNAPSHOT_DIR } from "./fetch.ts";
import { loadManifest, ManifestSchema, rawFileName, usedSources, type Source } from "./manifest.ts";

// The team's mirror beside the project (as CI lays it out: ../shared/open-data), or OPEN_DATA_MIRROR.
const MIRROR =
  process.env.OPEN_DATA_MIRROR ?? fileURLToPath(new URL("../../../../shared/open-data", import.meta.url));
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
  urlCheckedWorking: false,
  mirrorPath: "fin/balans.csv",
  bytes: 3,
  sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
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

  it("loadManifest(path) gives every derived or transcribed source a derivation and no URL", () => {
    const made = manifest.sources.filter((s) => s.kind !== "raw");
    expect(made.map((s) => [s.id, s.kind])).toEqual(
      expect.arrayContaining([
        ["po-personeel-2011-2025", "derived"],
        ["duo-besturen-actueel", "derived"],
        ["po-personeel-bovenschools-2011-2017", "derived"],
        ["vo-leerlingen-bestuur-2024", "transcribed"],
        ["vo-leerlingen-bestuur-2025", "transcribed"],
      ]),
    );
    for (const s of made) {
      expect(s.url).toBeNull();
      expect(s.urlStatus).toBe("none");
      expect(s.derivation).toBeTypeOf("string");
    }
  });

  it("loadManifest(path) holds the sources the data core reads by id, with publishers DUO, CBS and Inspectie", () => {
    const byId = new Map(manifest.sources.map((s) => [s.id, s]));
    for (const id of [
      "fin-kengetallen-2012-2016",
      "fin-balans-2012-2016",
      "fin-baten-lasten-2012-2016",
      "fin-balans-2015-2019",
      "fin-lasten-2014-2018",
      "cbs-schoolweging-2017-2019",
      "functiemix-besturen-2006-2017",
      "po-personeel-bovenschools-2011-2017",
      "po-besturen-2018",
      "swv-besturen-2018",
      "po-swv-instellingen-2018",
      "po-sluitende-fuserende-2009-2017",
      "inspectie-oordelen-besturen-2018",
      "inspectie-oordelen-scholen-2018",
      "vo-leerlingen-bestuur-2024",
      "vo-leerlingen-bestuur-2025",
      "swv-so-vso-2013",
    ])
      expect(byId.get(id)?.unused, id).toBeUndefined();
    expect(byId.get("cbs-schoolweging-2017-2019")?.publisher).toBe("CBS");
    expect(byId.get("inspectie-oordelen-scholen-2018")?.mirrorPath).toBe(
      "inspectie-oordelen-2018/20180401_v01_Oordeel_PO_SO_VO (1).ods",
    );
    expect(new Set(manifest.sources.map((s) => s.publisher))).toEqual(new Set(["DUO", "CBS", "Inspectie"]));
    // Nothing has been downloaded from its URL yet (no internet where the snapshot was made).
    expect(manifest.sources.filter((s) => s.urlCheckedWorking)).toEqual([]);
  });
});

describe("data/snapshot", () => {
  it("every used source has a snapshot file with the manifest's size and sha256", () => {
    expect(checkFiles(manifest, SNAPSHOT_DIR).map(describeProblem)).toEqual([]);
  });

  it("data/snapshot holds exactly the used sources' files: no unused source, nothing else", () => {
    const expected = usedSources(manifest)
      .map((s) => s.mirrorPath)
      .sort();
    expect(filesBelow(SNAPSHOT_DIR)).toEqual(expected);
  });

  it.skipIf(!existsSync(MIRROR))(
    "every source (used or not) is in the open-data mirror with the manifest's size and sha256",
    () => {
      const all = { ...manifest, sources: manifest.sources.map((s) => ({ ...s, unused: undefined })) };
      expect(checkFiles(all, MIRROR).map(describeProblem)).toEqual([]);
    },
  );
});

describe("ManifestSchema", () => {
  it("ManifestSchema.safeParse(m) accepts a raw, a derived and a transcribed source", () => {
    const made = { url: null, urlStatus: "none" as const, derivation: "how" };
    expect(
      issues([
        source({}),
        source({ id: "d", mirrorPath: "d.csv", kind: "derived", ...made }),
        source({ id: "t", mirrorPath: "t.csv", kind: "transcribed", ...made }),
        source({ id: "r", mirrorPath: "r.csv", url: null, urlStatus: "none" }),
      ]),
    ).toEqual([]);
  });

  it("ManifestSchema.safeParse(m) rejects a duplicate id or path, an unknown licence and a derived source without derivation", () => {
    expect(issues([source({}), source({})])).toEqual([
      "duplicate source id po-balans",
      "source po-balans: mirrorPath fin/balans.csv is used twice",
    ]);
    expect(issues([source({ licence: "mit" })])).toEqual(["source po-balans: unknown licence mit"]);
    expect(issues([source({ kind: "derived", url: null, urlStatus: "none" })])).toEqual([
      "source po-balans: a derived source must say how it was made (derivation)",
    ]);
  });

  it("ManifestSchema.safeParse(m) keeps url, urlStatus and urlCheckedWorking consistent", () => {
    expect(issues([source({ kind: "transcribed", derivation: "re-typed" })])).toEqual([
      "source po-balans: a transcribed source has no official URL (its bytes are not the publisher's)",
    ]);
    expect(issues([source({ urlStatus: "none" })])).toEqual([
      'source po-balans: urlStatus "none" goes with url null, and only with it (url https://duo.nl/open_onderwijsdata/images/balans.csv, status none)',
    ]);
    expect(issues([source({ url: null, urlStatus: "none", urlCheckedWorking: true })])).toEqual([
      "source po-balans: urlCheckedWorking is true without a URL",
    ]);
    expect(issues([source({ mirrorPath: "../outside.csv" })])).toEqual([
      "source po-balans: mirrorPath must stay below the snapshot folder: ../outside.csv",
    ]);
  });

  it("ManifestSchema.safeParse(m) keeps `when` inside `period`, years as [year] or [first, last], frameworkSince a date", () => {
    expect(issues([source({ period: "kalenderjaren 2011-2015", when: "2011-2015" })])).toEqual([]);
    expect(issues([source({ period: "stand ca. april 2018", when: "1 april 2018" })])).toEqual([
      'source po-balans: when "1 april 2018" does not occur in period "stand ca. april 2018"',
    ]);
    expect(issues([source({ years: [2015, 2011] })])).toEqual([
      "source po-balans: years must be [year] or [first, last]: [2015,2011]",
    ]);
    expect(issues([source({ years: [2011, 2012, 2013] })])).toHaveLength(1);
    expect(issues([source({ frameworkSince: "1 augustus 2017" })])).toHaveLength(1);
    expect(issues([source({ frameworkSince: "2017-08-01" })])).toEqual([]);
  });

  it("ManifestSchema.safeParse(m) requires bytes and a lowercase hex sha256", () => {
    const r = ManifestSchema.safeParse({ about: "t", licences, sources: [{ ...source({}), sha256: "ABC" }] });
    expect(r.success).toBe(false);
    const noBytes: Partial<Source> = source({});
    delete noBytes.bytes;
    expect(ManifestSchema.safeParse({ about: "t", licences, sources: [noBytes] }).success).toBe(false);
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

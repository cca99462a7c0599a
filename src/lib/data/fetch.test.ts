import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fetchSources, FetchError } from "./fetch.ts";
import { ManifestSchema, type Manifest } from "./manifest.ts";

const BALANS_URL = "https://duo.nl/open_onderwijsdata/images/01.-po-(mab)-balans-2011-2015.csv";
const SHA_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const SHA_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

const common = {
  publisher: "DUO",
  licence: "cc0",
  period: "2011-2015",
  years: [2015],
  serves: ["financien"],
};
const raw = {
  ...common,
  id: "po-balans",
  title: "Balans po",
  kind: "raw",
  url: BALANS_URL,
  urlStatus: "pattern",
  mirrorPath: "duo-po-financien/01.-po-(mab)-balans-2011-2015.csv",
};
const derived = {
  ...common,
  id: "po-personeel",
  title: "Personeel po (extract)",
  kind: "derived",
  derivation: "BRIN-level sheet, bovenschools rows left out",
  url: null,
  urlStatus: "mirror-only",
  mirrorPath: "duo-personeel/compact.csv",
};
const manifestOf = (...sources: object[]): Manifest =>
  ManifestSchema.parse({
    about: "test manifest",
    licences: {
      cc0: { name: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/", credit: "DUO" },
    },
    sources,
  });

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "fetch-test-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const put = (root: string, path: string, content: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
};

/** The rejection of a promise, which must be a FetchError. */
async function fetchError(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FetchError) return e;
    throw e;
  }
  throw new Error("expected a FetchError");
}

describe("fetchSources", () => {
  it("fetchSources(manifest, {mirror}) copies each file under its source id and records size and sha256", async () => {
    const mirror = tempDir();
    const rawDir = join(tempDir(), "raw");
    put(mirror, raw.mirrorPath, "abc");
    put(mirror, derived.mirrorPath, "");
    const log: string[] = [];
    const records = await fetchSources(manifestOf(raw, derived), { rawDir, mirror, log: (l) => log.push(l) });
    expect(records).toEqual([
      { id: "po-balans", file: "po-balans.csv", bytes: 3, sha256: SHA_ABC, origin: "mirror" },
      { id: "po-personeel", file: "po-personeel.csv", bytes: 0, sha256: SHA_EMPTY, origin: "mirror" },
    ]);
    expect(readFileSync(join(rawDir, "po-balans.csv"), "utf8")).toBe("abc");
    expect(JSON.parse(readFileSync(join(rawDir, "fetched.json"), "utf8"))).toEqual(records);
    expect(log).toEqual(["  copied po-balans (3 bytes)", "  copied po-personeel (0 bytes)"]);
  });

  it("fetchSources(manifest, {mirror}) never downloads when a mirror is set", async () => {
    const mirror = tempDir();
    put(mirror, raw.mirrorPath, "abc");
    const urls: string[] = [];
    await fetchSources(manifestOf(raw), {
      rawDir: tempDir(),
      mirror,
      download: async (url) => {
        urls.push(url);
        return new Uint8Array();
      },
    });
    expect(urls).toEqual([]);
  });

  it("fetchSources(manifest, {mirror}) throws a FetchError naming the mirror path and the URL of a missing file", async () => {
    const mirror = tempDir();
    const rawDir = tempDir();
    put(mirror, derived.mirrorPath, "x");
    const e = await fetchError(fetchSources(manifestOf(raw, derived), { rawDir, mirror }));
    expect(e.message).toBe(
      `po-balans: not found in the mirror at ${join(mirror, raw.mirrorPath)} (official URL: ${BALANS_URL})`,
    );
    expect(existsSync(join(rawDir, "fetched.json"))).toBe(false);
  });

  it("fetchSources(manifest, {mirror}) says 'none, derived extract' for a missing derived file", async () => {
    const mirror = tempDir();
    const e = await fetchError(fetchSources(manifestOf(derived), { rawDir: tempDir(), mirror }));
    expect(e.message).toBe(
      `po-personeel: not found in the mirror at ${join(mirror, derived.mirrorPath)} (official URL: none, derived extract)`,
    );
  });

  it("fetchSources(manifest, {download}) downloads from the official URL when no mirror is set", async () => {
    const rawDir = tempDir();
    const urls: string[] = [];
    const log: string[] = [];
    const records = await fetchSources(manifestOf(raw), {
      rawDir,
      mirror: undefined,
      download: async (url) => {
        urls.push(url);
        return new TextEncoder().encode("abc");
      },
      log: (l) => log.push(l),
    });
    expect(urls).toEqual([BALANS_URL]);
    expect(records).toEqual([
      { id: "po-balans", file: "po-balans.csv", bytes: 3, sha256: SHA_ABC, origin: "download" },
    ]);
    expect(readFileSync(join(rawDir, "po-balans.csv"), "utf8")).toBe("abc");
    expect(log).toEqual(["  downloaded po-balans (3 bytes)"]);
  });

  it("fetchSources(manifest) throws for a derived source with no URL and no mirror", async () => {
    const e = await fetchError(
      fetchSources(manifestOf(raw, derived), {
        rawDir: tempDir(),
        download: async () => new TextEncoder().encode("abc"),
      }),
    );
    expect(e.message).toBe(
      "po-personeel: a derived extract with no download URL; set OPEN_DATA_MIRROR to a folder holding duo-personeel/compact.csv",
    );
  });

  it("fetchSources(manifest, {download}) wraps a failed download in a FetchError with the URL", async () => {
    const e = await fetchError(
      fetchSources(manifestOf(raw), {
        rawDir: tempDir(),
        download: async () => {
          throw new Error("HTTP 404");
        },
      }),
    );
    expect(e.message).toBe(
      `po-balans: download from ${BALANS_URL} failed (HTTP 404); for an offline build set OPEN_DATA_MIRROR to a folder holding ${raw.mirrorPath}`,
    );
  });
});

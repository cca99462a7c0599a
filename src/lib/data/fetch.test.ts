import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkFiles, fetchSources, FetchError, sha256Hex } from "./fetch.ts";
import { ManifestSchema, type Manifest } from "./manifest.ts";

const BALANS_URL = "https://duo.nl/open_onderwijsdata/images/01.-po-(mab)-balans-2011-2015.csv";
const SHA_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const SHA_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const SHA_ABD = sha256Hex(new TextEncoder().encode("abd"));

const common = {
  publisher: "DUO",
  licence: "cc0",
  urlCheckedWorking: false,
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
  bytes: 3,
  sha256: SHA_ABC,
};
const derived = {
  ...common,
  id: "po-personeel",
  title: "Personeel po (extract)",
  kind: "derived",
  derivation: "BRIN-level sheet, bovenschools rows left out",
  url: null,
  urlStatus: "none",
  mirrorPath: "duo-personeel/compact.csv",
  bytes: 0,
  sha256: SHA_EMPTY,
};
const unused = {
  ...raw,
  id: "po-oud",
  mirrorPath: "duo-po-financien/oud.csv",
  unused: "not needed",
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

/** The error thrown by `f`, which must be a FetchError. */
function fetchError(f: () => unknown): FetchError {
  try {
    f();
  } catch (e) {
    if (e instanceof FetchError) return e;
    throw e;
  }
  throw new Error("expected a FetchError");
}

describe("fetchSources", () => {
  it("fetchSources(manifest, {snapshotDir}) copies each verified snapshot file under its source id and records it", () => {
    const snapshotDir = tempDir();
    const rawDir = join(tempDir(), "raw");
    put(snapshotDir, raw.mirrorPath, "abc");
    put(snapshotDir, derived.mirrorPath, "");
    const log: string[] = [];
    const records = fetchSources(manifestOf(raw, derived), { rawDir, snapshotDir, log: (l) => log.push(l) });
    expect(records).toEqual([
      {
        id: "po-balans",
        file: "po-balans.csv",
        bytes: 3,
        sha256: SHA_ABC,
        origin: "snapshot",
        matchesManifest: true,
      },
      {
        id: "po-personeel",
        file: "po-personeel.csv",
        bytes: 0,
        sha256: SHA_EMPTY,
        origin: "snapshot",
        matchesManifest: true,
      },
    ]);
    expect(readFileSync(join(rawDir, "po-balans.csv"), "utf8")).toBe("abc");
    expect(JSON.parse(readFileSync(join(rawDir, "fetched.json"), "utf8"))).toEqual(records);
    expect(log).toEqual(["  copied po-balans (3 bytes)", "  copied po-personeel (0 bytes)"]);
  });

  it("fetchSources(manifest) copies bytes unchanged: CR-only, CRLF and a BOM stay as they are", () => {
    const snapshotDir = tempDir();
    const rawDir = tempDir();
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x62, 0x0d, 0x0a, 0xe9, 0x00]);
    mkdirSync(dirname(join(snapshotDir, raw.mirrorPath)), { recursive: true });
    writeFileSync(join(snapshotDir, raw.mirrorPath), bytes);
    fetchSources(manifestOf({ ...raw, bytes: bytes.length, sha256: sha256Hex(bytes) }), {
      rawDir,
      snapshotDir,
    });
    expect(new Uint8Array(readFileSync(join(rawDir, "po-balans.csv")))).toEqual(bytes);
  });

  it("fetchSources(manifest) skips unused sources: neither read nor copied nor recorded", () => {
    const snapshotDir = tempDir();
    const rawDir = tempDir();
    put(snapshotDir, raw.mirrorPath, "abc"); // the unused source's file is absent, which is fine
    const records = fetchSources(manifestOf(raw, unused), { rawDir, snapshotDir });
    expect(records.map((r) => r.id)).toEqual(["po-balans"]);
    expect(readdirSync(rawDir).sort()).toEqual(["fetched.json", "po-balans.csv"]);
  });

  it("fetchSources(manifest) stops at a snapshot file whose sha256 differs, naming id, path and both hashes", () => {
    const snapshotDir = tempDir();
    const rawDir = tempDir();
    put(snapshotDir, raw.mirrorPath, "abd");
    writeFileSync(join(rawDir, "fetched.json"), "[]\n"); // from an earlier run
    const e = fetchError(() => fetchSources(manifestOf(raw), { rawDir, snapshotDir }));
    expect(e.message).toBe(
      `po-balans: ${join(snapshotDir, raw.mirrorPath)} does not match the manifest: expected 3 bytes, sha256 ${SHA_ABC}; ` +
        `found 3 bytes, sha256 ${SHA_ABD}; the snapshot must hold the exact bytes the manifest records (see npm run data:refresh)`,
    );
    expect(existsSync(join(rawDir, "po-balans.csv"))).toBe(false);
    expect(existsSync(join(rawDir, "fetched.json"))).toBe(false);
  });

  it("fetchSources(manifest) stops at a missing snapshot file, naming id, path and the expected sha256", () => {
    const snapshotDir = tempDir();
    put(snapshotDir, derived.mirrorPath, "");
    const e = fetchError(() => fetchSources(manifestOf(derived, raw), { rawDir: tempDir(), snapshotDir }));
    expect(e.message).toMatch(
      new RegExp(
        `^po-balans: .*01\\.-po-\\(mab\\)-balans-2011-2015\\.csv is missing \\(expected 3 bytes, sha256 ${SHA_ABC}\\)`,
      ),
    );
  });

  it("fetchSources(manifest, {mirror}) copies from the mirror, warns about a file that differs and records its real hash", () => {
    const snapshotDir = tempDir();
    const mirror = tempDir();
    const rawDir = tempDir();
    put(snapshotDir, raw.mirrorPath, "abc");
    put(mirror, raw.mirrorPath, "abd");
    put(mirror, derived.mirrorPath, "");
    const log: string[] = [];
    const warnings: string[] = [];
    const records = fetchSources(manifestOf(raw, derived), {
      rawDir,
      snapshotDir,
      mirror,
      log: (l) => log.push(l),
      warn: (l) => warnings.push(l),
    });
    expect(records).toEqual([
      {
        id: "po-balans",
        file: "po-balans.csv",
        bytes: 3,
        sha256: SHA_ABD,
        origin: "mirror",
        matchesManifest: false,
      },
      {
        id: "po-personeel",
        file: "po-personeel.csv",
        bytes: 0,
        sha256: SHA_EMPTY,
        origin: "mirror",
        matchesManifest: true,
      },
    ]);
    expect(readFileSync(join(rawDir, "po-balans.csv"), "utf8")).toBe("abd");
    expect(warnings).toEqual([
      `  warning: po-balans: ${join(mirror, raw.mirrorPath)} does not match the manifest: expected 3 bytes, sha256 ${SHA_ABC}; found 3 bytes, sha256 ${SHA_ABD}`,
    ]);
    expect(log[0]).toBe("  copied po-balans (3 bytes, differs from the manifest)");
    expect(JSON.parse(readFileSync(join(rawDir, "fetched.json"), "utf8"))).toEqual(records);
  });

  it("fetchSources(manifest, {mirror}) stops at a file missing from the mirror, naming the official URL", () => {
    const mirror = tempDir();
    put(mirror, derived.mirrorPath, "");
    const e = fetchError(() => fetchSources(manifestOf(derived, raw), { rawDir: tempDir(), mirror }));
    expect(e.message).toBe(
      `po-balans: ${join(mirror, raw.mirrorPath)} is missing (expected 3 bytes, sha256 ${SHA_ABC}) (official URL: ${BALANS_URL})`,
    );
  });
});

describe("checkFiles", () => {
  it("checkFiles(manifest, dir) lists missing and differing files of used sources only", () => {
    const dir = tempDir();
    put(dir, raw.mirrorPath, "abd");
    const problems = checkFiles(manifestOf(raw, derived, unused), dir);
    expect(problems).toEqual([
      {
        id: "po-balans",
        path: join(dir, raw.mirrorPath),
        expected: { bytes: 3, sha256: SHA_ABC },
        actual: { bytes: 3, sha256: SHA_ABD },
      },
      {
        id: "po-personeel",
        path: join(dir, derived.mirrorPath),
        expected: { bytes: 0, sha256: SHA_EMPTY },
        actual: null,
      },
    ]);
    put(dir, raw.mirrorPath, "abc");
    put(dir, derived.mirrorPath, "");
    expect(checkFiles(manifestOf(raw, derived, unused), dir)).toEqual([]);
  });
});

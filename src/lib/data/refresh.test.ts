import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "./fetch.ts";
import { ManifestSchema, type Manifest } from "./manifest.ts";
import { download, refreshSources, tally, updateManifestText, type RefreshResult } from "./refresh.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const OLD = enc("old;bytes\n");
const NEW = enc("new;bytes;longer\r\n");
const DUO = "https://duo.nl/open_onderwijsdata/images/";

/** A real HTTP server on 127.0.0.1 (random port) serving fixture bytes by path; anything else is a 404. */
const files: Record<string, Uint8Array | string> = {
  "/same.csv": OLD,
  "/changed.csv": NEW,
  "/portal-page.xlsx": "<!DOCTYPE html><html><body>Pagina niet gevonden</body></html>",
};
let server: Server;
let base: string;
/** A port on 127.0.0.1 nothing listens on: a server was opened there and closed again. */
let closedPort: number;
const requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    const body = files[req.url ?? ""];
    if (body === undefined) {
      res.writeHead(404, "Not Found").end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "application/octet-stream" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  requests.length = 0;
});

const entry = (id: string, file: string, extra: object = {}) => ({
  id,
  title: id,
  publisher: "DUO",
  kind: "raw",
  licence: "cc0",
  url: DUO + file,
  urlStatus: "pattern",
  urlCheckedWorking: false,
  mirrorPath: `dir/${file}`,
  bytes: OLD.length,
  sha256: sha256Hex(OLD),
  period: "2015",
  years: [2015],
  serves: ["x"],
  ...extra,
});

/** A temp snapshot holding OLD for every source, and its manifest written as 2-space JSON (like prettier's). */
function setup(sources: object[]) {
  const root = mkdtempSync(join(tmpdir(), "refresh-test-"));
  dirs.push(root);
  const snapshotDir = join(root, "snapshot");
  for (const s of sources as { mirrorPath: string }[]) {
    mkdirSync(dirname(join(snapshotDir, s.mirrorPath)), { recursive: true });
    writeFileSync(join(snapshotDir, s.mirrorPath), OLD);
  }
  const manifestPath = join(root, "sources.json");
  const json = {
    about: "t",
    licences: {
      cc0: { name: "CC0", url: "https://creativecommons.org/publicdomain/zero/1.0/", credit: "DUO" },
    },
    sources,
  };
  const text = JSON.stringify(json, null, 2) + "\n";
  writeFileSync(manifestPath, text);
  const manifest: Manifest = ManifestSchema.parse(json);
  // Every manifest URL goes to the local server: only the file name is kept.
  const rewriteUrl = (url: string) => url.replace(DUO, base + "/");
  return { snapshotDir, manifestPath, manifest, text, rewriteUrl };
}

const brief = (rs: RefreshResult[]) => rs.map((r) => [r.id, r.status, "reason" in r ? r.reason : undefined]);

describe("refreshSources", () => {
  it("refreshSources(manifest) reports unchanged, changed, 404, connection refused and derived skipped, and writes nothing in a dry run", async () => {
    const t = setup([
      entry("same", "same.csv"),
      entry("changed", "changed.csv"),
      entry("gone", "gone.csv"),
      entry("refused", "refused.csv"),
      entry("extract", "extract.csv", {
        kind: "derived",
        derivation: "made by a third party",
        url: null,
        urlStatus: "none",
      }),
      entry("retyped", "retyped.csv", {
        kind: "transcribed",
        derivation: "re-typed",
        url: null,
        urlStatus: "none",
      }),
      entry("lost", "lost.csv", { url: null, urlStatus: "none" }),
      entry("old", "old.csv", { unused: "not needed" }),
    ]);
    const log: string[] = [];
    const results = await refreshSources(t.manifest, {
      snapshotDir: t.snapshotDir,
      manifestPath: t.manifestPath,
      rewriteUrl: (url, s) =>
        s.id === "refused" ? `http://127.0.0.1:${closedPort}/refused.csv` : t.rewriteUrl(url),
      log: (l) => log.push(l),
    });
    expect(brief(results)).toEqual([
      ["same", "unchanged", undefined],
      ["changed", "changed", undefined],
      ["gone", "failed", "HTTP 404 Not Found"],
      ["refused", "failed", "network error: ECONNREFUSED"],
      ["extract", "skipped", "no official URL: derived"],
      ["retyped", "skipped", "no official URL: transcribed"],
      ["lost", "skipped", "no official URL known"],
    ]);
    expect(results[1]).toMatchObject({ bytes: NEW.length, sha256: sha256Hex(NEW) });
    expect(results[1]?.written).toBeUndefined();
    expect(tally(results)).toEqual({ unchanged: 1, changed: 1, failed: 2, skipped: 3 });
    // Only the sources with a URL were requested, and only from the local server; the unused one not at all.
    expect(requests.sort()).toEqual(["/changed.csv", "/gone.csv", "/same.csv"]);
    expect(readFileSync(join(t.snapshotDir, "dir/changed.csv"))).toEqual(Buffer.from(OLD));
    expect(readFileSync(t.manifestPath, "utf8")).toBe(t.text);
    expect(log[0]).toMatch(/^ {2}unchanged {2}same +\(10 bytes, sha256 [0-9a-f]{12}…\)$/);
    expect(log[1]).toBe(
      `  changed    ${"changed".padEnd(36)} 10 → 18 bytes, sha256 ${sha256Hex(OLD).slice(0, 12)}… → ${sha256Hex(NEW)}`,
    );
    expect(log[2]).toBe(`  failed     ${"gone".padEnd(36)} (HTTP 404 Not Found) ${base}/gone.csv`);
    expect(log[4]).toBe(`  skipped    ${"extract".padEnd(36)} (no official URL: derived)`);
  });

  it("refreshSources(manifest, {write}) replaces a changed snapshot file and updates only its bytes, sha256 and urlCheckedWorking", async () => {
    const t = setup([entry("same", "same.csv"), entry("changed", "changed.csv"), entry("gone", "gone.csv")]);
    const results = await refreshSources(t.manifest, {
      snapshotDir: t.snapshotDir,
      manifestPath: t.manifestPath,
      rewriteUrl: t.rewriteUrl,
      write: true,
    });
    expect(brief(results)).toEqual([
      ["same", "unchanged", undefined],
      ["changed", "changed", undefined],
      ["gone", "failed", "HTTP 404 Not Found"],
    ]);
    expect(results[1]?.written).toBe(true);
    expect(new Uint8Array(readFileSync(join(t.snapshotDir, "dir/changed.csv")))).toEqual(NEW);
    expect(new Uint8Array(readFileSync(join(t.snapshotDir, "dir/same.csv")))).toEqual(OLD);
    // The manifest text differs from the original only in the updated values: same indentation, trailing newline.
    const after = readFileSync(t.manifestPath, "utf8");
    const expected = JSON.parse(t.text);
    expected.sources[0].urlCheckedWorking = true;
    expected.sources[1].urlCheckedWorking = true;
    expected.sources[1].bytes = NEW.length;
    expected.sources[1].sha256 = sha256Hex(NEW);
    expect(after).toBe(JSON.stringify(expected, null, 2) + "\n");
  });

  it("refreshSources(manifest) calls an HTML page served instead of the file a failure and never writes it", async () => {
    const t = setup([entry("ach", "portal-page.xlsx")]);
    const results = await refreshSources(t.manifest, {
      snapshotDir: t.snapshotDir,
      manifestPath: t.manifestPath,
      rewriteUrl: t.rewriteUrl,
      write: true,
    });
    expect(brief(results)).toEqual([["ach", "failed", "got an HTML page instead of the data file"]]);
    expect(new Uint8Array(readFileSync(join(t.snapshotDir, "dir/portal-page.xlsx")))).toEqual(OLD);
  });
});

describe("download", () => {
  it("download(url) returns the bytes served by the local server", async () => {
    expect(await download(`${base}/changed.csv`)).toEqual(NEW);
  });

  it("download(url) rejects with 'HTTP 404 Not Found' and with 'network error: ECONNREFUSED'", async () => {
    await expect(download(`${base}/nothing.csv`)).rejects.toThrow("HTTP 404 Not Found");
    await expect(download(`http://127.0.0.1:${closedPort}/x.csv`)).rejects.toThrow(
      "network error: ECONNREFUSED",
    );
  });

  it("updateManifestText(text, results) changes only the three value lines of the real data/sources.json", () => {
    const text = readFileSync("data/sources.json", "utf8");
    const sha = "0".repeat(64);
    const after = updateManifestText(text, [
      { id: "po-balans", url: DUO + "x.csv", status: "changed", bytes: 123, sha256: sha },
    ]);
    const [a, b] = [text.split("\n"), after.split("\n")];
    expect(b).toHaveLength(a.length);
    const changed = b.filter((line, i) => line !== a[i]);
    expect(changed).toEqual([
      '      "urlCheckedWorking": true,',
      '      "bytes": 123,',
      `      "sha256": "${sha}",`,
    ]);
  });
});

describe("updateManifestText", () => {
  it("updateManifestText(text, results) leaves the text alone for skipped sources and refuses an unknown id", () => {
    const t = setup([entry("same", "same.csv")]);
    expect(updateManifestText(t.text, [{ id: "same", url: null, status: "skipped", reason: "x" }])).toBe(
      t.text,
    );
    expect(() =>
      updateManifestText(t.text, [{ id: "nope", url: "https://x.nl/a", status: "unchanged" }]),
    ).toThrow("source nope not found in the manifest text");
  });

  it("updateManifestText(text, results) changes only the three value lines of the real data/sources.json", () => {
    const text = readFileSync("data/sources.json", "utf8");
    const sha = "0".repeat(64);
    const after = updateManifestText(text, [
      { id: "po-balans", url: DUO + "x.csv", status: "changed", bytes: 123, sha256: sha },
    ]);
    const [a, b] = [text.split("\n"), after.split("\n")];
    expect(b).toHaveLength(a.length);
    const changed = b.filter((line, i) => line !== a[i]);
    expect(changed).toEqual([
      '      "urlCheckedWorking": true,',
      '      "bytes": 123,',
      `      "sha256": "${sha}",`,
    ]);
  });
});

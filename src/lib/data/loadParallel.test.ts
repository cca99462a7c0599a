import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SourceError } from "./errors.ts";
import { loadTables, sourceReader } from "./load.ts";
import { loadTablesParallel, plannedCalls, splitCalls } from "./loadParallel.ts";
import { loadManifest } from "./manifest.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("splitCalls", () => {
  const ids = ["a", "b", "a", "c", "d", "b"];
  const cost: Record<string, number> = { a: 5, b: 4, c: 3, d: 2 };

  it("keeps every call of one source in one share and balances the estimated cost", () => {
    expect(splitCalls(ids, (id) => cost[id]!, [0, 0])).toEqual([
      [0, 2, 4], // a + d = 7
      [1, 3, 5], // b + c = 7
    ]);
    expect(splitCalls(ids, (id) => cost[id]!, [0])).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it("counts what a share costs before its first read (a worker's start)", () => {
    // The second share starts at 3: a (5) to the first, b (4) to the second (7), c (3) to the first (8),
    // d (2) to the second (9).
    expect(splitCalls(ids, (id) => cost[id]!, [0, 3])).toEqual([
      [0, 2, 3],
      [1, 4, 5],
    ]);
    // Without the start, d would go to the first share.
    expect(splitCalls(ids, (id) => cost[id]!, [0, 0])[0]).toContain(4);
  });

  it("gives an empty share when there are more shares than sources, and alternates sources of no cost", () => {
    expect(splitCalls(["a", "a"], () => 1, [0, 0, 0])).toEqual([[0, 1], [], []]);
    expect(splitCalls(["a", "b", "c"], () => 0, [0, 0])).toEqual([[0, 2], [1]]);
  });
});

describe("plannedCalls", () => {
  it("lists loadTables' reads in call order, a workbook read sheet by sheet once per sheet", () => {
    const ids = plannedCalls();
    expect(ids[0]).toBe("vo-examens-2014-2019");
    expect(ids.filter((id) => id === "cbs-schoolweging-2017-2019")).toHaveLength(3);
    expect(ids.filter((id) => id === "swv-so-vso-2013")).toHaveLength(2);
  });
});

describe("loadTablesParallel", () => {
  it("stops with the SourceError a single thread stops with (the first read in call order), across threads", async () => {
    const manifest = loadManifest("data/sources.json");
    const dir = mkdtempSync(join(tmpdir(), "parallel-"));
    dirs.push(dir);
    let single: unknown;
    try {
      loadTables(sourceReader(manifest, dir, []));
    } catch (e) {
      single = e;
    }
    expect(single).toBeInstanceOf(SourceError);
    // No file at all, so no cost: with no cost for a worker's start either, the reads alternate over the shares
    // and a worker thread reads (and fails) too.
    const shares = splitCalls(plannedCalls(), () => 0, [0, 0]);
    expect(shares.every((s) => s.length > 0)).toBe(true);
    const parallel = await loadTablesParallel(manifest, dir, [], 2, 0).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(parallel).toBeInstanceOf(SourceError);
    expect((parallel as SourceError).message).toBe((single as SourceError).message);
    expect((parallel as SourceError).file).toBe((single as SourceError).file);
    // A worker's start counted below zero: every read goes to the worker, so the error comes across the thread.
    const fromWorker = await loadTablesParallel(manifest, dir, [], 2, -1).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(fromWorker).toBeInstanceOf(SourceError);
    expect((fromWorker as SourceError).message).toBe((single as SourceError).message);
    expect((fromWorker as SourceError).line).toBe((single as SourceError).line);
  });
});

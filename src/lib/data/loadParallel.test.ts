import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SourceError } from "./errors.ts";
import { loadTables, sourceReader } from "./load.ts";
import { loadTablesParallel, plannedCalls, sourceOrder } from "./loadParallel.ts";
import { loadManifest } from "./manifest.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("sourceOrder", () => {
  it("lists each source once, largest estimated cost first, then by id", () => {
    const cost: Record<string, number> = { a: 5, b: 4, c: 4, d: 0 };
    expect(sourceOrder(["d", "c", "a", "b", "a", "c"], (id) => cost[id]!)).toEqual(["a", "b", "c", "d"]);
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
    // No file at all: every read fails at once, in both threads (they take sources from one queue).
    const parallel = await loadTablesParallel(manifest, dir, [], 2).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(parallel).toBeInstanceOf(SourceError);
    expect((parallel as SourceError).message).toBe((single as SourceError).message);
    expect((parallel as SourceError).file).toBe((single as SourceError).file);
    // This thread taking no source: every read is a worker's, so the error comes across the thread.
    const fromWorker = await loadTablesParallel(manifest, dir, [], 2, false).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(fromWorker).toBeInstanceOf(SourceError);
    expect((fromWorker as SourceError).message).toBe((single as SourceError).message);
    expect((fromWorker as SourceError).line).toBe((single as SourceError).line);
  });
});

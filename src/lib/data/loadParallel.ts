// Reading the raw files in worker threads. The result is exactly what loadTables(sourceReader(…)) gives: the
// same rows, the same statistics in the same order, the same first structural error. How: loadTables reads its
// sources in a fixed order of calls; a planning pass (reading nothing) numbers the calls and keeps each call's
// spec; the threads take whole sources (a workbook read sheet by sheet stays in one thread, so it is parsed once)
// from one shared queue, largest estimated cost first, each taking the next as soon as it is done, so no estimate
// decides how the work is split; and a last pass runs loadTables again, handing every call its rows from the
// threads and recording the statistics in call order.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { SourceError } from "./errors.ts";
import { addStats, loadTables, readOne, type ReadOutcome, type SourceStats, type Tables } from "./load.ts";
import { rawFileName, type Manifest } from "./manifest.ts";
import type { TableSpec } from "./table.ts";

/**
 * What a thread is asked to do: read the sources of `order` from `rawDir`, taking them one by one from the
 * shared queue `next` (its first element is the position of the next source to take).
 */
export interface ReadJob {
  manifest: Manifest;
  rawDir: string;
  order: string[];
  next: Int32Array;
}

/** A structural error, sent across threads as plain data. */
export interface ErrorData {
  sourceError: boolean;
  message: string;
  file?: string;
  detail?: string;
  line?: number | undefined;
  column?: number | undefined;
  stack?: string | undefined;
}

/** What a thread sends back: the outcome of each of its calls (by call number), or the error that stopped it. */
export interface ReadReply {
  outcomes: [number, ReadOutcome][];
  error?: { call: number; data: ErrorData };
}

/**
 * Takes sources from the job's queue until it is empty and reads every call of each (a source's calls stop at
 * its first error, as loadTables would). Reports the outcomes by call number and the error of the first failing
 * call; it goes on after an error, so every call before the first failing one, in any thread, has been read.
 */
export function runReadJob(job: ReadJob): ReadReply {
  const plan = plannedReads();
  const callsBySource = new Map<string, number[]>();
  plan.forEach(({ id }, k) => callsBySource.set(id, [...(callsBySource.get(id) ?? []), k]));
  const read = readOne(job.manifest, job.rawDir);
  const outcomes: [number, ReadOutcome][] = [];
  let error: ReadReply["error"];
  for (let i = Atomics.add(job.next, 0, 1); i < job.order.length; i = Atomics.add(job.next, 0, 1)) {
    for (const k of callsBySource.get(job.order[i]!) ?? []) {
      try {
        outcomes.push([k, read(plan[k]!.id, plan[k]!.spec)]);
      } catch (e) {
        if (!error || k < error.call) error = { call: k, data: errorData(e) };
        break;
      }
    }
  }
  return error ? { outcomes, error } : { outcomes };
}

function errorData(e: unknown): ErrorData {
  if (e instanceof SourceError)
    return {
      sourceError: true,
      message: e.message,
      file: e.file,
      detail: e.detail,
      line: e.line,
      column: e.column,
      stack: e.stack,
    };
  const err = e instanceof Error ? e : new Error(String(e));
  return { sourceError: false, message: err.message, stack: err.stack };
}

function toError(d: ErrorData): Error {
  const e = d.sourceError ? new SourceError(d.file!, d.detail!, d.line, d.column) : new Error(d.message);
  if (d.stack && !d.sourceError) e.stack = d.stack;
  return e;
}

/** The reads of loadTables, in call order: each call's source id and spec (nothing is read). */
function plannedReads(): { id: string; spec: TableSpec<unknown> }[] {
  const reads: { id: string; spec: TableSpec<unknown> }[] = [];
  loadTables(<T>(id: string, spec: TableSpec<T>) => {
    reads.push({ id, spec: spec as TableSpec<unknown> });
    return [];
  });
  return reads;
}

/** The ids loadTables reads, in call order (nothing is read). */
export function plannedCalls(): string[] {
  return plannedReads().map((r) => r.id);
}

/** Rough reading cost of a file per MB by format: only the order in which the threads take the sources. */
const COST_PER_MB: Record<string, number> = { ods: 2.2, xlsx: 0.9, xls: 1.2, csv: 1 };

/** The sources of `ids` once each, largest estimated cost first (then by id): deterministic for the same files. */
export function sourceOrder(ids: string[], cost: (id: string) => number): string[] {
  return [...new Set(ids)].sort((a, b) => cost(b) - cost(a) || a.localeCompare(b));
}

/** The number of reading threads: DATA_THREADS, else the available cores (at most 4). */
export function readThreads(): number {
  const env = Number(process.env.DATA_THREADS);
  if (Number.isInteger(env) && env >= 1) return env;
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * loadTables over `rawDir` in `threads` threads (this one and threads - 1 workers), recording statistics into
 * `stats` as sourceReader does. With one thread it is loadTables(sourceReader(…)) itself. `mainReads`: whether
 * this thread takes sources from the queue too (false only in tests, so that the workers read everything).
 */
export async function loadTablesParallel(
  manifest: Manifest,
  rawDir: string,
  stats: SourceStats[],
  threads = readThreads(),
  mainReads = true,
): Promise<Tables> {
  const ids = plannedCalls();
  const cost = (id: string) => {
    const source = manifest.sources.find((s) => s.id === id);
    if (!source) return 0;
    const file = rawFileName(source);
    const ext = file.slice(file.lastIndexOf(".") + 1);
    let mb = 0;
    try {
      mb = statSync(join(rawDir, file)).size / 1e6;
    } catch {
      // a missing file: the read reports it
    }
    return mb * (COST_PER_MB[ext] ?? 1);
  };
  const order = sourceOrder(ids, cost);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const job: ReadJob = { manifest, rawDir, order, next };
  const workers = Math.max(1, threads) - 1 + (mainReads ? 0 : 1);
  const replies = Array.from(
    { length: workers },
    () =>
      new Promise<ReadReply>((resolve, reject) => {
        const worker = new Worker(new URL("./readWorker.ts", import.meta.url), {
          workerData: job,
          // A larger young generation: parsing allocates many short-lived strings (less time in GC).
          resourceLimits: { maxYoungGenerationSizeMb: 96 },
        });
        worker.once("message", (reply: ReadReply) => resolve(reply));
        worker.once("error", reject);
        worker.once("exit", (code) => {
          if (code !== 0) reject(new Error(`data: a reading thread stopped with exit code ${code}`));
        });
      }),
  );
  // This thread starts taking sources at once, while the workers start (they join the queue when ready).
  const mine: ReadReply = mainReads ? runReadJob(job) : { outcomes: [] };
  const all = [mine, ...(await Promise.all(replies))];
  // The first error in call order is the one a single thread would have stopped at.
  const errors = all.flatMap((r) => (r.error ? [r.error] : [])).sort((a, b) => a.call - b.call);
  if (errors[0]) throw toError(errors[0].data);
  const outcomes = new Map(all.flatMap((r) => r.outcomes));
  let call = 0;
  return loadTables(<T>() => {
    const outcome = outcomes.get(call++) as ReadOutcome<T> | undefined;
    if (!outcome)
      throw new Error(`data: no rows for read ${call - 1} (the reading plan and loadTables differ)`);
    addStats(stats, outcome.stat);
    return outcome.rows;
  });
}

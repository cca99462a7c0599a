// Reading the raw files in worker threads. The result is exactly what loadTables(sourceReader(…)) gives: the
// same rows, the same statistics in the same order, the same first structural error. How: loadTables reads its
// sources in a fixed order of calls; a planning pass (reading nothing) numbers the calls, the calls are split
// over the threads by source (a workbook read sheet by sheet stays in one thread, so it is parsed once), each
// thread runs loadTables reading only its own calls, and a last pass runs loadTables again, handing every call
// its rows from the threads and recording the statistics in call order.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { SourceError } from "./errors.ts";
import { addStats, loadTables, readOne, type ReadOutcome, type SourceStats, type Tables } from "./load.ts";
import { rawFileName, type Manifest } from "./manifest.ts";
import type { TableSpec } from "./table.ts";

/** What a thread is asked to do: read the calls numbered `calls` of loadTables from `rawDir`. */
export interface ReadJob {
  manifest: Manifest;
  rawDir: string;
  calls: number[];
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

/** Runs the calls of `job` (this thread's share of loadTables) and reports their outcomes. */
export function runReadJob(job: ReadJob): ReadReply {
  const mine = new Set(job.calls);
  const read = readOne(job.manifest, job.rawDir);
  const outcomes: [number, ReadOutcome][] = [];
  let call = 0;
  try {
    loadTables(<T>(id: string, spec: TableSpec<T>) => {
      const k = call++;
      if (!mine.has(k)) return [];
      const outcome = read(id, spec);
      outcomes.push([k, outcome as ReadOutcome]);
      return outcome.rows;
    });
  } catch (e) {
    return { outcomes, error: { call: call - 1, data: errorData(e) } };
  }
  return { outcomes };
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

/** The ids loadTables reads, in call order (nothing is read). */
export function plannedCalls(): string[] {
  const ids: string[] = [];
  loadTables((id) => {
    ids.push(id);
    return [];
  });
  return ids;
}

/** Rough reading cost of a file per MB by format (measured with the fast xlsx and ods readers). */
const COST_PER_MB: Record<string, number> = { ods: 2.2, xlsx: 0.9, xls: 1.2, csv: 1 };

/**
 * Splits the calls over shares: whole sources, largest estimated cost first, each to the share with the least
 * cost so far, starting from `start` (one entry per share: what a share costs before its first read). The
 * shares come out in the order of `start`. Deterministic for the same manifest and file sizes.
 */
export function splitCalls(ids: string[], cost: (id: string) => number, start: number[]): number[][] {
  const bySource = new Map<string, number[]>();
  ids.forEach((id, k) => bySource.set(id, [...(bySource.get(id) ?? []), k]));
  const shares = start.map((c) => ({ cost: c, calls: [] as number[] }));
  const sources = [...bySource].sort(([a], [b]) => cost(b) - cost(a) || a.localeCompare(b));
  for (const [id, calls] of sources) {
    const least = shares.reduce((m, s) =>
      s.cost < m.cost || (s.cost === m.cost && s.calls.length < m.calls.length) ? s : m,
    );
    least.cost += cost(id);
    least.calls.push(...calls);
  }
  return shares.map((s) => s.calls.sort((a, b) => a - b));
}

/**
 * What a worker's share costs before its first read, in the units of {@link COST_PER_MB} (about seconds):
 * starting the thread and loading its modules, and sending its rows back.
 */
const WORKER_START = 1.5;

/** The number of reading threads: DATA_THREADS, else the available cores (at most 4). */
export function readThreads(): number {
  const env = Number(process.env.DATA_THREADS);
  if (Number.isInteger(env) && env >= 1) return env;
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * loadTables over `rawDir` in `threads` threads (this one and threads - 1 workers), recording statistics into
 * `stats` as sourceReader does. With one thread it is loadTables(sourceReader(…)) itself. `workerStart`: what
 * a worker's share costs before its first read (see {@link WORKER_START}).
 */
export async function loadTablesParallel(
  manifest: Manifest,
  rawDir: string,
  stats: SourceStats[],
  threads = readThreads(),
  workerStart = WORKER_START,
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
  const n = Math.max(1, threads);
  // This thread reads the first share while the workers read the others (they start late, see WORKER_START).
  const [own, ...others] = splitCalls(
    ids,
    cost,
    Array.from({ length: n }, (_, i) => (i === 0 ? 0 : workerStart)),
  );
  const replies = others
    .filter((calls) => calls.length > 0)
    .map(
      (calls) =>
        new Promise<ReadReply>((resolve, reject) => {
          const job: ReadJob = { manifest, rawDir, calls };
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
  const mine = runReadJob({ manifest, rawDir, calls: own ?? [] });
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

// Checking the derived files against their schemas in two threads: a worker started early (so its modules load
// while the data is read) checks about half of the bytes while this thread checks the rest. The outcome is the
// one a single thread gives: no error, or the error of the first failing file in the files' order.
import { Worker } from "node:worker_threads";
import { checkDerivedFile } from "./output.ts";

/** The first failing file of a share: its position in the files' order and the message. */
export interface CheckFailure {
  index: number;
  message: string;
}

/** Checks `files` (position, path, content) in order and stops at the first failure. */
export function checkShare(files: [number, string, string][]): CheckFailure | undefined {
  for (const [index, path, content] of files) {
    try {
      checkDerivedFile(path, content);
    } catch (e) {
      return { index, message: e instanceof Error ? e.message : String(e) };
    }
  }
  return undefined;
}

/** A worker waiting for one share of files to check. */
export interface Checker {
  check(files: Map<string, string>): Promise<void>;
}

/** Starts the checking worker now; `check` splits the files with it (or checks all here when `threads` is 1). */
export function startChecker(threads: number): Checker {
  const worker =
    threads > 1 ? new Worker(new URL("./checkWorker.ts", import.meta.url), { stdout: false }) : undefined;
  const failed = new Promise<never>((_, reject) => {
    worker?.once("error", reject);
  });
  failed.catch(() => undefined); // reported when checking
  return {
    async check(files) {
      const all = [...files].map(([path, content], i) => [i, path, content] as [number, string, string]);
      if (!worker) {
        const f = checkShare(all);
        if (f) throw new Error(f.message);
        return;
      }
      // The worker takes the last files up to half of the bytes (starting a share costs it nothing more).
      const total = all.reduce((n, [, , c]) => n + c.length, 0);
      let split = all.length;
      for (let bytes = 0; split > 0 && bytes < total / 2;) bytes += all[--split]![2].length;
      const reply = new Promise<CheckFailure | undefined>((resolve, reject) => {
        worker.once("message", (f: CheckFailure | null) => resolve(f ?? undefined));
        worker.once("exit", (code) =>
          reject(new Error(`data: the checking thread stopped (exit code ${code})`)),
        );
      });
      worker.postMessage(all.slice(split));
      const mine = checkShare(all.slice(0, split));
      const theirs = await Promise.race([reply, failed]);
      const first = [mine, theirs].filter((f) => f !== undefined).sort((a, b) => a.index - b.index)[0];
      if (first) throw new Error(first.message);
    },
  };
}

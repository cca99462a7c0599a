// The checking thread of checkParallel.ts: checks one share of the derived files and replies once.
import { parentPort } from "node:worker_threads";
import { checkShare } from "./checkParallel.ts";

parentPort!.once("message", (files: [number, string, string][]) => {
  parentPort!.postMessage(checkShare(files) ?? null);
  parentPort!.close();
});

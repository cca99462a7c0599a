// A reading thread of loadTablesParallel: reads its share of loadTables' calls and sends the outcomes back.
import { parentPort, workerData } from "node:worker_threads";
import { runReadJob, type ReadJob } from "./loadParallel.ts";

parentPort!.postMessage(runReadJob(workerData as ReadJob));

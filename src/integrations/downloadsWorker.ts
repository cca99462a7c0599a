// Worker thread of the downloads integration: writes the downloads into the output folder while Astro renders.
import { parentPort, workerData } from "node:worker_threads";
import { writeDownloads } from "../lib/site/downloads.ts";

const { derived, out } = workerData as { derived: string; out: string };
parentPort!.postMessage(writeDownloads(derived, out));

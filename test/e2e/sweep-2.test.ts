// The second shard of the browser sweep (sweepSuite.ts); sweep.test.ts runs the first.
import { sweepSuite } from "./sweepSuite.ts";

sweepSuite(1);

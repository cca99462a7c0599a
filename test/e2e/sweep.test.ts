// The first shard of the browser sweep (sweepSuite.ts); sweep-2.test.ts runs the second.
import { sweepSuite } from "./sweepSuite.ts";

sweepSuite(0);

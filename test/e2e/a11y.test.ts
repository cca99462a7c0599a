// The first shard of the axe and skip-link tests (a11ySuite.ts); a11y-2.test.ts runs the second.
import { a11ySuite } from "./a11ySuite.ts";

a11ySuite(0);

// The second shard of the axe and skip-link tests (a11ySuite.ts); a11y.test.ts runs the first.
import { a11ySuite } from "./a11ySuite.ts";

a11ySuite(1);

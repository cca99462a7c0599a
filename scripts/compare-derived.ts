// Checks that a change leaves data/derived/ byte-identical: `save` records the sha256 of every derived file in
// .cache/derived-sha256.txt; `compare` (after the next `npm run data`) lists every file that differs, is new or
// is gone, and exits 1 if any. A tool for changes to the data step, not a test.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const DIR = "data/derived";
const SAVED = ".cache/derived-sha256.txt";

function digests(): Map<string, string> {
  const files = readdirSync(DIR, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(DIR, join(e.parentPath, e.name)))
    .sort();
  return new Map(
    files.map((f) => [
      f,
      createHash("sha256")
        .update(readFileSync(join(DIR, f)))
        .digest("hex"),
    ]),
  );
}

const mode = process.argv[2];
if (mode === "save") {
  const now = digests();
  mkdirSync(".cache", { recursive: true });
  writeFileSync(SAVED, [...now].map(([f, h]) => `${h}  ${f}`).join("\n") + "\n");
  console.log(`saved the sha256 of ${now.size} files in ${SAVED}`);
} else if (mode === "compare" && existsSync(SAVED)) {
  const before = new Map(
    readFileSync(SAVED, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => [l.slice(66), l.slice(0, 64)] as [string, string]),
  );
  const now = digests();
  const changed = [...now].filter(([f, h]) => before.has(f) && before.get(f) !== h).map(([f]) => f);
  const added = [...now.keys()].filter((f) => !before.has(f));
  const gone = [...before.keys()].filter((f) => !now.has(f));
  for (const [what, list] of [
    ["differs", changed],
    ["new", added],
    ["gone", gone],
  ] as const)
    for (const f of list.slice(0, 20)) console.log(`${what}: ${f}`);
  const n = changed.length + added.length + gone.length;
  console.log(
    n === 0
      ? `identical: ${now.size} files`
      : `${changed.length} differ, ${added.length} new, ${gone.length} gone`,
  );
  process.exit(n === 0 ? 0 : 1);
} else {
  console.error(`usage: node scripts/compare-derived.ts save|compare (compare needs a saved ${SAVED})`);
  process.exit(2);
}

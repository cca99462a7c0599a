import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startSearchIndex } from "./searchIndex.ts";

// The built board pages do not check their own record again (data.ts): the build's one check of every board
// record is startSearchIndex's. A record of the wrong shape must stop it, naming the file.
const DERIVED = join(process.cwd(), "data", "derived");
const dir = mkdtempSync(join(tmpdir(), "search-index-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("startSearchIndex", () => {
  it("rejects a board record of the wrong shape, naming the file and the field", async () => {
    const index = JSON.parse(readFileSync(join(DERIVED, "boards.json"), "utf8")) as { id: string }[];
    const first = index.slice(0, 3);
    mkdirSync(join(dir, "boards"));
    writeFileSync(join(dir, "boards.json"), JSON.stringify(first));
    for (const b of first)
      cpSync(join(DERIVED, "boards", `${b.id}.json`), join(dir, "boards", `${b.id}.json`));
    const bad = join(dir, "boards", `${first[1]!.id}.json`);
    const record = JSON.parse(readFileSync(bad, "utf8")) as Record<string, unknown>;
    writeFileSync(bad, JSON.stringify({ ...record, name: 42 }));
    await expect(startSearchIndex(join(dir, "boards.json"))).rejects.toThrow(
      new RegExp(`${first[1]!.id}\\.json[\\s\\S]*name`),
    );
  });
});

import { describe, expect, it } from "vitest";
import { deriveSuccessors, type Observation } from "./successors.ts";

const obs = (code: string, board: string, year: number, source = `list-${year}`): Observation => ({
  code,
  board,
  year,
  source,
});

describe("deriveSuccessors", () => {
  it("deriveSuccessors(merger) gives the one board that holds every vestiging now, with the first list", () => {
    const out = deriveSuccessors(
      [
        obs("11AA00", "100", 2015),
        obs("11AB00", "100", 2015),
        obs("11AA00", "200", 2018.3),
        obs("11AB00", "200", 2020.5),
        obs("11AA00", "200", 2026),
        obs("11AB00", "200", 2026),
        obs("22BB00", "200", 2026),
      ],
      [],
      new Set(["200"]),
    );
    expect(out.get("100")).toEqual({
      kind: "merger",
      successors: [{ board: "200", vestigingen: 2, year: 2018, source: "list-2018.3", via: "list" }],
      total: 2,
      closed: 0,
      lastYear: 2015,
    });
    expect(out.has("200")).toBe(false); // active boards get no entry
  });

  it("deriveSuccessors(split) lists every board that took vestigingen, most first", () => {
    const out = deriveSuccessors(
      [
        obs("11AA00", "100", 2017),
        obs("11AA01", "100", 2017),
        obs("11AB00", "100", 2017),
        obs("11AA00", "300", 2019),
        obs("11AA01", "300", 2019),
        obs("11AB00", "200", 2022),
      ],
      [],
      new Set(["200", "300"]),
    );
    const s = out.get("100")!;
    expect(s.kind).toBe("split");
    expect(s.successors.map((x) => [x.board, x.vestigingen, x.year])).toEqual([
      ["300", 2, 2019],
      ["200", 1, 2022],
    ]);
  });

  it("deriveSuccessors(closed school) counts it closed, and a merger from the closures list goes to the other school's board", () => {
    const out = deriveSuccessors(
      [
        obs("11AA00", "100", 2012, "historic"),
        obs("11AB00", "100", 2014, "historic"),
        obs("33CC00", "400", 2026),
      ],
      [
        { brin: "11AA", date: "2012-08-01" }, // closed without merger
        { brin: "11AB", intoBrin: "33CC", date: "2014-08-01" },
      ],
      new Set(["400"]),
    );
    expect(out.get("100")).toEqual({
      kind: "merger",
      successors: [
        {
          board: "400",
          vestigingen: 1,
          year: 2014,
          source: "po-sluitende-fuserende-2009-2017",
          via: "fusie",
        },
      ],
      total: 2,
      closed: 1,
      lastYear: 2014,
    });
  });

  it("deriveSuccessors(all closed) says closed with no successor", () => {
    const out = deriveSuccessors([obs("11AA00", "100", 2002, "historic")], [], new Set());
    expect(out.get("100")).toEqual({ kind: "closed", successors: [], total: 1, closed: 1, lastYear: 2002 });
  });

  it("deriveSuccessors(chain) follows an inactive holder to its own successor", () => {
    const out = deriveSuccessors(
      [
        obs("11AA00", "100", 2015),
        obs("11AA00", "150", 2017),
        obs("11AA00", "200", 2020.5),
        obs("11AA00", "200", 2026),
      ],
      [],
      new Set(["200"]),
    );
    expect(out.get("100")!.successors.map((s) => s.board)).toEqual(["200"]);
    expect(out.get("150")!.successors.map((s) => s.board)).toEqual(["200"]);
  });

  it("deriveSuccessors(cycle) stops on boards that hand schools back and forth", () => {
    const out = deriveSuccessors(
      [
        obs("11AA00", "100", 2015),
        obs("11AA00", "150", 2016),
        obs("11AB00", "150", 2015),
        obs("11AB00", "100", 2016),
      ],
      [],
      new Set(),
    );
    expect(out.get("100")!.kind).toBe("closed");
  });
});

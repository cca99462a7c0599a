import { describe, expect, it } from "vitest";
import { BoardLists, provinceName, VestigingIndex } from "./vestigingIndex.ts";

const lists = (entries: Record<number, Record<string, string>>): BoardLists =>
  new BoardLists(new Map(Object.entries(entries).map(([y, m]) => [Number(y), new Map(Object.entries(m))])));

describe("BoardLists: vestiging → board per year", () => {
  // A merger: school 11AB (board A) goes to board M from 2019; 22CD was M's all along.
  const merger = lists({
    2017: { "11AB00": "A", "11AB01": "A", "22CD00": "M" },
    2018: { "11AB00": "A", "11AB01": "A", "22CD00": "M" },
    2019: { "11AB00": "M", "11AB01": "M", "22CD00": "M" },
    2022: { "11AB00": "M", "11AB01": "M", "11AB04": "M", "22CD00": "M" },
  });

  it("board(vestiging, year) keeps a school with its old board before a merger and with the new one after", () => {
    expect(merger.board("11AB00", 2018)).toEqual({ board: "A", listYear: 2018, via: "vestiging" });
    expect(merger.board("11AB00", 2019)).toEqual({ board: "M", listYear: 2019, via: "vestiging" });
    // Before the first list: the first list decides, not a later one.
    expect(merger.board("11AB01", 2015)).toEqual({ board: "A", listYear: 2017, via: "vestiging" });
  });

  it("board(vestiging, year) places a vestiging only in a later list by its school's board in the nearest list, not the later list's", () => {
    // 11AB04 first appears in 2022 (board M); in 2016 its school belonged to A (2017 list), so A, not M.
    expect(merger.board("11AB04", 2016)).toEqual({ board: "A", listYear: 2017, via: "school" });
    // In 2020 the lists before (2019) and after (2022) agree on M.
    expect(merger.board("11AB04", 2020)).toEqual({ board: "M", listYear: 2019, via: "school" });
  });

  it("board(vestiging, year) follows a school that moves between boards and back, year by year", () => {
    const moves = lists({
      2017: { "33EF00": "P" },
      2018: { "33EF00": "Q" },
      2019: { "33EF00": "P" },
    });
    expect([2017, 2018, 2019].map((y) => moves.board("33EF00", y)?.board)).toEqual(["P", "Q", "P"]);
  });

  it("board(vestiging, year) does not attribute a vestiging whose neighbouring lists disagree, and reports it", () => {
    // 11AB04 in 2018.5 is in neither list; the school is A's in 2018 and M's in 2019.
    const r = merger.resolve("11AB04", 2018.5);
    expect(r).toEqual({
      reason: "neighbours-disagree",
      before: { board: "A", listYear: 2018 },
      after: { board: "M", listYear: 2019 },
    });
    expect(merger.board("11AB04", 2018.5)).toBeUndefined();
    expect(merger.disagreementList()).toEqual(["11AB04 2018.5: A (2018) / M (2019)"]);
  });

  it("board(vestiging, year) takes the later list on a tie and reports a school in no list as not-in-lists", () => {
    const l = lists({ 2017: { X0AA00: "A" }, 2019: { X0AA00: "B" } });
    expect(l.board("X0AA00", 2018)).toEqual({ board: "B", listYear: 2019, via: "vestiging" });
    expect(l.resolve("99ZZ00", 2018)).toEqual({ reason: "not-in-lists" });
    expect(l.disagreementList()).toEqual([]);
  });
});

describe("VestigingIndex: place and SWV", () => {
  const place = (brin: string, vest: string, municipality: string, province: string) =>
    ({ board: "40001", brin, vest, municipality, province, line: 2 }) as never;
  const index = VestigingIndex.from({
    voPupilsBoard: new Map([[2017, [place("14DC", "02", "Franekeradeel", "Friesland")]]]),
    vo2020Vestigingen: [place("14DC", "02", "WAADHOEKE", "Fryslân")],
    vsv2015: [{ brin: "14DC", vest: "02", swv: "VO2101" } as never],
  });

  it("place(vestiging, year) takes the list nearest the year, the newest without a year, with one spelling of Friesland", () => {
    expect(index.place("14DC02", 2015)).toEqual({
      municipality: "Franekeradeel",
      province: "Friesland",
      listYear: 2017,
    });
    expect(index.place("14DC02")).toEqual({
      municipality: "Waadhoeke",
      province: "Friesland",
      listYear: 2020.5,
    });
    expect(provinceName("Fryslân")).toBe("Friesland");
  });

  it("swv(sector, vestiging) gives the SWV with the year of the list", () => {
    expect(index.swv("vo", "14DC02")).toEqual({ code: "VO2101", year: 2015 });
    expect(index.swv("po", "14DC02")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { boardHistory, brinBoards } from "./history.ts";
import type { Tables } from "./load.ts";
import type { Cell } from "./values.ts";

type Closure = Tables["closures"][number];
type Historic = Tables["historicPupils"][number];
type Listed = Tables["poCurrentVestigingen"][number];

const historic = (vest: string, board: string, name = `School ${vest}`): Historic => ({
  brin: vest.slice(0, 4),
  vest: vest.slice(4),
  name,
  kind: "BO",
  denomination: "Openbaar",
  board,
  municipality: "EMMEN",
  pupils: {},
  line: 2,
});
const listed = (vest: string, board: string): Listed => ({
  board,
  brin: vest.slice(0, 4),
  vest: vest.slice(4),
  name: `Vestiging ${vest}`,
  place: "EMMEN",
  municipality: "EMMEN",
  municipalityCode: undefined,
  province: "Drenthe",
  denomination: undefined,
  kind: undefined,
  structure: undefined,
  cluster: undefined,
  line: 2,
});
const closure = (brin: string, how: string, date: string, pupils: Cell, intoBrin?: string): Closure => ({
  kind: "basisschool",
  schoolYear: `schooljaar ${date.slice(0, 4)}/${Number(date.slice(0, 4)) + 1}`,
  brin,
  name: `Basisschool  ${brin}`,
  place: "ERICA",
  how,
  pupils,
  intoBrin,
  date,
  line: 2,
});

describe("boardHistory", () => {
  const tables = {
    historicPupils: [
      historic("11AA00", "41001"),
      historic("11AB00", "41001"),
      historic("11AC00", "41001", "De Linde"),
      historic("22BB00", "41002", "De Eik"),
      historic("22BB01", "41002"),
    ],
    po2020Vestigingen: [],
    poCurrentVestigingen: [listed("33CC00", "41003")],
    specialVestigingen: [],
    closures: [
      closure("11AA", "Fusie", "20150801", 29, "22BB"),
      closure("11AB", "opheffing zonder fusie", "20120801", 17),
      closure("11AC", "Fusie met vorming nevenvestiging", "20160801", { missing: "not-reported" }, "11AB"),
      closure("33CC", "Fusie", "20100801", 40, "99ZZ"),
      closure("44DD", "Fusie", "20110801", 12, "22BB"),
    ],
  };
  const boards = [
    { id: "41001", name: "Stichting Een" },
    { id: "41002", name: "Stichting Twee" },
    { id: "41003", name: "Stichting Drie" },
  ];
  const h = boardHistory(tables, boards);

  it("attributes closed schools to the board that held them, newest first", () => {
    const events = h.byBoard.get("41001")!.events;
    expect(events.map((e) => [e.brin, e.date, e.how])).toEqual([
      ["11AC", "2016-08-01", "fusie-nevenvestiging"],
      ["11AA", "2015-08-01", "fusie"],
      ["11AB", "2012-08-01", "opheffing"],
    ]);
    expect(events[1]).toMatchObject({ name: "Basisschool 11AA", place: "Erica", schoolYear: "2015-2016" });
  });

  it("describes a merger into another board's school, with that board and school name", () => {
    const e = h.byBoard.get("41001")!.events.find((x) => x.brin === "11AA")!;
    expect(e.pupils).toBe(29);
    expect(e.into).toEqual({
      brin: "22BB",
      name: "De Eik",
      board: "41002",
      boardName: "Stichting Twee",
      sameBoard: false,
    });
  });

  it("marks a merger within the same board, and a missing pupil count", () => {
    const e = h.byBoard.get("41001")!.events.find((x) => x.brin === "11AC")!;
    expect(e.into).toMatchObject({ brin: "11AB", board: "41001", sameBoard: true });
    expect(e.pupils).toBeUndefined();
    expect(e.pupilsMissing).toBe("not-reported");
  });

  it("describes a closure without merger", () => {
    const e = h.byBoard.get("41001")!.events.find((x) => x.brin === "11AB")!;
    expect(e).toMatchObject({ how: "opheffing", howLabel: "opheffing zonder fusie", pupils: 17 });
    expect(e.into).toBeUndefined();
  });

  it("names the one other board the schools merged into", () => {
    expect(h.byBoard.get("41001")!.mergedInto).toEqual({
      board: "41002",
      name: "Stichting Twee",
      schools: 1,
      hasPage: true,
    });
  });

  it("falls back to the other lists, and keeps a merged-into school whose board is unknown", () => {
    const e = h.byBoard.get("41003")!.events[0]!;
    expect(e.brin).toBe("33CC");
    expect(e.into).toEqual({ brin: "99ZZ", sameBoard: false });
    expect(h.byBoard.get("41003")!.mergedInto).toBeUndefined();
  });

  it("reports a closed BRIN that no vestigingen list knows", () => {
    expect(h.unmapped).toEqual(["44DD"]);
    expect([...h.byBoard.values()].flatMap((x) => x.events).some((e) => e.brin === "44DD")).toBe(false);
  });
});

describe("brinBoards", () => {
  it("prefers the main vestiging's board within a list, and the historic file over the others", () => {
    const m = brinBoards({
      historicPupils: [historic("55EE01", "41007"), historic("55EE02", "41007"), historic("55EE00", "41008")],
      po2020Vestigingen: [listed("55EE00", "41009"), listed("66FF01", "41009")],
      poCurrentVestigingen: [],
      specialVestigingen: [],
    });
    expect(m.get("55EE")).toEqual({ board: "41008", name: "School 55EE00" });
    expect(m.get("66FF")).toEqual({ board: "41009", name: "Vestiging 66FF01" });
  });
});

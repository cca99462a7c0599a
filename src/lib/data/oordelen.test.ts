import { describe, expect, it } from "vitest";
import type { Tables } from "./load.ts";
import { oordelen } from "./oordelen.ts";

type School = Tables["schoolJudgements2018"][number];
type Board = Tables["boardJudgements2018"][number];

let line = 2;
const school = (
  board: string,
  sector: School["sector"],
  unit: string,
  judgement: string | undefined,
  judgedOn?: string,
): School => ({
  date: "2018-04-01",
  sector,
  unit,
  unitName: sector === "VO" ? unit.split("|")[2] : `School ${unit.slice(0, 4)}`,
  judgement,
  judgedOn,
  board,
  brin: unit.slice(0, 4),
  vest: sector === "VO" ? unit.split("|")[1]! : "0",
  name: `Vestiging ${unit.slice(0, 4)}`,
  line: line++,
});
const boardRow = (board: string, b: Partial<Board>): Board => ({
  date: "2018-04-01",
  board,
  name: `Bestuur ${board}`,
  finBeheer: undefined,
  finContinuiteit: undefined,
  finDate: undefined,
  kwaliteitszorg: undefined,
  kwDate: undefined,
  line: line++,
  ...b,
});

describe("oordelen", () => {
  const schools: School[] = [
    // Board 41001: po vestigingen and vo afdelingen
    school("41001", "PO", "01AA|C1", "Voldoende", "2016-03-01"),
    school("41001", "PO", "01AB|C1", "Zwak", "2015-11-20"),
    school("41001", "PO", "01AC|C1", "Goed", "2017-10-02"),
    school("41001", "PO", "01AD|C1", "Zonder actueel oordeel"),
    school("41001", "PO", "01AE|C1", "Geen oordeel"),
    school("41001", "PO", "01AF|C1", undefined),
    school("41001", "VO", "02BB|00|HAVO", "Voldoende", "2015-12-03"),
    school("41001", "VO", "02BB|00|VWO", "Onvoldoende", "2018-01-15"),
    school("41001", "VO", "02BB|01|VMBOGT", "Zeer zwak", "2016-06-30"),
    school("41001", "VO", "02BB|01|VMBOK", "Voldoende", "2016-06-30"),
    // so school: counted, not in the share
    school("41001", "SO", "03CC|OKE 01|SO", "Zwak", "2017-05-05"),
    // Board 41002: only units without a quality judgement
    school("41002", "PO", "04DD|C1", "Geen oordeel"),
    school("41002", "PO", "04DE|C1", "Zonder actueel oordeel"),
  ];
  const boards: Board[] = [
    boardRow("41001", { finContinuiteit: "Voldoende", finDate: "2014-09-01" }),
    boardRow("41003", { finBeheer: "Onvoldoende", finDate: "2017-12-01", kwaliteitszorg: "Voldoende" }),
    boardRow("41004", {}), // a row without any judgement
  ];
  const r = oordelen(boards, schools);

  it("counts eindoordelen per category and sector", () => {
    const o = r.byBoard.get("41001")!;
    expect(o.peildatum).toBe("2018-04-01");
    expect(o.sectors.map((s) => s.sector)).toEqual(["po", "vo", "so"]);
    const po = o.sectors[0]!;
    expect(po).toMatchObject({ units: 6, judged: 3, weak: 1 });
    expect(po.counts).toEqual({
      Voldoende: 1,
      Zwak: 1,
      Goed: 1,
      "Zonder actueel oordeel": 1,
      "Geen oordeel": 1,
      leeg: 1,
    });
    expect(o.sectors[1]).toMatchObject({ units: 4, judged: 4, weak: 2 });
    expect(o.sectors[2]).toMatchObject({ sector: "so", units: 1, judged: 1, weak: 1 });
    expect(r.unknownJudgements).toEqual([]);
  });

  it("lists the weak units with name, unit code and date", () => {
    const weak = r.byBoard.get("41001")!.weakUnits;
    expect(weak.map((w) => [w.sector, w.unit, w.judgement, w.judgedOn])).toEqual([
      ["po", "01AB|C1", "Zwak", "2015-11-20"],
      ["vo", "02BB|00|VWO", "Onvoldoende", "2018-01-15"],
      ["vo", "02BB|01|VMBOGT", "Zeer zwak", "2016-06-30"],
      ["so", "03CC|OKE 01|SO", "Zwak", "2017-05-05"],
    ]);
    expect(weak[1]).toMatchObject({ vestiging: "02BB00", name: "Vestiging 02BB", unitName: "VWO" });
  });

  it("computes the share of judged units, leaving out units without a quality judgement", () => {
    expect(r.share.po.get("41001")!.get(2018)).toEqual({ year: 2018, value: (1 / 3) * 100, n: 3 });
    expect(r.share.vo.get("41001")!.get(2018)).toEqual({ year: 2018, value: 50, n: 4 });
  });

  it("gives a missing point, never 0, when no unit has a quality judgement", () => {
    const p = r.share.po.get("41002")!.get(2018)!;
    expect(p.value).toBeUndefined();
    expect(p.missing).toBe("division-by-zero");
    expect(p.n).toBe(0);
    expect(r.share.vo.has("41002")).toBe(false);
  });

  it("keeps board-level judgements, and ignores rows without any", () => {
    expect(r.byBoard.get("41001")!.board).toEqual({ finContinuiteit: "Voldoende", finDate: "2014-09-01" });
    const o = r.byBoard.get("41003")!;
    expect(o.board).toEqual({ finBeheer: "Onvoldoende", finDate: "2017-12-01", kwaliteitszorg: "Voldoende" });
    expect(o.sectors).toEqual([]);
    expect(r.share.po.has("41003")).toBe(false);
  });

  it("knows nothing of a board without judgements", () => {
    expect(r.byBoard.has("41004")).toBe(false);
    expect(r.byBoard.has("49999")).toBe(false);
  });

  it("reports an unknown spelling of an eindoordeel", () => {
    const x = oordelen([], [school("41005", "PO", "05EE|C1", "Basis")]);
    expect(x.unknownJudgements).toEqual(["Basis"]);
    expect(x.byBoard.get("41005")!.sectors[0]).toMatchObject({ units: 1, judged: 1, weak: 0 });
  });
});

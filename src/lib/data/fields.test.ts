import { describe, expect, it } from "vitest";
import {
  boardId,
  brin,
  count,
  num,
  optionalText,
  text,
  vestigingCode,
  vestigingRaw,
  year,
  yearCells,
} from "./fields.ts";
import { z } from "zod";
import type { Cell } from "./values.ts";

/** The first issue message of a failed parse. */
const issue = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? undefined : r.error!.issues[0]!.message;

describe("boardId", () => {
  it("boardId.parse(s) keeps 00008 as a string with its leading zeros", () => {
    expect(boardId.parse("00008")).toBe("00008");
  });

  it("boardId.parse(s) pads an unpadded number (8 → 00008) and trims spaces", () => {
    expect(boardId.parse("8")).toBe("00008");
    expect(boardId.parse(" 41646 ")).toBe("41646");
  });

  it("boardId.safeParse(s) rejects a blank, a letter and a 6-digit number", () => {
    expect(issue(boardId.safeParse(" "))).toBe('not a bevoegd-gezag number: " "');
    expect(issue(boardId.safeParse("4100X"))).toBe('not a bevoegd-gezag number: "4100X"');
    expect(issue(boardId.safeParse("123456"))).toBe('not a bevoegd-gezag number: "123456"');
  });

  it("boardId.safeParse(s) rejects DUO's 0 / 00000 for an unknown board", () => {
    expect(issue(boardId.safeParse("0"))).toBe('bevoegd gezag 00000 means "unknown board"');
    expect(issue(boardId.safeParse("00000"))).toBe('bevoegd gezag 00000 means "unknown board"');
  });
});

describe("brin", () => {
  it("brin.parse(s) uppercases and trims a 4-character BRIN", () => {
    expect(brin.parse(" 00ap")).toBe("00AP");
  });

  it("brin.safeParse(s) rejects a 6-character code", () => {
    expect(issue(brin.safeParse("00AP00"))).toBe('not a BRIN code: "00AP00"');
  });
});

describe("vestigingRaw", () => {
  it("vestigingRaw.parse(s) accepts 1-digit, 2-digit and 6-character vestiging numbers", () => {
    expect(vestigingRaw.parse("0")).toBe("0");
    expect(vestigingRaw.parse("01")).toBe("01");
    expect(vestigingRaw.parse("00ah00")).toBe("00AH00");
  });

  it("vestigingRaw.safeParse(s) rejects 3 digits and a 6-character code not ending in 2 digits", () => {
    expect(issue(vestigingRaw.safeParse("100"))).toBe('not a vestiging number: "100"');
    expect(issue(vestigingRaw.safeParse("00AHXX"))).toBe('not a vestiging number: "00AHXX"');
  });
});

describe("vestigingCode", () => {
  it("vestigingCode(brin, raw) left-pads a 1-digit number (BRON file: 0 → 00)", () => {
    expect(vestigingCode("00AP", "0")).toBe("00AP00");
    expect(vestigingCode("00AP", "1")).toBe("00AP01");
  });

  it("vestigingCode(brin, raw) appends a 2-digit number", () => {
    expect(vestigingCode("00PG", "02")).toBe("00PG02");
  });

  it("vestigingCode(brin, raw) keeps a 6-character code that starts with the BRIN", () => {
    expect(vestigingCode("00AH", "00AH00")).toBe("00AH00");
  });

  it("vestigingCode(brin, raw) returns undefined for a 6-character code of another BRIN", () => {
    expect(vestigingCode("04DD", "05EE00")).toBeUndefined();
  });
});

describe("num and count", () => {
  it("num().parse(s) reads Dutch numbers and markers; num('.') reads a decimal point", () => {
    expect(num().parse("3.403.793")).toBe(3403793);
    expect(num().parse("<5")).toEqual({ missing: "suppressed-small" });
    expect(num().parse("")).toEqual({ missing: "not-reported" });
    expect(num(".").parse("90.9")).toBe(90.9);
  });

  it("num().safeParse(s) rejects 12a with the parse reason", () => {
    expect(issue(num().safeParse("12a"))).toBe('not a Dutch number: "12a"');
  });

  it("count().parse(s) accepts whole non-negative numbers and markers", () => {
    expect(count().parse("1.001")).toBe(1001);
    expect(count().parse("*")).toEqual({ missing: "suppressed" });
  });

  it("count().safeParse(s) rejects a negative or a fraction", () => {
    expect(issue(count().safeParse("-3"))).toBe("not a non-negative whole number");
    expect(issue(count().safeParse("2,5"))).toBe("not a non-negative whole number");
  });
});

describe("text, optionalText and year", () => {
  it("text.parse(s) trims; optionalText.parse(s) turns DUO's single-space blank into undefined", () => {
    expect(text.parse("  Openbaar ")).toBe("Openbaar");
    expect(optionalText.parse(" ")).toBeUndefined();
    expect(optionalText.parse(undefined)).toBeUndefined();
    expect(optionalText.parse(" 0599")).toBe("0599");
  });

  it("year.parse(s) reads a 4-digit year and rejects 15", () => {
    expect(year.parse("2015")).toBe(2015);
    expect(issue(year.safeParse("15"))).toBe('not a year: "15"');
  });
});

describe("yearCells", () => {
  const general = (cell: z.ZodType<Cell>) => z.record(z.string(), cell);
  const cases: unknown[] = [
    { "2015": "12", "2016": "<5", "2017": "", "2018": "1.234" },
    { "2016": "x", "2015": "-3", "2017": "2,5" },
    { "2015": 7 },
    ["12"],
    new Map([["2015", "1"]]),
    "12",
  ];
  for (const [name, cell] of [
    ["count()", count()],
    ["num()", num()],
    ['num(".")', num(".")],
  ] as const)
    it(`reads a record of ${name} cells with the same values and issues (message, path) as z.record`, () => {
      for (const input of cases) {
        const a = yearCells(cell).safeParse(input);
        const b = general(cell).safeParse(input);
        expect(a.success).toBe(b.success);
        if (a.success && b.success) expect(a.data).toEqual(b.data);
        else
          expect(a.error!.issues.map((i) => [i.path, i.message])).toEqual(
            b.error!.issues.map((i) => [i.path, i.message]),
          );
      }
    });

  it("within an object, the first issue names the field and the year, as the table reader reports it", () => {
    const Row = z.object({ pupils: yearCells(count()) });
    const r = Row.safeParse({ pupils: { "2015": "3", "2016": "-1" } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({
      path: ["pupils", "2016"],
      message: "not a non-negative whole number",
    });
  });
});

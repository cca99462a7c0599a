import { describe, expect, it } from "vitest";
import { isNumber, missingLabel, parseDutchNumber } from "./values.ts";

const ok = (raw: string, decimal: "," | "." = ",") => {
  const r = parseDutchNumber(raw, decimal);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe("parseDutchNumber", () => {
  it("parseDutchNumber(s) reads 3.403.793 as 3403793", () => {
    expect(ok("3.403.793")).toBe(3403793);
  });

  it("parseDutchNumber(s) reads -118.284 as -118284 (a dot is a thousands separator)", () => {
    expect(ok("-118.284")).toBe(-118284);
  });

  it("parseDutchNumber(s) reads 148.099,21 as 148099.21", () => {
    expect(ok("148.099,21")).toBe(148099.21);
  });

  it("parseDutchNumber(s) reads 46,9 as 46.9 and 538,636363636364 as 538.636363636364", () => {
    expect(ok("46,9")).toBe(46.9);
    expect(ok("538,636363636364")).toBe(538.636363636364);
  });

  it("parseDutchNumber(s) reads 83,3% as 83.3, 100,0% as 100 and ,0% as 0", () => {
    expect(ok("83,3%")).toBe(83.3);
    expect(ok("100,0%")).toBe(100);
    expect(ok(",0%")).toBe(0);
  });

  it('parseDutchNumber(s, ".") reads 90.9 as 90.9 and 100 as 100 (2019-2024 exam format)', () => {
    expect(ok("90.9", ".")).toBe(90.9);
    expect(ok("100", ".")).toBe(100);
    expect(ok(".5", ".")).toBe(0.5);
  });

  it("parseDutchNumber(s) reads plain integers and trims surrounding spaces", () => {
    expect(ok("0")).toBe(0);
    expect(ok(" 285")).toBe(285);
    expect(ok("1.001")).toBe(1001);
  });

  it("parseDutchNumber(s) never returns -0", () => {
    expect(Object.is(ok("-0"), 0)).toBe(true);
    expect(Object.is(ok("-0,0"), 0)).toBe(true);
  });

  it("parseDutchNumber(s) reads <5 as missing suppressed-small", () => {
    expect(parseDutchNumber("<5")).toEqual({ ok: true, value: { missing: "suppressed-small" } });
    expect(parseDutchNumber("<5", ".")).toEqual({ ok: true, value: { missing: "suppressed-small" } });
  });

  it("parseDutchNumber(s) reads * and ** as missing suppressed", () => {
    expect(parseDutchNumber("*")).toEqual({ ok: true, value: { missing: "suppressed" } });
    expect(parseDutchNumber("**")).toEqual({ ok: true, value: { missing: "suppressed" } });
  });

  it("parseDutchNumber(s) reads an empty cell and a single space as missing not-reported, never 0", () => {
    expect(parseDutchNumber("")).toEqual({ ok: true, value: { missing: "not-reported" } });
    expect(parseDutchNumber(" ")).toEqual({ ok: true, value: { missing: "not-reported" } });
  });

  it("parseDutchNumber(s) rejects 12a, a lone minus, a bare % and text", () => {
    expect(parseDutchNumber("12a")).toEqual({ ok: false, reason: 'not a Dutch number: "12a"' });
    expect(parseDutchNumber("-")).toEqual({ ok: false, reason: 'not a Dutch number: "-"' });
    expect(parseDutchNumber("%")).toEqual({ ok: false, reason: 'not a Dutch number: "%"' });
    expect(parseDutchNumber("N.v.t.")).toEqual({ ok: false, reason: 'not a Dutch number: "N.v.t."' });
  });

  it("parseDutchNumber(s) rejects a dot that is not a thousands separator (1.5, 1.23,4)", () => {
    expect(parseDutchNumber("1.5")).toEqual({ ok: false, reason: 'not a Dutch number: "1.5"' });
    expect(parseDutchNumber("1.23,4")).toEqual({ ok: false, reason: 'not a Dutch number: "1.23,4"' });
  });

  it('parseDutchNumber(s, ".") rejects a decimal comma and 12a', () => {
    expect(parseDutchNumber("90,9", ".")).toEqual({
      ok: false,
      reason: 'not a number with a decimal point: "90,9"',
    });
    expect(parseDutchNumber("12a", ".")).toEqual({
      ok: false,
      reason: 'not a number with a decimal point: "12a"',
    });
  });
});

describe("isNumber", () => {
  it("isNumber(c) is true for numbers, including 0, and false for missing and undefined", () => {
    expect(isNumber(0)).toBe(true);
    expect(isNumber(-3.5)).toBe(true);
    expect(isNumber({ missing: "suppressed-small" })).toBe(false);
    expect(isNumber(undefined)).toBe(false);
  });
});

describe("missingLabel", () => {
  it("missingLabel[reason] gives the Dutch label shown on the site", () => {
    expect(missingLabel["suppressed-small"]).toBe("afgeschermd: minder dan 5");
    expect(missingLabel["not-reported"]).toBe("niet gerapporteerd");
    expect(missingLabel["division-by-zero"]).toBe("niet te berekenen (deling door 0)");
  });
});

import { describe, expect, it } from "vitest";
import { stableJson } from "./output.ts";

/** The former implementation (a sorted copy, then JSON.stringify): stableJson must give the same bytes. */
function sortedCopyJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(value)) + "\n";
}

describe("stableJson", () => {
  it("sorts keys at every level, integer keys first in numeric order, and ends with a newline", () => {
    expect(stableJson({ b: 1, a: { "10": "x", "9": "y", z: [2, 1], c: null } })).toBe(
      '{"a":{"9":"y","10":"x","c":null,"z":[2,1]},"b":1}\n',
    );
  });

  it("leaves out undefined members, writes undefined array items and NaN as null, a Date or Map as {}", () => {
    expect(
      stableJson({ u: undefined, a: [undefined, NaN, Infinity], d: new Date(0), m: new Map([[1, 2]]) }),
    ).toBe('{"a":[null,null,null],"d":{},"m":{}}\n');
  });

  it("gives the same bytes as a sorted copy through JSON.stringify for mixed input", () => {
    const value = {
      "2020": { x: 1.5, "007": "leading zero key", "1e3": true, "4294967295": "too big for an index" },
      "": "empty key",
      é: ['quote " and \\ and \n', -0, 1e21, false],
      rows: [{ b: [1, { d: undefined, c: 2 }], a: "x" }],
      f: () => 1,
    };
    expect(stableJson(value)).toBe(sortedCopyJson(value));
  });

  it("gives the same bytes for objects whose keys are already in order, with left-out or unordered members inside", () => {
    const inner = { b: 1, a: 2 };
    const value = {
      a: { a: 1, b: undefined, c: () => 1, d: [inner, { a: 1, b: [1, 2] }] },
      b: [{ a: 1 }, [{ z: 1, y: 2 }], "x"],
      c: JSON.parse('{"__proto__": {"b": 1, "a": 2}, "x": 1}') as unknown,
      d: { a: new Date(0), b: { "1": 1, a: 2 } },
    };
    const before = JSON.stringify(value);
    expect(stableJson(value)).toBe(sortedCopyJson(value));
    expect(JSON.stringify(value)).toBe(before); // the input is not changed
    expect(Object.keys(inner)).toEqual(["b", "a"]);
  });
});

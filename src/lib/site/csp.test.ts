import { describe, expect, it } from "vitest";
import { CSP_META, cspHeader, headersFile } from "./csp.ts";

describe("csp", () => {
  it("CSP_META allows no inline script or style and no eval, only wasm compilation", () => {
    expect(CSP_META).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP_META).toContain("style-src 'self'");
    expect(CSP_META).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
    expect(CSP_META).not.toContain("frame-ancestors");
  });

  it("cspHeader(framed) lets anyone frame embed pages and only the site itself frame the rest", () => {
    expect(cspHeader(true)).toMatch(/; frame-ancestors \*$/);
    expect(cspHeader(false)).toMatch(/; frame-ancestors 'self'$/);
  });

  it("headersFile(entries) writes one rule per top-level entry, none overlapping, embed framable", () => {
    const text = headersFile(["zoeken/", "embed/", "404.html", "index.html", "_astro/", "favicon.svg"]);
    const paths = text.split("\n").filter((l) => l && !l.startsWith(" "));
    expect(paths).toEqual(["/", "/404.html", "/_astro/*", "/embed/*", "/favicon.svg", "/zoeken/*"]);
    const rule = (p: string) => text.split(`${p}\n`)[1]!.split("\n")[0]!;
    expect(rule("/embed/*")).toContain("frame-ancestors *");
    expect(rule("/zoeken/*")).toContain("frame-ancestors 'self'");
    expect(headersFile(["b", "a"])).toBe(headersFile(["a", "b"]));
  });
});

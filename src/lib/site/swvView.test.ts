import { describe, expect, it } from "vitest";
import { swvTitle, websiteHref } from "./swvView.ts";

describe("websiteHref", () => {
  it("links a bare host name as DUO writes it over https, and http(s) URLs as they are", () => {
    expect(websiteHref("www.swvrivierenland.nl")).toBe("https://www.swvrivierenland.nl/");
    expect(websiteHref(" passendonderwijs-zk.nl/contact ")).toBe("https://passendonderwijs-zk.nl/contact");
    expect(websiteHref("http://www.swv2506.nl")).toBe("http://www.swv2506.nl/");
    expect(websiteHref("HTTPS://WWW.X.NL/a?b=1")).toBe("https://www.x.nl/a?b=1");
  });

  it("gives no link for anything else", () => {
    for (const raw of [
      undefined,
      "",
      "   ",
      "javascript:alert(1)",
      "mailto:info@x.nl",
      "info@x.nl",
      "ftp://x.nl",
      "www x nl",
      '"><script>alert(1)</script>',
      "https://user:pw@x.nl/",
      "localhost",
    ])
      expect(websiteHref(raw), String(raw)).toBeUndefined();
  });
});

describe("swvTitle", () => {
  it("uses the name, else the code", () => {
    expect(swvTitle({ id: "po2708", code: "PO2708", name: "Stichting Amstelronde" })).toBe(
      "Stichting Amstelronde",
    );
    expect(swvTitle({ id: "po3001", code: "PO3001" })).toBe("Samenwerkingsverband PO3001");
  });
});

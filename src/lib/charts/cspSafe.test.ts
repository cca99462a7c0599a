import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { stripInlineStyles } from "./cspSafe.ts";

describe("stripInlineStyles", () => {
  it("stripInlineStyles(el) removes <style> elements and style attributes at every depth, and nothing else", () => {
    const { document } = parseHTML(
      '<svg style="color:red" class="c"><style>.x{}</style><g style="fill:red" fill="blue"><style>g{}</style><text>a</text></g></svg>',
    );
    const el = stripInlineStyles(document.querySelector("svg")!);
    expect(el.outerHTML).toBe('<svg class="c"><g fill="blue"><text>a</text></g></svg>');
  });
});

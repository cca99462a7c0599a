// Plot puts a <style> element and a style attribute in every chart it draws; under a strict Content-Security-Policy
// (style-src 'self', no 'unsafe-inline') the browser blocks both and reports a violation. Charts are drawn with the
// class `plot-chart` instead, whose rules (Plot's own defaults plus our font size) live in the site stylesheet.
// Works on linkedom's DOM at build time and on the browser's DOM in the comparison.

/** The one class every chart's <svg> carries; styled in src/styles/global.css. */
export const CHART_CLASS = "plot-chart";

/** Removes every <style> element and style attribute from a drawn chart (the element itself included). */
export function stripInlineStyles<E extends Element>(el: E): E {
  for (const s of [...el.querySelectorAll("style")]) s.remove();
  el.removeAttribute("style");
  for (const s of [...el.querySelectorAll("[style]")]) s.removeAttribute("style");
  return el;
}

// The one HTML-escaping helper for markup built as strings (in the browser and at build time).

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
/** Text safe inside HTML elements and quoted attributes: & < > " ' escaped. */
export const escapeHtml = (s: string): string => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

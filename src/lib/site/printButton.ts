// Progressive enhancement of a printable page: shows the print button(s) and fills in the print date.
// Without JavaScript the page reads the same and prints with Ctrl+P.

/** "2 december 2026": the date in Dutch, for the printed page. */
export const dutchDate = (d: Date): string =>
  d.toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });

export function enhancePrint(doc: Document, today: Date = new Date()): void {
  for (const el of doc.querySelectorAll<HTMLElement>("[data-today]")) el.textContent = dutchDate(today);
  for (const b of doc.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
    b.hidden = false;
    b.addEventListener("click", () => doc.defaultView?.print());
  }
}

// Copy buttons for citations and embed snippets: hidden without JS (the text stays selectable), shown and wired
// when the script runs. A citation's "[datum]" becomes today's date in Dutch when copied.
/** Placeholder in citations for the day the reader consulted the page (filled in by the copy button). */
export const ACCESS_DATE = "[datum]";

/** Shows and wires every `button.copy[data-copy]` under root; a status line near it says what was copied. */
export function wireCopyButtons(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button.copy[data-copy]")) {
    if (button.dataset.wired) continue;
    button.dataset.wired = "1";
    button.hidden = false;
    button.addEventListener("click", () => {
      const source = root.getElementById(button.dataset.copy ?? "");
      if (!source) return;
      let text = source.textContent ?? "";
      if (button.dataset.date)
        text = text.replace(
          ACCESS_DATE,
          new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" }),
        );
      const status = button.closest("details")?.querySelector<HTMLElement>("[data-copy-status]");
      navigator.clipboard.writeText(text).then(
        () => {
          if (status) status.textContent = "Gekopieerd.";
        },
        () => {
          if (status) status.textContent = "Kopiëren lukte niet; selecteer de tekst en kopieer die zelf.";
        },
      );
    });
  }
}

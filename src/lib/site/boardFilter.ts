// Progressive enhancement for /besturen/: filter the full HTML table in place, state in the URL (?q=&sector=…).
// Active boards only by default; the switch "alle" (shown only with JS: without it every row is readable) adds
// the boards no longer active.
export function applyBoardFilter(): void {
  const form = document.getElementById("board-filter") as HTMLFormElement | null;
  const table = document.getElementById("boards-table");
  const count = document.getElementById("board-count");
  if (!form || !table || !count) return;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>("tbody tr")];
  document.getElementById("f-all-wrap")?.removeAttribute("hidden");
  const params = new URLSearchParams(location.search);
  for (const [k, v] of params) {
    const el = form.elements.namedItem(k);
    if (el instanceof HTMLInputElement && el.type === "checkbox") el.checked = v === "1";
    else if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) el.value = v;
  }
  const run = () => {
    const data = new FormData(form);
    const words = String(data.get("q") ?? "")
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
    const sector = String(data.get("sector") ?? "");
    const province = String(data.get("provincie") ?? "");
    const onlyActive = data.get("alle") !== "1" && data.get("actief") !== "0";
    let shown = 0;
    for (const r of rows) {
      const ok =
        words.every((w) => r.dataset.search!.includes(w)) &&
        (!sector || r.dataset.sector!.split(" ").includes(sector)) &&
        (!province || r.dataset.province === province) &&
        (!onlyActive || r.dataset.active === "1");
      r.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = `${shown.toLocaleString("nl-NL")} van ${rows.length.toLocaleString("nl-NL")} besturen`;
    const next = new URLSearchParams();
    for (const [k, v] of data) if (v) next.set(k, String(v));
    history.replaceState(null, "", (next.size ? `?${next}` : location.pathname) + location.hash);
  };
  enableSorting(table as HTMLTableElement);
  form.addEventListener("input", run);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run();
  });
  run();
}

/** Makes each column header a button that sorts the table (numbers by data-value), with aria-sort. */
export function enableSorting(table: HTMLTableElement): void {
  const body = table.tBodies[0]!;
  const heads = [...table.tHead!.rows[0]!.cells];
  heads.forEach((th, col) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = th.textContent!.trim();
    th.replaceChildren(button);
    button.addEventListener("click", () => {
      const asc = th.getAttribute("aria-sort") !== "ascending";
      for (const h of heads) h.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      const key = (r: HTMLTableRowElement) => {
        const cell = r.cells[col]!;
        return cell.dataset.value !== undefined ? Number(cell.dataset.value) : cell.textContent!.trim();
      };
      const rows = [...body.rows].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        const c =
          typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "nl");
        return asc ? c : -c;
      });
      body.append(...rows);
    });
  });
}

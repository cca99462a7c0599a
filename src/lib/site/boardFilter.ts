// Progressive enhancement for /besturen/: filter the full HTML table in place, state in the URL (?q=&sector=…).
export function applyBoardFilter(): void {
  const form = document.getElementById("board-filter") as HTMLFormElement | null;
  const table = document.getElementById("boards-table");
  const count = document.getElementById("board-count");
  if (!form || !table || !count) return;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>("tbody tr")];
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
    const onlyActive = data.get("actief") === "1";
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
    history.replaceState(null, "", next.size ? `?${next}` : location.pathname);
  };
  form.addEventListener("input", run);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run();
  });
  run();
}

// The /zoeken/ page in the browser: an accessible form over the Pagefind JS API. State lives in the URL
// (?q=&soort=&thema=&sector=&provincie=), so a search can be shared and the back button works.
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o: { filters: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const FILTERS = ["soort", "thema", "sector", "provincie"] as const;
const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** Wires up the search form; resolves once the first search (from the URL) has rendered. */
export async function initSearch(): Promise<void> {
  const form = document.getElementById("search-form") as HTMLFormElement;
  const input = document.getElementById("q") as HTMLInputElement;
  const status = document.getElementById("search-status")!;
  const list = document.getElementById("search-results")!;
  document.getElementById("search-nojs")?.setAttribute("hidden", "");
  const bundle = "/pagefind/pagefind.js";
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  const available = await pagefind.filters();
  for (const f of FILTERS) {
    const select = document.getElementById(`f-${f}`) as HTMLSelectElement;
    for (const [value, n] of Object.entries(available[f] ?? {}).sort(([a], [b]) =>
      a.localeCompare(b, "nl"),
    )) {
      const o = document.createElement("option");
      o.value = value;
      o.textContent = `${value} (${n})`;
      select.append(o);
    }
  }
  const fromUrl = () => {
    const p = new URLSearchParams(location.search);
    input.value = p.get("q") ?? "";
    for (const f of FILTERS) (document.getElementById(`f-${f}`) as HTMLSelectElement).value = p.get(f) ?? "";
  };
  let seq = 0;
  const run = async (push: boolean) => {
    const q = input.value.trim();
    const filters: Record<string, string> = {};
    for (const f of FILTERS) {
      const v = (document.getElementById(`f-${f}`) as HTMLSelectElement).value;
      if (v) filters[f] = v;
    }
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    for (const [k, v] of Object.entries(filters)) params.set(k, v);
    const url = params.size ? `?${params}` : location.pathname;
    // Keep the #fragment (e.g. set by the skip link while the index loaded).
    if (push) history.pushState(null, "", url + location.hash);
    else history.replaceState(null, "", url + location.hash);
    const mine = ++seq;
    if (!q && Object.keys(filters).length === 0) {
      list.innerHTML = "";
      status.textContent = "Typ een zoekwoord of kies een filter.";
      return;
    }
    const search = await pagefind.search(q || null, { filters });
    const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    if (mine !== seq) return; // a newer search started meanwhile
    status.textContent = `${search.results.length.toLocaleString("nl-NL")} resultaten${q ? ` voor “${q}”` : ""}${search.results.length > 20 ? "; de eerste 20 staan hieronder" : ""}.`;
    list.innerHTML = data
      .map(
        (d) =>
          `<li><a href="${esc(d.url)}">${esc(d.meta.title ?? d.url)}</a>` +
          `<span class="tag">${esc((d.filters.soort ?? ["pagina"]).join(", "))}</span>` +
          `<p class="small">${d.excerpt}</p></li>`,
      )
      .join("");
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(false), 200);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run(true);
  });
  window.addEventListener("popstate", () => {
    fromUrl();
    void run(false);
  });
  fromUrl();
  await run(false);
  document.body.dataset.searchReady = "1";
}

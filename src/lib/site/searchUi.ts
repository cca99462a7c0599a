// The /zoeken/ page in the browser: an accessible form over the Pagefind JS API. State lives in the URL
// (?q=&soort=&thema=&sector=&provincie=), so a search can be shared and the back button works. Results come in
// pages of 20 ("Meer resultaten"); a vestiging code, BRIN or board number finds its board directly, and a likely
// typo or a search with few results gets "Bedoelde u …?" from the names index (fuzzy.ts).
import type { NameMatcher } from "./fuzzy.ts";
import { loadMatcher } from "./namesClient.ts";
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
/** Results per page. */
const PAGE = 20;
/** Fewer Pagefind results than this and the names index is asked what was meant. */
const LITTLE = 5;
const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** Wires up the search form; resolves once the first search (from the URL) has rendered. */
export async function initSearch(): Promise<void> {
  const form = document.getElementById("search-form") as HTMLFormElement;
  const input = document.getElementById("q") as HTMLInputElement;
  const status = document.getElementById("search-status")!;
  const list = document.getElementById("search-results")!;
  const more = document.getElementById("search-more") as HTMLButtonElement;
  const direct = document.getElementById("search-direct")!;
  const matcher = loadMatcher().catch(() => undefined as NameMatcher | undefined);
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
      direct.innerHTML = "";
      more.hidden = true;
      status.textContent = "Typ een zoekwoord of kies een filter.";
      return;
    }
    const search = await pagefind.search(q || null, { filters });
    const total = search.results.length;
    const m = q ? await matcher : undefined;
    if (mine !== seq) return; // a newer search started meanwhile
    // Exact codes first: a vestiging code, BRIN or board number leads straight to its board.
    const codes = m && Object.keys(filters).length === 0 ? m.code(q) : [];
    // "Bedoelde u …?": when Pagefind finds little, or a word is no name's word but close to one (a likely typo).
    const typos = m && !codes.length ? m.typos(q) : [];
    let meant: ReturnType<NameMatcher["search"]> = [];
    const corrected = () =>
      q
        .split(/\s+/)
        .map((w) => typos.find((t) => t.word === w.toLowerCase())?.closest ?? w)
        .join(" ");
    const renderDirect = () => {
      direct.innerHTML =
        (codes.length
          ? `<h2 class="search-direct-h">Gevonden op code</h2><ul>${codes
              .map(
                (c) =>
                  `<li><a href="${esc(c.url)}">${esc(c.board.name)}</a>${c.school && c.school.name !== c.school.code ? ` — ${esc(c.school.name)} (${esc(c.school.code)})` : c.school ? ` — vestiging ${esc(c.school.code)}` : ""}${c.board.active ? "" : ' <span class="tag">niet meer actief</span>'}</li>`,
              )
              .join("")}</ul>`
          : "") +
        (meant.length
          ? `<h2 class="search-direct-h">Bedoelde u${typos.length ? ` “${esc(typos.map((t) => t.closest).join(" "))}”` : ""}…?</h2><ul>${
              typos.length
                ? `<li><a href="?q=${encodeURIComponent(corrected())}">Zoek op “${esc(corrected())}”</a></li>`
                : ""
            }${meant
              .map(
                (h) =>
                  `<li><a href="${esc(h.entry.url)}">${esc(h.entry.name)}</a> <span class="small">${esc(h.entry.detail)}</span></li>`,
              )
              .join("")}</ul>`
          : "");
    };
    let shown = 0;
    const say = () => {
      const found = `${total.toLocaleString("nl-NL")} resultaten${q ? ` voor “${q}”` : ""}`;
      const extra = [
        codes.length ? `${codes.length} gevonden op code` : "",
        meant.length ? `${meant.length} ${meant.length === 1 ? "naam lijkt" : "namen lijken"} erop` : "",
      ].filter(Boolean);
      status.textContent = `${found}${total > shown ? `; ${shown.toLocaleString("nl-NL")} getoond` : ""}${extra.length ? `; ${extra.join(", ")}` : ""}.`;
    };
    const page = async (reset: boolean) => {
      const from = reset ? 0 : shown;
      const data = await Promise.all(search.results.slice(from, from + PAGE).map((r) => r.data()));
      if (mine !== seq) return;
      const html = data
        .map(
          (d) =>
            `<li><a href="${esc(d.url)}">${esc(d.meta.title ?? d.url)}</a>` +
            `<span class="tag">${esc((d.filters.soort ?? ["pagina"]).join(", "))}</span>` +
            `<p class="small">${d.meta.summary ? esc(d.meta.summary) : d.excerpt}</p></li>`,
        )
        .join("");
      if (reset) list.innerHTML = html;
      else list.insertAdjacentHTML("beforeend", html);
      shown = from + data.length;
      more.hidden = shown >= total;
      say();
      return list.children[from] as HTMLElement | undefined;
    };
    more.onclick = () =>
      void page(false).then((first) => {
        // Keyboard and screen reader users land on the first new result.
        first?.querySelector("a")?.focus();
      });
    renderDirect();
    await page(true);
    if (mine !== seq) return;
    // "Bedoelde u …?": when Pagefind finds little, or a word is no name's word but close to one (a likely typo);
    // names already among the results shown are left out.
    if (m && !codes.length && (total < LITTLE || typos.length)) {
      const shownUrls = new Set([...list.querySelectorAll("a")].map((a) => a.getAttribute("href")));
      meant = m
        .search(q, 6, { min: 0.6 })
        .filter((h) => !shownUrls.has(h.entry.url))
        .slice(0, 3);
    }
    renderDirect();
    say();
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

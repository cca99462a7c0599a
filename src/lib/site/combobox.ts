// Suggestions while typing in a search box: the ARIA 1.2 combobox pattern with a listbox popup (arrow keys move,
// Enter opens the suggestion, Escape closes the list and then clears the box, a live line says how many there
// are). By default suggestions come from the names index (fuzzy.ts), loaded on first input, and choosing one opens
// its page; a caller may pass its own source and choice (the comparison's board picker does). Without JavaScript
// the box is the plain form it was.

const MAX = 6;
let uid = 0;

/** One line in the list: a name, a detail after it, and what choosing it does (a page to open, or a value). */
export interface Suggestion {
  name: string;
  detail: string;
  url?: string;
  value?: string;
}

export interface ComboboxOptions {
  /** Suggestions for the text typed (at least two characters); the default asks the names index. */
  source?: (query: string) => Promise<Suggestion[]> | Suggestion[];
  /** What choosing a suggestion does; the default opens its url. */
  choose?: (s: Suggestion, input: HTMLInputElement) => void;
  /** The list's accessible name. */
  label?: string;
  max?: number;
}

/** Suggestions from the site's names index: boards, schools and samenwerkingsverbanden, or a code typed. */
async function namesSource(q: string, max: number): Promise<Suggestion[]> {
  const { loadMatcher } = await import("./namesClient.ts");
  const m = await loadMatcher().catch(() => undefined);
  if (!m) return [];
  const codes = m.code(q);
  return codes.length
    ? codes.slice(0, max).map((c) => ({
        name: c.board.name,
        detail: c.school ? `vestiging ${c.school.code}` : `schoolbestuur ${c.board.id}`,
        url: c.url,
      }))
    : m
        .search(q, max, { prefix: true, min: 0.6 })
        .map((h) => ({ name: h.entry.name, detail: h.entry.detail, url: h.entry.url }));
}

/** Turns the input `inputId` into a combobox; a missing input is ignored. */
export function initCombobox(inputId: string, options: ComboboxOptions = {}): void {
  const max = options.max ?? MAX;
  const source = options.source ?? ((q: string) => namesSource(q, max));
  const choose =
    options.choose ??
    ((s: Suggestion) => {
      if (s.url) location.assign(s.url);
    });
  const input = document.getElementById(inputId) as HTMLInputElement | null;
  if (!input || input.dataset.combobox) return;
  input.dataset.combobox = "1";
  const n = ++uid;
  const list = document.createElement("ul");
  list.id = `${inputId}-suggesties`;
  list.className = "suggest-list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", options.label ?? "Suggesties");
  list.hidden = true;
  const live = document.createElement("p");
  live.className = "visually-hidden";
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  const wrap = document.createElement("div");
  wrap.className = "suggest";
  input.replaceWith(wrap);
  wrap.append(input, list, live);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  input.autocomplete = "off";

  let hits: Suggestion[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute("aria-selected", j === i ? "true" : "false"));
    if (i >= 0) {
      input.setAttribute("aria-activedescendant", `sug-${n}-${i}`);
      (list.children[i] as HTMLElement).scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  };
  const open = () => {
    if (!hits.length) return;
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };
  const go = (i: number) => {
    const h = hits[i];
    if (!h) return;
    close();
    choose(h, input);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((h, i) => {
        const li = document.createElement("li");
        li.id = `sug-${n}-${i}`;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        const name = document.createElement("span");
        name.className = "suggest-name";
        name.textContent = h.name;
        const detail = document.createElement("span");
        detail.className = "suggest-detail";
        detail.textContent = h.detail;
        li.append(name, " ", detail);
        // mousedown, not click: it comes before the input's blur closes the list.
        li.addEventListener("mousedown", (e) => {
          e.preventDefault();
          go(i);
        });
        return li;
      }),
    );
    active = -1;
    input.removeAttribute("aria-activedescendant");
    live.textContent = hits.length
      ? `${hits.length} ${hits.length === 1 ? "suggestie" : "suggesties"}; kies met pijltje omlaag en Enter.`
      : "";
    if (hits.length) open();
    else close();
  };
  const suggest = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (q.length < 2) {
      hits = [];
      render();
      return;
    }
    const found = await Promise.resolve(source(q)).catch(() => [] as Suggestion[]);
    if (mine !== seq) return;
    hits = found.slice(0, max);
    render();
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(), 120);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!hits.length) return;
      e.preventDefault();
      if (list.hidden) open();
      const d = e.key === "ArrowDown" ? 1 : -1;
      setActive(active + d < -1 ? hits.length - 1 : active + d >= hits.length ? -1 : active + d);
    } else if (e.key === "Enter") {
      if (!list.hidden && active >= 0) {
        e.preventDefault();
        go(active);
      }
    } else if (e.key === "Escape") {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else if (input.value) {
        e.preventDefault();
        input.value = "";
        hits = [];
        render();
      }
    }
  });
  input.addEventListener("blur", close);
}

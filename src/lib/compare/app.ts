// /vergelijk/ in the browser: a thin controller. It reads the form and the URL into a CompareState, asks the pure
// views (view.ts, render.ts) what to show, puts their HTML on screen, and keeps the URL in step so a link
// reproduces the comparison. Charts come from the shared builder (distributionChartOptions), loaded lazily.
import type { Sector } from "../data/registry.ts";
import { formatNumber } from "../format.ts";
import { escapeHtml as esc } from "../site/html.ts";
import { compareIndicator, emptyCriteria } from "./peers.ts";
import { loadPeers, readPageData } from "./load.ts";
import { compareCsv, detailHtml, membersHtml, overviewHtml, warningsHtml } from "./render.ts";
import { DEFAULT_INDICATORS, encodeState, parseState, type CompareState } from "./state.ts";
import {
  boardSuggestions,
  groupView,
  knownValues,
  matchBoards,
  overviewLines,
  sectorFor,
  type CompareData,
} from "./view.ts";
import { initCombobox } from "../site/combobox.ts";
import type { LearnPayload } from "../site/learnFromPayload.ts";
import { keysFor } from "./split.ts";
import { CHART_CLASS, stripInlineStyles } from "../charts/cspSafe.ts";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export async function initCompare(): Promise<void> {
  const page = readPageData(document);
  $("compare-nojs").hidden = true;
  $("compare-count").textContent = "De gegevens van alle besturen worden geladen…";
  let data: CompareData;
  let store: Awaited<ReturnType<typeof loadPeers>>;
  try {
    store = await loadPeers();
    data = { ...page, file: store.file, available: store.available };
  } catch (e) {
    $("compare-count").textContent = "De gegevens van de besturen konden niet worden gelezen.";
    throw e;
  }
  const { file } = data;
  // Rows indexed by board id once.
  const byId = new Map(file.boards.map((b, i) => [b.id, i]));
  const known = knownValues(data);
  const form = $<HTMLFormElement>("compare-form");
  $("compare-fieldset").removeAttribute("disabled");

  // The board pickers: ARIA comboboxes over the active boards (all boards when asked), matching loosely on name,
  // place and number (matchBoards). Choosing a board fills the field and applies it.
  const inactive = () => $<HTMLInputElement>("c-inactive").checked;
  const source = (q: string) => boardSuggestions(file, q, inactive());
  initCombobox("c-board", {
    source,
    label: "Besturen",
    choose: (s, input) => {
      input.value = s.value ?? s.name;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    },
  });
  initCombobox("c-pick", {
    source: (q) => boardSuggestions(file, q, true),
    label: "Besturen",
    choose: (s, input) => {
      input.value = s.value ?? s.name;
      $("c-add").click();
    },
  });
  const options = (values: Iterable<string>) =>
    [...new Set(values)]
      .sort((a, b) => a.localeCompare(b, "nl"))
      .map((v) => `<option value="${esc(v)}">${esc(v)}</option>`)
      .join("");
  $("c-gemeente").innerHTML = options(file.boards.flatMap((b) => (b.m ? [b.m] : [])));
  $("c-denominatie").innerHTML = options(file.boards.flatMap((b) => (b.d ? [b.d] : [])));

  const showNotices = (notices: string[]) => {
    $("compare-notices").hidden = notices.length === 0;
    $("compare-notices-list").innerHTML = notices.map((n) => `<li>${esc(n)}</li>`).join("");
  };
  const decode = (search: string) => {
    const { state: s, notices } = parseState(search, known);
    showNotices(notices);
    return s;
  };
  let state: CompareState = decode(location.search);
  let indicatorSector: Sector | undefined;

  const setChecked = (name: string, values: string[], sector?: Sector) => {
    for (const el of form.querySelectorAll<HTMLInputElement>(`input[name=${name}]`)) {
      el.checked = values.includes(el.value);
      if (sector)
        el.closest("label")!.hidden = !el.value.startsWith(`${sector}-`) && el.dataset.sector !== sector;
    }
  };
  const setSelected = (id: string, values: string[], sector?: Sector) => {
    for (const o of $<HTMLSelectElement>(id).options) {
      o.selected = values.includes(o.value);
      if (sector) o.hidden = !o.value.toLowerCase().startsWith(sector);
    }
  };

  const fill = () => {
    const c = state.criteria;
    const b = state.board ? file.boards[byId.get(state.board) ?? -1] : undefined;
    $<HTMLInputElement>("c-board").value = b ? `${b.n} (${b.id})` : "";
    $<HTMLSelectElement>("c-sector").value = c.sector;
    (form.elements.namedItem("groep") as RadioNodeList).value = state.mode;
    $<HTMLInputElement>("c-k").value = String(state.k);
    setChecked("grootte", c.sizeClasses, c.sector);
    setChecked("soort", c.schoolTypes, c.sector);
    setChecked("provincie", c.provinces);
    setSelected("c-gemeente", c.municipalities);
    setSelected("c-denominatie", c.denominations);
    setSelected("c-swv", c.swv, c.sector);
    $<HTMLInputElement>("c-lmin").value = c.pupilsMin?.toString() ?? "";
    $<HTMLInputElement>("c-lmax").value = c.pupilsMax?.toString() ?? "";
    $<HTMLInputElement>("c-amin").value = c.achterstandMin?.toString() ?? "";
    $<HTMLInputElement>("c-amax").value = c.achterstandMax?.toString() ?? "";
    $<HTMLInputElement>("c-alleen").checked = c.onlyPicked;
    $<HTMLInputElement>("c-actief").checked = c.activeOnly;
    if (state.mode === "eigen") $<HTMLDetailsElement>("c-criteria").open = true;
    $("picked").innerHTML = c.include
      .map(
        (id) =>
          `<li>${esc(file.boards[byId.get(id) ?? -1]?.n ?? id)} <button type="button" class="secondary" data-remove="${esc(id)}">Verwijder<span class="visually-hidden"> ${esc(id)}</span></button></li>`,
      )
      .join("");
    // Rebuilt only when the sector changes, so ticking a box by keyboard keeps the focus on it.
    if (indicatorSector !== c.sector) {
      indicatorSector = c.sector;
      const ids = new Set(known.indicators!(c.sector));
      $("c-indicators").innerHTML = data.fields
        .map((f) => {
          const defs = [...data.defs.values()].filter((d) => d.field === f.id && ids.has(d.id));
          if (!defs.length) return "";
          return `<fieldset class="compare-field"><legend>${esc(f.label)}</legend>${defs
            .map(
              (d) =>
                `<label class="compare-check"><input type="checkbox" name="ind" value="${esc(d.id)}"> ${esc(d.label)}</label>`,
            )
            .join("")}</fieldset>`;
        })
        .join("");
    }
    for (const el of form.querySelectorAll<HTMLInputElement>("input[name=ind]"))
      el.checked = state.indicators.includes(el.value);
  };

  const idFrom = (text: string) =>
    /\((\d{5})\)\s*$/.exec(text)?.[1] ?? (/^\d{5}$/.test(text.trim()) ? text.trim() : undefined);

  const read = (): CompareState => {
    const form_ = new FormData(form);
    const get = (k: string) => String(form_.get(k) ?? "");
    const all = (k: string) => form_.getAll(k).map(String);
    const n = (k: string) => (get(k).trim() === "" ? undefined : Number(get(k).replace(",", ".")));
    const num = (k: string) => {
      const v = n(k);
      return v !== undefined && Number.isFinite(v) ? v : undefined;
    };
    const sector: Sector = get("sector") === "vo" ? "vo" : "po";
    const c = emptyCriteria(sector);
    c.sizeClasses = all("grootte").filter((s) => s.startsWith(`${sector}-`));
    c.schoolTypes = [...form.querySelectorAll<HTMLInputElement>("input[name=soort]:checked")]
      .filter((el) => el.dataset.sector === sector)
      .map((el) => el.value);
    c.provinces = all("provincie");
    c.municipalities = all("gemeente");
    c.denominations = all("denominatie");
    c.swv = all("swv").filter((s) => s.toLowerCase().startsWith(sector));
    c.pupilsMin = num("lmin");
    c.pupilsMax = num("lmax");
    c.achterstandMin = num("amin");
    c.achterstandMax = num("amax");
    c.include = state.criteria.include;
    c.onlyPicked = get("alleen") === "1";
    c.activeOnly = get("actief") === "1";
    const board = idFrom(get("bestuur"));
    const mode = get("groep");
    return {
      ...(board && byId.has(board) ? { board } : {}),
      mode: mode === "vergelijkbaar" || mode === "eigen" ? mode : "grootte",
      k: Math.max(3, Math.min(100, Math.round(Number(get("k"))) || 20)),
      criteria: c,
      indicators: sector === state.criteria.sector ? all("ind") : DEFAULT_INDICATORS[sector],
    };
  };

  // The board field takes a name from the list, a number, or loose text that matches exactly one board.
  const boardHelp = () => {
    const text = $<HTMLInputElement>("c-board").value.trim();
    const help = $("c-board-help");
    help.textContent = "";
    if (!text || idFrom(text)) return;
    const found = matchBoards(file, text, $<HTMLInputElement>("c-inactive").checked);
    if (found.length === 1) {
      $<HTMLInputElement>("c-board").value = `${file.boards[found[0]!]!.n} (${file.boards[found[0]!]!.id})`;
      return;
    }
    help.textContent = found.length
      ? `${formatNumber(found.length)} besturen passen bij "${text}": ${found
          .slice(0, 5)
          .map((i) => `${file.boards[i]!.n} (${file.boards[i]!.m ?? "?"}, ${file.boards[i]!.id})`)
          .join("; ")}${found.length > 5 ? " …" : ""}. Kies er een uit de lijst.`
      : `Geen bestuur gevonden bij "${text}". Typ een deel van de naam, de plaats of het bestuursnummer.`;
  };

  // The board's "Leer van" lists (built with the site, /besturen/<id>/leer-van.json; absent when it has none).
  const learnCache = new Map<string, Promise<LearnPayload>>();
  const learnFor = (id: string) => {
    let p = learnCache.get(id);
    if (!p) {
      p = fetch(`/besturen/${encodeURIComponent(id)}/leer-van.json`)
        .then((r) => (r.ok ? (r.json() as Promise<LearnPayload>) : {}))
        .catch(() => ({}));
      learnCache.set(id, p);
    }
    return p;
  };

  // Plot and the chart builder load only after the text and tables are on screen (Plot does not tree-shake).
  let charts:
    | Promise<[typeof import("@observablehq/plot"), typeof import("../charts/distributionChart.ts")]>
    | undefined;
  const render = async () => {
    const learn = state.board ? await learnFor(state.board) : {};
    const out = $("compare-results");
    const count = $("compare-count");
    const group = groupView(state, data);
    if (!group) {
      count.textContent = state.board ? "Dit bestuur staat niet in de gegevens." : "Kies eerst een bestuur.";
      out.innerHTML = "";
      $("compare-overview").innerHTML = "";
      return;
    }
    state.criteria.sector = group.sector;
    count.textContent = `${formatNumber(group.members.length)} besturen in de groep${state.mode === "grootte" ? ` (${group.title})` : ""}, naast ${group.board.name} zelf.`;
    const lines = overviewLines(state, data, group);
    $("compare-overview").innerHTML =
      `<p class="small">${esc(group.definition)}</p>` + warningsHtml(group) + overviewHtml(group, lines);
    out.innerHTML =
      membersHtml(group, data) + lines.map((l, i) => detailHtml(group, data, l, i, learn)).join("");
    const blob = new Blob([compareCsv(state, data, group)], { type: "text/csv;charset=utf-8" });
    const a = $<HTMLAnchorElement>("compare-csv");
    if (a.href.startsWith("blob:")) URL.revokeObjectURL(a.href);
    a.href = URL.createObjectURL(blob);
    a.hidden = false;
    charts ??= Promise.all([import("@observablehq/plot"), import("../charts/distributionChart.ts")]);
    const [plot, { distributionChartOptions }] = await charts;
    lines.forEach((l, i) => {
      const slot = document.getElementById(`chart-${i}`);
      const def = data.defs.get(l.id);
      if (!slot || !def || l.value === undefined) return;
      const mine = compareIndicator(file, `${l.id}|${group.sector}`, group.board.index, group.members);
      const d = mine.result.distribution;
      // No <style> or style attribute reaches the page (strict CSP): the class carries Plot's defaults.
      const svg = stripInlineStyles(
        plot.plot({
          className: CHART_CLASS,
          ...distributionChartOptions(
            mine.result.values.map((v) => v.value),
            {
              def,
              title: `${def.label}: ${group.board.name} en de groep`,
              description: "",
              width: 640,
              ...(mine.value !== undefined ? { highlight: mine.value } : {}),
              ...(d ? { median: d.median, q1: d.q1, q3: d.q3 } : {}),
            },
          ),
        }),
      );
      const caption = document.createElement("p");
      caption.className = "small muted";
      caption.textContent =
        "Streepjes: de besturen in de groep; ruit: dit bestuur; band en stippellijn: middelste helft en mediaan van de groep.";
      slot.replaceChildren(svg, caption);
    });
    document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
  };

  // Only the indicator parts the state needs are loaded (split.ts); the board's sector decides which.
  const need = (s: CompareState) => {
    const i = s.board ? byId.get(s.board) : undefined;
    const sector = i === undefined ? s.criteria.sector : sectorFor(file, i, s.criteria.sector);
    return store.ensure(keysFor(s, sector, store.available));
  };
  const update = (push: boolean) => {
    const url = encodeState(state);
    if (url !== location.search)
      // Keep the #fragment: the skip link (or any in-page link) may have set it while the data loaded.
      (push ? history.pushState : history.replaceState).call(history, null, "", url + location.hash);
    $<HTMLInputElement>("compare-link").value = location.href;
    const print = $<HTMLAnchorElement>("compare-print");
    print.href = `/vergelijk/praatplaat/${url}`;
    print.hidden = !state.board;
    const own = $<HTMLAnchorElement>("compare-board-print");
    if (state.board) own.href = `/besturen/${state.board}/praatplaat/`;
    own.hidden = !state.board;
    return need(state).then(render);
  };

  // Live count while editing: how many boards the form's criteria give now, before anything is applied.
  let liveRun = 0;
  const live = async () => {
    const draft = read();
    const run = ++liveRun;
    await need(draft);
    if (run !== liveRun) return;
    const g = groupView(draft, data);
    $("compare-live").textContent = g
      ? `${formatNumber(g.members.length)} ${g.members.length === 1 ? "bestuur voldoet" : "besturen voldoen"} (naast ${g.board.name}).`
      : "";
  };
  const criteria = $("c-criteria");
  // Touching a criterion means "own criteria": the radio follows, so nothing is silently ignored.
  const toOwn = (e: Event) => {
    if (criteria.contains(e.target as Node) && (e.target as HTMLElement).id !== "c-pick")
      (form.elements.namedItem("groep") as RadioNodeList).value = "eigen";
  };
  form.addEventListener("input", (e) => {
    toOwn(e);
    void live();
  });
  form.addEventListener("change", (e) => {
    const t = e.target as HTMLElement;
    if (t.id === "c-pick" || t.id === "c-inactive") return;
    if (t.id === "c-board") boardHelp();
    toOwn(e);
    const prevSector = state.criteria.sector;
    state = read();
    if (state.board && prevSector !== state.criteria.sector)
      state.indicators = DEFAULT_INDICATORS[state.criteria.sector];
    fill();
    void live();
    void update(true);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    boardHelp();
    state = read();
    fill();
    void update(true).then(() => {
      // After "Vergelijk" the result is the next thing to read: its heading takes the focus.
      if (state.board) $("uitkomst").focus();
    });
  });
  $("c-add").addEventListener("click", () => {
    const text = $<HTMLInputElement>("c-pick").value;
    const found =
      idFrom(text) ??
      (() => {
        const m = matchBoards(file, text, true);
        return m.length === 1 ? file.boards[m[0]!]!.id : undefined;
      })();
    if (found && byId.has(found) && !state.criteria.include.includes(found)) {
      state = read();
      state.criteria.include = [...state.criteria.include, found];
      state.mode = "eigen";
      $<HTMLInputElement>("c-pick").value = "";
      fill();
      void update(true);
    }
  });
  $("picked").addEventListener("click", (e) => {
    const id = (e.target as HTMLElement).closest("button")?.dataset.remove;
    if (!id) return;
    state = read();
    state.criteria.include = state.criteria.include.filter((x) => x !== id);
    fill();
    void update(true);
  });
  window.addEventListener("popstate", () => {
    state = decode(location.search);
    fill();
    void need(state).then(render);
  });
  if (state.board) {
    const b = file.boards[byId.get(state.board) ?? -1];
    if (b && !b.s.includes(state.criteria.sector)) state.criteria.sector = b.s[0]!;
  }
  fill();
  void live();
  await update(false);
  document.body.dataset.compareReady = "1";
}

// /vergelijk/ in the browser: builds the peer group from the URL state, renders positions, tables and (lazily)
// Plot charts, and keeps the URL in step so a link reproduces the comparison.
import type { PeerFile } from "../data/output.ts";
import { checkDerived, PeerFileSchema } from "../data/peersSchema.ts";
import type { IndicatorDef, Sector } from "../data/registry.ts";
import { formatNumber, formatValue, formatYear } from "../format.ts";
import { positionSentence } from "../data/position.ts";
import { PEER_RULE } from "../site/peerGroup.ts";
import {
  compareIndicator,
  defaultPeers,
  selectPeers,
  similarBoards,
  SIMILARITY,
  trendAgainstGroup,
  emptyCriteria,
} from "./peers.ts";
import { encodeState, DEFAULT_INDICATORS, parseState, type CompareState, type KnownValues } from "./state.ts";

type Defs = Record<
  string,
  Pick<IndicatorDef, "id" | "label" | "unit" | "decimals" | "yearKind" | "direction" | "sectors" | "level">
>;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export async function initCompare(): Promise<void> {
  // A Map, never a plain object: ids come from the URL, and `defs["__proto__"]` must be "unknown", not a prototype.
  const defs = new Map(Object.entries(JSON.parse($("compare-defs").textContent!) as Defs));
  const sizeLabels = JSON.parse($("compare-sizes").textContent!) as Record<
    Sector,
    { id: string; label: string }[]
  >;
  $("compare-nojs").hidden = true;
  $("compare-count").textContent = "De gegevens van alle besturen worden geladen…";
  let file: PeerFile;
  try {
    // The same contract as at build time: a peer file of the wrong shape is not compared with.
    file = checkDerived(PeerFileSchema, "/data/peers.json", await (await fetch("/data/peers.json")).json());
  } catch (e) {
    $("compare-count").textContent = "De gegevens van de besturen konden niet worden gelezen.";
    throw e;
  }
  const byId = new Map(file.boards.map((b, i) => [b.id, i]));
  const form = $<HTMLFormElement>("compare-form");
  $("compare-fieldset").removeAttribute("disabled");

  // Board picker: a datalist of "name (number)".
  const dl = $("board-options");
  dl.innerHTML = file.boards.map((b) => `<option value="${esc(`${b.n} (${b.id})`)}"></option>`).join("");
  const idFrom = (text: string) =>
    /\((\d{5})\)\s*$/.exec(text)?.[1] ?? (/^\d{5}$/.test(text.trim()) ? text.trim() : undefined);

  const known: KnownValues = {
    indicators: (sector) =>
      [...defs.values()]
        .filter(
          (d) =>
            d.level === "board" &&
            d.sectors.includes(sector) &&
            Object.hasOwn(file.indicators, `${d.id}|${sector}`),
        )
        .map((d) => d.id),
    boards: byId.keys(),
  };
  const showNotices = (notices: string[]) => {
    const box = $("compare-notices");
    box.hidden = notices.length === 0;
    $("compare-notices-list").innerHTML = notices.map((n) => `<li>${esc(n)}</li>`).join("");
  };
  const decode = (search: string) => {
    const { state: s, notices } = parseState(search, known);
    showNotices(notices);
    return s;
  };
  let state: CompareState = decode(location.search);

  const fill = () => {
    const c = state.criteria;
    const b = state.board ? file.boards[byId.get(state.board) ?? -1] : undefined;
    $<HTMLInputElement>("c-board").value = b ? `${b.n} (${b.id})` : "";
    $<HTMLSelectElement>("c-sector").value = c.sector;
    (form.elements.namedItem("groep") as RadioNodeList).value = state.mode;
    $<HTMLInputElement>("c-k").value = String(state.k);
    for (const el of form.querySelectorAll<HTMLInputElement>("input[name=grootte]")) {
      el.checked = c.sizeClasses.includes(el.value);
      el.closest("label")!.hidden = !el.value.startsWith(c.sector);
    }
    for (const el of form.querySelectorAll<HTMLInputElement>("input[name=provincie]"))
      el.checked = c.provinces.includes(el.value);
    $<HTMLInputElement>("c-gemeente").value = c.municipalities.join(", ");
    $<HTMLInputElement>("c-denominatie").value = c.denominations.join(", ");
    $<HTMLInputElement>("c-swv").value = c.swv.join(", ");
    $<HTMLInputElement>("c-lmin").value = c.pupilsMin?.toString() ?? "";
    $<HTMLInputElement>("c-lmax").value = c.pupilsMax?.toString() ?? "";
    $<HTMLInputElement>("c-amin").value = c.achterstandMin?.toString() ?? "";
    $<HTMLInputElement>("c-amax").value = c.achterstandMax?.toString() ?? "";
    $<HTMLInputElement>("c-alleen").checked = c.onlyPicked;
    $<HTMLInputElement>("c-actief").checked = c.activeOnly;
    $("picked").innerHTML = c.include
      .map(
        (id) =>
          `<li>${esc(file.boards[byId.get(id) ?? -1]?.n ?? id)} <button type="button" class="secondary" data-remove="${id}">Verwijder<span class="visually-hidden"> ${esc(id)}</span></button></li>`,
      )
      .join("");
    const inds = $("c-indicators");
    inds.innerHTML = [...defs.values()]
      .filter(
        (d) =>
          d.level === "board" &&
          d.sectors.includes(c.sector) &&
          Object.hasOwn(file.indicators, `${d.id}|${c.sector}`),
      )
      .map(
        (d) =>
          `<label><input type="checkbox" name="ind" value="${d.id}" ${state.indicators.includes(d.id) ? "checked" : ""}> ${esc(d.label)}</label>`,
      )
      .join("");
  };

  const read = (): CompareState => {
    const data = new FormData(form);
    const split = (v: FormDataEntryValue | null) =>
      String(v ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    const n = (v: FormDataEntryValue | null) =>
      String(v ?? "").trim() === "" ? undefined : Number(String(v).replace(",", "."));
    const sector = (data.get("sector") === "vo" ? "vo" : "po") as Sector;
    const c = emptyCriteria(sector);
    c.sizeClasses = data
      .getAll("grootte")
      .map(String)
      .filter((s) => s.startsWith(sector));
    c.provinces = data.getAll("provincie").map(String);
    c.municipalities = split(data.get("gemeente"));
    c.denominations = split(data.get("denominatie"));
    c.swv = split(data.get("swv")).map((s) => s.toUpperCase());
    c.pupilsMin = n(data.get("lmin"));
    c.pupilsMax = n(data.get("lmax"));
    c.achterstandMin = n(data.get("amin"));
    c.achterstandMax = n(data.get("amax"));
    c.include = state.criteria.include;
    c.onlyPicked = data.get("alleen") === "1";
    c.activeOnly = data.get("actief") === "1";
    const inds = data.getAll("ind").map(String);
    const board = idFrom(String(data.get("bestuur") ?? ""));
    return {
      ...(board ? { board } : {}),
      mode: (String(data.get("groep")) as CompareState["mode"]) || "grootte",
      k: Math.max(3, Math.min(100, Number(data.get("k")) || 20)),
      criteria: c,
      indicators: sector === state.criteria.sector ? inds : DEFAULT_INDICATORS[sector],
    };
  };

  let plot: typeof import("@observablehq/plot") | undefined;
  const render = async () => {
    const out = $("compare-results");
    const count = $("compare-count");
    const bi = state.board ? byId.get(state.board) : undefined;
    if (bi === undefined) {
      count.textContent = "Kies eerst een bestuur.";
      out.innerHTML = "";
      return;
    }
    const b = file.boards[bi]!;
    const sector = b.s.includes(state.criteria.sector) ? state.criteria.sector : b.s[0]!;
    state.criteria.sector = sector;
    const sizeClass = b.c[sector];
    // The default group is the board page's "vergelijkbare besturen": one rule, in peerGroup.ts.
    const defaultGroup = defaultPeers(file, bi, sector);
    const sectorGroup = selectPeers(file, bi, { ...emptyCriteria(sector), activeOnly: false });
    let group: number[];
    let why = "";
    if (state.mode === "vergelijkbaar") {
      const sim = similarBoards(file, bi, sector, state.k);
      group = sim.map((s) => s.index);
      why = `<p>De ${formatNumber(group.length)} besturen die het meest op ${esc(b.n)} lijken, gemeten op: ${SIMILARITY[sector].map((f) => `${esc(f.label)} (gewicht ${formatNumber(f.weight * 100)}%: ${esc(f.why)})`).join("; ")}. Elk kenmerk is eerst omgerekend naar een standaardscore, zodat grote en kleine getallen even zwaar tellen. Ontbreekt een kenmerk bij een van beide besturen, dan telt het voor dat paar niet mee.</p>`;
    } else if (state.mode === "eigen") group = selectPeers(file, bi, state.criteria);
    else {
      group = defaultGroup;
      why = `<p class="small">${esc(PEER_RULE)}</p>`;
    }
    const sizeText = sizeLabels[sector].find((s) => s.id === sizeClass)?.label ?? "onbekende grootte";
    count.textContent = `${formatNumber(group.length)} besturen in de groep${state.mode === "grootte" ? ` (vergelijkbare besturen: ${sector}, ${sizeText})` : ""}, naast ${b.n} zelf.`;
    const groupNames = group.map((i) => file.boards[i]!);
    let html = why;
    html += `<details><summary>De besturen in de groep (${formatNumber(group.length)})</summary><ul class="small" style="columns:2 18rem">${groupNames.map((g) => `<li><a href="/besturen/${g.id}/">${esc(g.n)}</a></li>`).join("")}</ul></details>`;
    const csv: string[] = ["bestuur;naam;indicator;jaar;waarde;rol"];
    const charts: { id: string; key: string; def: Defs[string] }[] = [];
    state.indicators.forEach((id, n) => {
      const def = defs.get(id);
      if (!def) return;
      const key = `${id}|${sector}`;
      const mine = compareIndicator(file, key, bi, group);
      const all = compareIndicator(file, key, bi, sectorGroup);
      const dflt = compareIndicator(file, key, bi, defaultGroup);
      const f = (v: number) => formatValue(v, def);
      html += `<section class="indicator" aria-labelledby="ci-${n}"><h3 id="ci-${n}">${esc(def.label)}</h3>`;
      if (mine.value === undefined) {
        html += `<p class="missing">Geen gegevens voor ${esc(b.n)}.</p></section>`;
        return;
      }
      const yr = formatYear(mine.year!, def.yearKind);
      html += `<p><span class="value">${f(mine.value)}</span> <span class="muted">· ${yr}</span></p><ul>`;
      // The sector group holds every board ever seen, so its "without a value" count would mislead: not shown.
      for (const [label, r, showMissing] of [
        ["alle " + sector + "-besturen", all, false],
        [`vergelijkbare besturen (${sector}, ${sizeText})`, dflt, true],
        ["de gekozen groep", mine, true],
      ] as const)
        html += r.result.position
          ? `<li>Tegenover ${label}: ${positionSentence(r.result.position, `besturen met een waarde in ${yr}`, def.direction)}${showMissing && r.result.withoutValue ? ` (${formatNumber(r.result.withoutValue)} zonder waarde in ${yr} niet meegeteld)` : ""}.</li>`
          : `<li>Tegenover ${label}: geen andere besturen met een waarde in ${yr}.</li>`;
      html += `</ul>`;
      const d = mine.result.distribution;
      if (d)
        html += `<p>In de gekozen groep ligt de mediaan op ${f(d.median)}; de middelste helft tussen ${f(d.q1)} en ${f(d.q3)}.</p>`;
      html += `<div class="chart-slot" id="chart-${n}" aria-hidden="true"></div>`;
      const trend = trendAgainstGroup(file, key, bi, group);
      html += `<details><summary>Tabel: ${esc(def.label)} per jaar, bestuur en mediaan van de groep</summary><div class="table-scroll"><table><caption>${esc(def.label)}: ${esc(b.n)} en de groep</caption><thead><tr><th scope="col">Jaar</th><th scope="col" class="num">${esc(b.n)}</th><th scope="col" class="num">Mediaan groep</th><th scope="col" class="num">Besturen</th></tr></thead><tbody>${trend
        .map(
          (t) =>
            `<tr><th scope="row">${formatYear(t.year, def.yearKind)}</th><td class="num">${t.board !== undefined ? f(t.board) : "–"}</td><td class="num">${t.median !== undefined ? f(t.median) : "–"}</td><td class="num">${formatNumber(t.n)}</td></tr>`,
        )
        .join("")}</tbody></table></div></details>`;
      html += `<details><summary>Tabel: de besturen in de groep in ${yr}</summary><div class="table-scroll"><table><caption>${esc(def.label)} in ${yr}</caption><thead><tr><th scope="col">Bestuur</th><th scope="col" class="num">Waarde</th></tr></thead><tbody><tr><th scope="row"><strong>${esc(b.n)}</strong></th><td class="num"><strong>${f(mine.value)}</strong></td></tr>${[
        ...mine.result.values,
      ]
        .sort((x, y) => y.value - x.value)
        .map(
          (v) =>
            `<tr><th scope="row"><a href="/besturen/${file.boards[v.index]!.id}/">${esc(file.boards[v.index]!.n)}</a></th><td class="num">${f(v.value)}</td></tr>`,
        )
        .join("")}</tbody></table></div></details></section>`;
      csv.push(`${b.id};${b.n};${id};${mine.year};${String(mine.value).replace(".", ",")};bestuur`);
      for (const v of mine.result.values)
        csv.push(
          `${file.boards[v.index]!.id};${file.boards[v.index]!.n};${id};${mine.year};${String(v.value).replace(".", ",")};groep`,
        );
      charts.push({ id: `chart-${n}`, key, def });
    });
    out.innerHTML = html;
    const blob = new Blob(["\uFEFF" + csv.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    const a = $<HTMLAnchorElement>("compare-csv");
    if (a.href.startsWith("blob:")) URL.revokeObjectURL(a.href);
    a.href = URL.createObjectURL(blob);
    a.hidden = false;
    // Plot loads only now, after the text and tables are on screen.
    plot ??= await import("@observablehq/plot");
    const Plot = plot;
    for (const ch of charts) {
      const slot = document.getElementById(ch.id);
      if (!slot) continue;
      const mine = compareIndicator(file, ch.key, bi, group);
      const vals = mine.result.values.map((v) => v.value);
      const d = mine.result.distribution;
      const strip = Plot.plot({
        width: 640,
        height: 90,
        marginLeft: 16,
        marginBottom: 36,
        x: {
          label: null,
          tickFormat: (v: number) => formatNumber(v, Math.abs(v) < 10 && ch.def.unit === "ratio" ? 2 : 0),
        },
        y: { axis: null, domain: [0, 1] },
        marks: [
          ...(d
            ? [
                Plot.rectX([d], { x1: "q1", x2: "q3", y1: 0, y2: 1, fill: "#dfe3e6" }),
                Plot.ruleX([d.median], {
                  y1: 0,
                  y2: 1,
                  stroke: "#505a5f",
                  strokeDasharray: "6 4",
                  strokeWidth: 2,
                }),
              ]
            : []),
          Plot.ruleX(vals, { y1: 0.15, y2: 0.85, stroke: "#6f777b", strokeOpacity: 0.7 }),
          Plot.ruleX([mine.value!], { y1: 0, y2: 1, stroke: "#1d5b94", strokeWidth: 3 }),
          Plot.dot([mine.value!], {
            x: (v: number) => v,
            y: 0.5,
            r: 6,
            fill: "#1d5b94",
            stroke: "white",
            symbol: "diamond",
          }),
        ],
      });
      slot.replaceChildren(strip);
      const caption = document.createElement("p");
      caption.className = "small muted";
      caption.textContent =
        "Grijze streepjes: de besturen in de groep; blauwe ruit: dit bestuur; grijze band en stippellijn: middelste helft en mediaan van de groep.";
      slot.append(caption);
    }
    document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
  };

  const update = (push: boolean) => {
    const url = encodeState(state);
    if (url !== location.search)
      // Keep the #fragment: the skip link (or any in-page link) may have set it while the data loaded.
      (push ? history.pushState : history.replaceState).call(history, null, "", url + location.hash);
    $<HTMLInputElement>("compare-link").value = location.href;
    const print = $<HTMLAnchorElement>("compare-print");
    if (state.board) print.href = `/besturen/${state.board}/praatplaat/`;
    return render();
  };

  form.addEventListener("change", (e) => {
    const t = e.target as HTMLElement;
    if (t.id === "c-pick") return;
    const prevSector = state.criteria.sector;
    state = read();
    if (state.board && prevSector !== state.criteria.sector)
      state.indicators = DEFAULT_INDICATORS[state.criteria.sector];
    fill();
    void update(true);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    state = read();
    fill();
    void update(true);
  });
  $("c-add").addEventListener("click", () => {
    const id = idFrom($<HTMLInputElement>("c-pick").value);
    if (id && byId.has(id) && !state.criteria.include.includes(id)) {
      state = read();
      state.criteria.include = [...state.criteria.include, id];
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
    void render();
  });
  if (state.board) {
    const b = file.boards[byId.get(state.board) ?? -1];
    if (b && !b.s.includes(state.criteria.sector)) state.criteria.sector = b.s[0]!;
  }
  fill();
  await update(false);
  document.body.dataset.compareReady = "1";
}

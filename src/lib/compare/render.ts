// The comparison's views as HTML strings and CSV (pure; the browser controller and the praatplaat page put them
// on screen). All text goes through the one escaping helper; the position bar is the board page's barSvg.
import { formatNumber, formatValue, formatYear } from "../format.ts";
import { positionSentence } from "../data/position.ts";
import { csvFile, csvNumber, csvText } from "../site/csvCell.ts";
import { escapeHtml as esc } from "../site/html.ts";
import { barSvg } from "../site/overviewView.ts";
import { compareIndicator, defaultPeers, selectPeers, trendAgainstGroup, emptyCriteria } from "./peers.ts";
import type { CompareState } from "./state.ts";
import type { LearnPayload, LearnPayloadEntry } from "../site/learnFromPayload.ts";
import type { CompareData, GroupView, OverviewLine } from "./view.ts";

/** The warnings of a group as a list, or "" when there are none. */
export function warningsHtml(group: GroupView): string {
  if (!group.warnings.length) return "";
  return `<div class="panel compare-warning"><p><strong>Let op bij deze groep:</strong></p><ul>${group.warnings
    .map((w) => `<li>${esc(w)}</li>`)
    .join("")}</ul></div>`;
}

/** The overview table: one row per chosen indicator, in the board page's wording and bars. */
export function overviewHtml(
  group: GroupView,
  lines: OverviewLine[],
  opts: { links?: boolean; className?: string } = {},
): string {
  const links = opts.links ?? true;
  const rows = lines
    .map((l, i) => {
      const label = links ? `<a href="#ci-${i}">${esc(l.label)}</a>` : esc(l.label);
      if (l.value === undefined)
        return `<tr><th scope="row">${label}</th><td colspan="4" class="missing">geen cijfer voor ${esc(group.board.name)}</td></tr>`;
      const place = l.bar
        ? `${barSvg(l.bar)} <span class="small">${esc(l.bar.text)}</span>`
        : `<span class="missing">geen vergelijking</span>`;
      const mid = l.median
        ? `${esc(l.median)}<br><span class="small muted">${esc(l.q1!)} – ${esc(l.q3!)}</span>`
        : "–";
      const nText = `${formatNumber(l.n)} van ${formatNumber(group.size)}${l.gap ? `<br><span class="small muted">${esc(l.gap)}</span>` : ""}`;
      return `<tr><th scope="row">${label}</th><td class="nowrap" data-label="Waarde"><span class="overview-value">${esc(l.value)}</span> <span class="muted">${esc(l.year!)}</span></td><td class="overview-place" data-label="Plek">${place}</td><td data-label="Mediaan">${mid}</td><td data-label="Met een waarde">${nText}</td></tr>`;
    })
    .join("");
  return (
    `<table class="compare-overview-table${opts.className ? ` ${esc(opts.className)}` : ""}"><caption class="small">Alle gekozen cijfers van ${esc(group.board.name)} tegenover ${esc(group.title)}. ` +
    `Balkje: plek in de groep, van laag (links) naar hoog (rechts); grijze band = middelste helft, streepje = mediaan, stip = ${esc(group.board.name)}. Hoog is niet altijd beter.</caption>` +
    `<thead><tr><th scope="col">Cijfer</th><th scope="col">Waarde</th><th scope="col">Plek in de groep</th><th scope="col">Mediaan (middelste helft)</th><th scope="col">Besturen met een waarde</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>`
  );
}

/** The list of the group's boards, folded. */
export function membersHtml(group: GroupView, data: CompareData): string {
  return `<details><summary>De besturen in de groep (${formatNumber(group.members.length)}, naast ${esc(group.board.name)})</summary><ul class="small compare-members">${group.members
    .map((i) => data.file.boards[i]!)
    .map((g) => `<li><a href="/besturen/${esc(g.id)}/">${esc(g.n)}</a></li>`)
    .join("")}</ul></details>`;
}

/**
 * "Leer van" in the comparison: the board page's list for this indicator (from the vergelijkbare besturen, built
 * at build time), each board marked when it is also in the chosen group. "" without a list.
 */
export function learnHtml(entry: LearnPayloadEntry | undefined, group: GroupView, data: CompareData): string {
  if (!entry) return "";
  const inGroup = new Set(group.members.map((i) => data.file.boards[i]!.id));
  const items = entry.items
    .map(
      (it) =>
        `<li><a href="/besturen/${esc(it.id)}/">${esc(it.name)}</a>${esc(it.after)}${it.why ? ` <span class="small">Vergelijkbaar: ${esc(it.why)}.</span>` : ""}${inGroup.has(it.id) ? ` <span class="small"><strong>Ook in de gekozen groep.</strong></span>` : ""}</li>`,
    )
    .join("");
  return (
    `<details class="leer-van"><summary>${esc(entry.summary)}</summary>` +
    `<p class="small">${esc(entry.rule)} Deze lijst komt uit de vergelijkbare besturen van de bestuurspagina, niet uit de gekozen groep.</p>` +
    `<ul class="leer-van-list">${items}</ul>` +
    `<p class="small"><a href="/besturen/${esc(group.board.id)}/">Contactgegevens, praktijkvoorbeelden en tips op de bestuurspagina van ${esc(group.board.name)}</a></p></details>`
  );
}

/** The detailed section of one indicator: positions against three groups, median, chart slot, two tables. */
export function detailHtml(
  group: GroupView,
  data: CompareData,
  line: OverviewLine,
  n: number,
  learn: LearnPayload = {},
): string {
  const def = data.defs.get(line.id)!;
  const { file } = data;
  const bi = group.board.index;
  const sector = group.sector;
  const key = `${line.id}|${sector}`;
  const name = esc(group.board.name);
  let html = `<section class="indicator" aria-labelledby="ci-${n}"><h3 id="ci-${n}" tabindex="-1">${esc(def.label)}</h3>`;
  const mine = compareIndicator(file, key, bi, group.members);
  if (mine.value === undefined || mine.year === undefined)
    return `${html}<p class="missing">Geen gegevens voor ${name}.</p></section>`;
  const f = (v: number) => esc(formatValue(v, def));
  const yr = formatYear(mine.year, def.yearKind);
  const all = compareIndicator(
    file,
    key,
    bi,
    selectPeers(file, bi, { ...emptyCriteria(sector), activeOnly: false }),
  );
  const dflt = compareIndicator(file, key, bi, defaultPeers(file, bi, sector));
  const sizeText =
    data.sizeLabels[sector].find((s) => s.id === file.boards[bi]!.c[sector])?.label ?? "onbekende grootte";
  html += `<p><span class="value">${f(mine.value)}</span> <span class="muted">· ${esc(yr)}</span></p><ul>`;
  // The sector group holds every board ever seen, so its "without a value" count would mislead: not shown.
  for (const [label, r, showMissing] of [
    [`alle ${sector}-besturen`, all, false],
    [`vergelijkbare besturen (${sector}, ${sizeText})`, dflt, true],
    ["de gekozen groep", mine, true],
  ] as const)
    html += r.result.position
      ? `<li>Tegenover ${esc(label)}: ${esc(positionSentence(r.result.position, `besturen met een waarde in ${yr}`, def.direction))}${showMissing && r.result.withoutValue ? ` (${formatNumber(r.result.withoutValue)} zonder waarde in ${esc(yr)} niet meegeteld)` : ""}.</li>`
      : `<li>Tegenover ${esc(label)}: geen andere besturen met een waarde in ${esc(yr)}.</li>`;
  html += `</ul>`;
  if (line.gap) html += `<p class="small">${esc(line.gap)}</p>`;
  const d = mine.result.distribution;
  if (d)
    html += `<p>In de gekozen groep (zonder ${name}) ligt de mediaan op ${f(d.median)}; de middelste helft tussen ${f(d.q1)} en ${f(d.q3)}.</p>`;
  html += `<div class="chart-slot" id="chart-${n}" aria-hidden="true"></div>`;
  html += learnHtml(learn[key], group, data);
  const trend = trendAgainstGroup(file, key, bi, group.members);
  const label = esc(def.label);
  html += `<details><summary>Tabel: ${label} per jaar, bestuur en mediaan van de groep</summary><div class="table-scroll"><table><caption>${label}: ${name} en de groep</caption><thead><tr><th scope="col">Jaar</th><th scope="col" class="num">${name}</th><th scope="col" class="num">Mediaan groep</th><th scope="col" class="num">Besturen</th></tr></thead><tbody>${trend
    .map(
      (t) =>
        `<tr><th scope="row">${esc(formatYear(t.year, def.yearKind))}</th><td class="num">${t.board !== undefined ? f(t.board) : "–"}</td><td class="num">${t.median !== undefined ? f(t.median) : "–"}</td><td class="num">${formatNumber(t.n)}</td></tr>`,
    )
    .join("")}</tbody></table></div></details>`;
  html += `<details><summary>Tabel: de besturen in de groep in ${esc(yr)}</summary><div class="table-scroll"><table><caption>${label} in ${esc(yr)}</caption><thead><tr><th scope="col">Bestuur</th><th scope="col" class="num">Waarde</th></tr></thead><tbody><tr><th scope="row"><strong>${name}</strong></th><td class="num"><strong>${f(mine.value)}</strong></td></tr>${[
    ...mine.result.values,
  ]
    .sort((x, y) => y.value - x.value)
    .map(
      (v) =>
        `<tr><th scope="row"><a href="/besturen/${esc(file.boards[v.index]!.id)}/">${esc(file.boards[v.index]!.n)}</a></th><td class="num">${f(v.value)}</td></tr>`,
    )
    .join("")}</tbody></table></div></details></section>`;
  return html;
}

/** The comparison as CSV: the board's and the group's values per chosen indicator, formula-safe and quoted. */
export function compareCsv(state: CompareState, data: CompareData, group: GroupView): string {
  const rows: string[][] = [["bestuur", "naam", "indicator", "jaar", "waarde", "rol"]];
  const { file } = data;
  for (const id of state.indicators) {
    const def = data.defs.get(id);
    if (!def) continue;
    const mine = compareIndicator(file, `${id}|${group.sector}`, group.board.index, group.members);
    if (mine.value === undefined || mine.year === undefined) continue;
    const row = (i: number, v: number, role: string) => [
      csvText(file.boards[i]!.id),
      csvText(file.boards[i]!.n),
      csvText(id),
      String(mine.year),
      csvNumber(v),
      role,
    ];
    rows.push(row(group.board.index, mine.value, "bestuur"));
    for (const v of mine.result.values) rows.push(row(v.index, v.value, "groep"));
  }
  return csvFile(rows);
}

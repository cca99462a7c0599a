// /vergelijk/praatplaat/ in the browser: reads the comparison's URL parameters, builds the same views as
// /vergelijk/ and fills in the one-page sheet. Only text and the overview table; no charts.
import { formatNumber } from "../format.ts";
import { escapeHtml as esc } from "../site/html.ts";
import { dutchDate, enhancePrint } from "../site/printButton.ts";
import { loadPeers, readPageData } from "./load.ts";
import { overviewHtml, warningsHtml } from "./render.ts";
import { encodeState, parseState } from "./state.ts";
import { boardIndexOf, groupView, knownValues, overviewLines, sectorFor, type CompareData } from "./view.ts";
import { keysFor } from "./split.ts";

const $ = (id: string) => document.getElementById(id)!;

export async function initComparePraatplaat(): Promise<void> {
  enhancePrint(document);
  $("cpp-nojs").hidden = true;
  $("cpp-meta").textContent = "De gegevens worden geladen…";
  const store = await loadPeers();
  const data: CompareData = { ...readPageData(document), file: store.file, available: store.available };
  const { state, notices } = parseState(location.search, knownValues(data));
  const bi = boardIndexOf(store.file, state.board);
  const sector = bi === undefined ? state.criteria.sector : sectorFor(store.file, bi, state.criteria.sector);
  await store.ensure(keysFor(state, sector, store.available));
  const link = `${location.origin}/vergelijk/${encodeState(state)}`;
  $("pp-back").setAttribute("href", `/vergelijk/${encodeState(state)}`);
  if (notices.length) {
    $("cpp-notices").hidden = false;
    $("cpp-notices").innerHTML =
      `<p>Niet alles uit de link kon worden gebruikt:</p><ul>${notices.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>`;
  }
  const group = groupView(state, data);
  if (!group) {
    $("cpp-meta").textContent = "Deze link noemt geen bestuur. Kies een bestuur op de vergelijkingspagina.";
    document.body.dataset.compareReady = "1";
    return;
  }
  const title = `${group.board.name}: vergelijking met ${group.title}`;
  $("cpp-title").textContent = group.board.name;
  document.title = `Praatplaat ${title} | po/vo-benchmark`;
  $("cpp-meta").textContent =
    `Bestuursnummer ${group.board.id}, sector ${group.sector}. Afgedrukt op ${dutchDate(new Date())}. ` +
    `Online: ${link}`;
  $("cpp-group").textContent =
    `Vergeleken met ${group.title}: ${formatNumber(group.size)} besturen, ${group.board.name} meegeteld. ${group.definition}`;
  $("cpp-warnings").innerHTML = warningsHtml(group);
  $("cpp-overview").innerHTML = overviewHtml(group, overviewLines(state, data, group), {
    links: false,
    className: "pp-table",
  });
  document.body.dataset.compareReady = "1";
}

// What the board page shows of the Inspectie judgements (from derived data; dates and source names from the
// source manifest through `OordelenFacts`).
import {
  JUDGEMENTS,
  OORDELEN_SOURCE,
  type JudgedSector,
  type Judgement,
  type OordelenOut,
} from "../data/oordelen.ts";
import { formatNumber, formatPercent } from "../format.ts";
import type { SourceLookup } from "./sourceView.ts";

export const INSPECTIE_URL = "https://www.onderwijsinspectie.nl/";

const DATE = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
/** `2015-12-03` → `3 december 2015`. */
export const formatDateNl = (iso: string): string => DATE.format(new Date(`${iso}T00:00:00Z`));

/** Column heads per sector: what one counted unit is. */
export const UNIT_LABEL: Record<JudgedSector, { head: string; one: string; many: string }> = {
  po: { head: "Po: vestigingen", one: "vestiging", many: "vestigingen" },
  vo: { head: "Vo: afdelingen", one: "afdeling", many: "afdelingen" },
  so: { head: "So: scholen", one: "school", many: "scholen" },
};

const JUDGEMENT_LABEL: Record<Judgement, string> = {
  Goed: "Goed",
  Voldoende: "Voldoende",
  Onvoldoende: "Onvoldoende",
  Zwak: "Zwak",
  "Zeer zwak": "Zeer zwak",
  "Zonder actueel oordeel": "Zonder actueel oordeel",
  "Geen oordeel": "Geen oordeel",
  leeg: "Niet ingevuld",
};
const AFDELING: Record<string, string> = {
  VMBOB: "vmbo basis",
  VMBOK: "vmbo kader",
  VMBOGT: "vmbo gemengd/theoretisch",
  HAVO: "havo",
  VWO: "vwo",
  PRO: "praktijkonderwijs",
};
/** A vo afdeling in words: `VMBOGT` → `vmbo gemengd/theoretisch`. */
export const afdeling = (code: string): string => AFDELING[code] ?? code;

/** Always shown, also at 0: the judgements about quality. Others only when they occur. */
const ALWAYS: ReadonlySet<Judgement> = new Set(["Goed", "Voldoende", "Onvoldoende", "Zwak", "Zeer zwak"]);

/** What the manifest says about the Inspectie files, in words. */
export interface OordelenFacts {
  /** The files' peildatum: "1 april 2018". */
  asOf: string;
  /** Since when the Inspectie judges by its new framework: "1 augustus 2017". */
  frameworkSince: string;
  /** "Inspectie van het Onderwijs". */
  publisher: string;
  /** Anchors of the two files on /data/. */
  schoolsHref: string;
  boardsHref: string;
}

/** The facts for {@link oordelenView} from a source manifest. */
export function oordelenFacts(src: SourceLookup): OordelenFacts {
  const schools = OORDELEN_SOURCE.schools;
  const boards = OORDELEN_SOURCE.boards;
  if (src.when(schools) !== src.when(boards))
    throw new Error(`the Inspectie files differ in date: ${src.when(schools)} / ${src.when(boards)}`);
  return {
    asOf: src.when(schools),
    frameworkSince: src.frameworkSince(schools),
    publisher: src.publisher(schools),
    schoolsHref: src.href(schools),
    boardsHref: src.href(boards),
  };
}

/** `1 augustus 2017` → `augustus 2017`. */
const monthYear = (date: string) => date.replace(/^\d{1,2} /, "");

export interface OordelenView {
  heading: string;
  /** "Hier staat wat op <asOf> het laatste oordeel was." in parts: the date is shown in bold. */
  asOf: string;
  /** The sentence on the two frameworks, under the table. */
  framework: string;
  weakHeading: string;
  /** The sentence for a board without board-level judgements. */
  noBoardLevel: string;
  /** "Inspectie van het Onderwijs, open data ‘Oordelen’, peildatum 1 april 2018". */
  source: string;
  schoolsHref: string;
  boardsHref: string;
  /** False when the files hold no judgement at all for this board. */
  has: boolean;
  /** One sentence for a board without any judgement. */
  none?: string;
  /** Per sector: "3 van de 25 beoordeelde afdelingen (vo) hadden het oordeel zwak, zeer zwak of onvoldoende." */
  summary: string[];
  table?: {
    caption: string;
    head: string[];
    rows: string[][];
    foot: string[][];
  };
  weak: { text: string; judgement: string; date?: string }[];
  boardLevel: { label: string; value: string; date?: string }[];
}

/** The view of a board's Inspectie judgements. */
export function oordelenView(
  boardName: string,
  o: OordelenOut | undefined,
  facts: OordelenFacts,
): OordelenView {
  const { asOf } = facts;
  const texts = {
    heading: `Oordelen van de Inspectie (${asOf})`,
    asOf,
    framework: `De inspectie werkt sinds ${facts.frameworkSince} met een nieuw kader. In het oude kader waren de oordelen voldoende, zwak en zeer zwak; in het nieuwe goed, voldoende, onvoldoende en zeer zwak. ‘Zonder actueel oordeel’: de inspectie gaf in haar laatste onderzoek geen nieuw eindoordeel. ‘Geen oordeel’: er was geen oordeel, bijvoorbeeld bij een nieuwe of gefuseerde school.`,
    weakHeading: `Zwak, zeer zwak of onvoldoende op ${asOf}`,
    noBoardLevel: `Voor het bestuur zelf staat op ${asOf} geen oordeel in de open data.`,
    source: `${facts.publisher}, open data ‘Oordelen’, peildatum ${asOf}`,
    schoolsHref: facts.schoolsHref,
    boardsHref: facts.boardsHref,
  };
  const sectors = o?.sectors ?? [];
  const boardLevel: OordelenView["boardLevel"] = [];
  const b = o?.board;
  const at = (d: string | undefined) => (d ? { date: formatDateNl(d) } : {});
  if (b?.finBeheer) boardLevel.push({ label: "Financieel beheer", value: b.finBeheer, ...at(b.finDate) });
  if (b?.finContinuiteit)
    boardLevel.push({
      label: `Financiële continuïteit (oordeel uit het toezicht van voor ${monthYear(facts.frameworkSince)})`,
      value: b.finContinuiteit,
      ...at(b.finDate),
    });
  if (b?.kwaliteitszorg)
    boardLevel.push({ label: "Kwaliteitszorg en ambitie", value: b.kwaliteitszorg, ...at(b.kwDate) });
  if (sectors.length === 0 && boardLevel.length === 0)
    return {
      ...texts,
      has: false,
      none: `Voor dit bestuur staan geen oordelen van de inspectie in de open data van ${asOf}.`,
      summary: [],
      weak: [],
      boardLevel: [],
    };

  const summary = sectors.map((s) => {
    const u = UNIT_LABEL[s.sector];
    if (s.judged === 0)
      return `Geen van de ${formatNumber(s.units)} ${s.units === 1 ? u.one : u.many} (${s.sector}) had op ${asOf} een actueel oordeel.`;
    const share = formatPercent((s.weak / s.judged) * 100, 1);
    return `${formatNumber(s.weak)} van de ${formatNumber(s.judged)} beoordeelde ${s.judged === 1 ? u.one : u.many} (${s.sector}) ${s.weak === 1 ? "had" : "hadden"} het oordeel zwak, zeer zwak of onvoldoende (${share}).`;
  });

  let table: OordelenView["table"];
  if (sectors.length > 0) {
    const cats = JUDGEMENTS.filter((j) => ALWAYS.has(j) || sectors.some((s) => (s.counts[j] ?? 0) > 0));
    table = {
      caption: `Eindoordelen van de inspectie voor de scholen van ${boardName}, op ${asOf}`,
      head: ["Oordeel", ...sectors.map((s) => UNIT_LABEL[s.sector].head)],
      rows: cats.map((j) => [JUDGEMENT_LABEL[j], ...sectors.map((s) => formatNumber(s.counts[j] ?? 0))]),
      foot: [
        ["Totaal", ...sectors.map((s) => formatNumber(s.units))],
        ["Met een oordeel", ...sectors.map((s) => formatNumber(s.judged))],
      ],
    };
  }

  const weak = (o?.weakUnits ?? []).map((w) => {
    const code = w.vestiging ? ` (${w.vestiging})` : "";
    const what =
      w.sector === "vo"
        ? `${w.name ?? w.unit}${code}, afdeling ${afdeling(w.unitName ?? w.unit.split("|").at(-1)!)}`
        : `${w.unitName ?? w.name ?? w.unit}${code}${w.sector === "so" ? ", speciaal onderwijs" : ""}`;
    return { text: what, judgement: w.judgement.toLowerCase(), ...at(w.judgedOn) };
  });
  return { ...texts, has: true, summary, ...(table ? { table } : {}), weak, boardLevel };
}

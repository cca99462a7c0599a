// What the board page shows of the Inspectie judgements of 1 April 2018 (from derived data only).
import { JUDGEMENTS, type JudgedSector, type Judgement, type OordelenOut } from "../data/oordelen.ts";
import { formatNumber, formatPercent } from "../format.ts";

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

export interface OordelenView {
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

/** The view of a board's 2018 Inspectie judgements. */
export function oordelenView(boardName: string, o: OordelenOut | undefined): OordelenView {
  const sectors = o?.sectors ?? [];
  const boardLevel: OordelenView["boardLevel"] = [];
  const b = o?.board;
  const at = (d: string | undefined) => (d ? { date: formatDateNl(d) } : {});
  if (b?.finBeheer) boardLevel.push({ label: "Financieel beheer", value: b.finBeheer, ...at(b.finDate) });
  if (b?.finContinuiteit)
    boardLevel.push({
      label: "Financiële continuïteit (oordeel uit het toezicht van voor augustus 2017)",
      value: b.finContinuiteit,
      ...at(b.finDate),
    });
  if (b?.kwaliteitszorg)
    boardLevel.push({ label: "Kwaliteitszorg en ambitie", value: b.kwaliteitszorg, ...at(b.kwDate) });
  if (sectors.length === 0 && boardLevel.length === 0)
    return {
      has: false,
      none: "Voor dit bestuur staan geen oordelen van de inspectie in de open data van 1 april 2018.",
      summary: [],
      weak: [],
      boardLevel: [],
    };

  const summary = sectors.map((s) => {
    const u = UNIT_LABEL[s.sector];
    if (s.judged === 0)
      return `Geen van de ${formatNumber(s.units)} ${s.units === 1 ? u.one : u.many} (${s.sector}) had op 1 april 2018 een actueel oordeel.`;
    const share = formatPercent((s.weak / s.judged) * 100, 1);
    return `${formatNumber(s.weak)} van de ${formatNumber(s.judged)} beoordeelde ${s.judged === 1 ? u.one : u.many} (${s.sector}) ${s.weak === 1 ? "had" : "hadden"} het oordeel zwak, zeer zwak of onvoldoende (${share}).`;
  });

  let table: OordelenView["table"];
  if (sectors.length > 0) {
    const cats = JUDGEMENTS.filter((j) => ALWAYS.has(j) || sectors.some((s) => (s.counts[j] ?? 0) > 0));
    table = {
      caption: `Eindoordelen van de inspectie voor de scholen van ${boardName}, op 1 april 2018`,
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
  return { has: true, summary, ...(table ? { table } : {}), weak, boardLevel };
}

// Inspectie "Oordelen" on peildatum 1 April 2018: board-level judgements and the counts of the schools'
// eindoordelen per board, plus the share of judged units that were weak or unsatisfactory.
import { vestigingCode } from "./fields.ts";
import type { Tables } from "./load.ts";
import { put, type SeriesMap } from "./series.ts";

/** The source ids (data/sources.json) of the Inspectie's two files; their date and framework are stated there. */
export const OORDELEN_SOURCE = {
  schools: "inspectie-oordelen-scholen-2018",
  boards: "inspectie-oordelen-besturen-2018",
} as const;

/** The peildatum of the 2018 edition of the Inspectie's open data. */
export const OORDELEN_PEILDATUM = "2018-04-01";
/** The year the indicator `oordeel-onvoldoende-aandeel` is filed under. */
export const OORDELEN_YEAR = 2018;

/** The eindoordelen as the file spells them, plus `leeg` for a blank cell. */
export const JUDGEMENTS = [
  "Goed",
  "Voldoende",
  "Onvoldoende",
  "Zwak",
  "Zeer zwak",
  "Zonder actueel oordeel",
  "Geen oordeel",
  "leeg",
] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

/** Eindoordelen that count as weak or unsatisfactory (old framework: Zwak, Zeer zwak; since 2017: Onvoldoende). */
export const WEAK: ReadonlySet<string> = new Set(["Zwak", "Zeer zwak", "Onvoldoende"]);
/** Eindoordelen that are no judgement of quality: left out of the denominator of the share. */
export const NOT_JUDGED: ReadonlySet<string> = new Set(["Zonder actueel oordeel", "Geen oordeel", "leeg"]);

/** Po: one unit per vestiging; vo: per vestiging × afdeling (OVT); so: per school. */
export type JudgedSector = "po" | "vo" | "so";
export const JUDGED_SECTORS: JudgedSector[] = ["po", "vo", "so"];

export interface OordelenSector {
  sector: JudgedSector;
  /** All units of the board in this sector in the file. */
  units: number;
  /** Units with a quality judgement (not "Zonder actueel oordeel", "Geen oordeel" or blank). */
  judged: number;
  /** Units judged Zwak, Zeer zwak or Onvoldoende. */
  weak: number;
  counts: Partial<Record<Judgement, number>>;
}

export interface WeakUnit {
  sector: JudgedSector;
  /** The Inspectie's unit code (`00AH|07|HAVO`, `00KN|C1`, `00AO|OKE 01|VSO`). */
  unit: string;
  /** 6-character vestiging code. */
  vestiging?: string;
  /** Vestiging name. */
  name?: string;
  /** The Inspectie's name of the unit: the afdeling (vo, `HAVO`) or the school as judged (po, so). */
  unitName?: string;
  judgement: string;
  /** Date the eindoordeel was set (yyyy-mm-dd). */
  judgedOn?: string;
}

export interface BoardLevelJudgement {
  finBeheer?: string;
  finContinuiteit?: string;
  /** Date the financial judgements were set (yyyy-mm-dd). */
  finDate?: string;
  kwaliteitszorg?: string;
  kwDate?: string;
}

/** Everything the 2018 Inspectie files say about one board. */
export interface OordelenOut {
  peildatum: string;
  /** The board-level row, when the board is in the board file. */
  board?: BoardLevelJudgement;
  /** Per sector with at least one unit, in the order po, vo, so. */
  sectors: OordelenSector[];
  /** Units judged Zwak, Zeer zwak or Onvoldoende, by sector and unit code. */
  weakUnits: WeakUnit[];
}

const SECTOR_OF: Record<"PO" | "VO" | "SO", JudgedSector> = { PO: "po", VO: "vo", SO: "so" };

/** The category of a raw eindoordeel; an unknown spelling is returned as is (and counted under it). */
const category = (j: string | undefined): string => (j === undefined || j === "" ? "leeg" : j);

/**
 * Per board the 2018 judgements, and the indicator series `oordeel-onvoldoende-aandeel` for po (vestigingen)
 * and vo (afdelingen). So schools are counted on the board page but are not part of the share.
 * A board whose units in a sector all lack a quality judgement gets a missing point (division by zero).
 */
export function oordelen(
  boards: Tables["boardJudgements2018"],
  schools: Tables["schoolJudgements2018"],
): {
  byBoard: Map<string, OordelenOut>;
  share: { po: SeriesMap; vo: SeriesMap };
  /** Eindoordelen spelled in a way this module does not know (should be empty). */
  unknownJudgements: string[];
} {
  const byBoard = new Map<string, OordelenOut>();
  const get = (id: string): OordelenOut => {
    let o = byBoard.get(id);
    if (!o) byBoard.set(id, (o = { peildatum: OORDELEN_PEILDATUM, sectors: [], weakUnits: [] }));
    return o;
  };
  for (const r of boards) {
    const b: BoardLevelJudgement = {
      ...(r.finBeheer ? { finBeheer: r.finBeheer } : {}),
      ...(r.finContinuiteit ? { finContinuiteit: r.finContinuiteit } : {}),
      ...(r.finDate ? { finDate: r.finDate } : {}),
      ...(r.kwaliteitszorg ? { kwaliteitszorg: r.kwaliteitszorg } : {}),
      ...(r.kwDate ? { kwDate: r.kwDate } : {}),
    };
    // A row without any judgement says nothing about the board.
    if (b.finBeheer || b.finContinuiteit || b.kwaliteitszorg) get(r.board).board = b;
  }
  const known = new Set<string>(JUDGEMENTS);
  const unknown = new Set<string>();
  for (const r of [...schools].sort((a, b) => a.unit.localeCompare(b.unit))) {
    const o = get(r.board);
    const sector = SECTOR_OF[r.sector];
    let s = o.sectors.find((x) => x.sector === sector);
    if (!s) o.sectors.push((s = { sector, units: 0, judged: 0, weak: 0, counts: {} }));
    const cat = category(r.judgement);
    if (!known.has(cat)) unknown.add(cat);
    s.units++;
    s.counts[cat as Judgement] = (s.counts[cat as Judgement] ?? 0) + 1;
    if (!NOT_JUDGED.has(cat)) s.judged++;
    if (WEAK.has(cat)) {
      s.weak++;
      const vestiging = vestigingCode(r.brin, r.vest);
      o.weakUnits.push({
        sector,
        unit: r.unit,
        ...(vestiging ? { vestiging } : {}),
        ...(r.name ? { name: r.name } : {}),
        ...(r.unitName ? { unitName: r.unitName } : {}),
        judgement: cat,
        ...(r.judgedOn ? { judgedOn: r.judgedOn } : {}),
      });
    }
  }
  const share = { po: new Map(), vo: new Map() } as { po: SeriesMap; vo: SeriesMap };
  for (const [id, o] of byBoard) {
    o.sectors.sort((a, b) => JUDGED_SECTORS.indexOf(a.sector) - JUDGED_SECTORS.indexOf(b.sector));
    o.weakUnits.sort(
      (a, b) =>
        JUDGED_SECTORS.indexOf(a.sector) - JUDGED_SECTORS.indexOf(b.sector) || a.unit.localeCompare(b.unit),
    );
    for (const s of o.sectors) {
      if (s.sector === "so") continue;
      put(
        share[s.sector],
        id,
        s.judged > 0
          ? { year: OORDELEN_YEAR, value: (s.weak / s.judged) * 100, n: s.judged }
          : {
              year: OORDELEN_YEAR,
              missing: "division-by-zero",
              n: 0,
              note: `geen ${s.sector === "po" ? "vestiging" : "afdeling"} met een actueel oordeel`,
            },
      );
    }
  }
  return { byBoard, share, unknownJudgements: [...unknown].sort() };
}

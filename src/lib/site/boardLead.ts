// The top of a board page and of its praatplaat, in one place: the overview rows, who the board is and what
// stands out. Both pages call this, so they cannot disagree.
import type { BoardOut } from "../data/build.ts";
import type { Sector } from "../data/registry.ts";
import { ageOf } from "./age.ts";
import type { FieldView } from "./boardView.ts";
import { sizeClassLabel } from "./boardView.ts";
import type { IndicatorView } from "./indicatorView.ts";
import { boardIntro, leadView, type LeadView } from "./leadView.ts";
import { overview, type LearnOf, type OverviewField } from "./overviewView.ts";

export interface BoardLead {
  glance: OverviewField[];
  intro: string;
  lead: LeadView;
}

export function boardLead(
  board: Pick<BoardOut, "name" | "active" | "sectors" | "municipality" | "province" | "series" | "sizeClass">,
  fields: FieldView[],
  newestInData: number,
  newestYearOf: (indicatorId: string, sector: Sector) => number | undefined,
  /** The overview's "Leer van" pointers (the board page; the one-page praatplaat has none). */
  learnOf?: LearnOf,
): BoardLead {
  const age = (v: IndicatorView) => (v.latest ? ageOf(v.def, v.latest.year, newestInData) : undefined);
  const glance = overview(fields, age, (v) => newestYearOf(v.def.id, v.sector), "dit bestuur", learnOf);
  const pupils = board.sectors.map((sector) => ({
    sector,
    point: board.series
      .find((x) => x.indicator === "leerlingen" && x.sector === sector)
      ?.points.filter((q) => q.value !== undefined)
      .at(-1),
  }));
  const sizeClass: Partial<Record<Sector, string>> = {};
  for (const s of board.sectors) {
    const label = sizeClassLabel(s, board.sizeClass[s]);
    if (label) sizeClass[s] = label;
  }
  const intro = boardIntro({
    name: board.name,
    active: board.active,
    sectors: board.sectors,
    municipality: board.municipality,
    province: board.province,
    pupils,
    sizeClass,
  });
  return { glance, intro, lead: leadView(fields, age, board.name) };
}

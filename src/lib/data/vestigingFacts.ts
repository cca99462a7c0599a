// Each vestiging's own key figures, for the table of schools on its board's page: pupils and their trend,
// the vo pass rate, the po eindtoets of the latest year with its test, and the Inspectie oordeel of 1 April
// 2018. Only what the files give per vestiging; a missing figure stays missing with its reason (never 0).
import { vestigingCode } from "./fields.ts";
import type { Tables } from "./load.ts";
import { municipalityName } from "./names.ts";
import { isNumber, type Cell, type MissingReason } from "./values.ts";

/** A count in a year (1 October). */
export interface YearCount {
  year: number;
  value: number;
}

export interface VestigingFacts {
  /** Pupils in the latest year with a count and about five years before (the earliest in that span). */
  pupils?: { latest: YearCount; then?: YearCount; source: string };
  /** Vo: candidate-weighted pass rate of the latest school year with candidates (`year` = its first year). */
  exam?:
    | { year: number; candidates: number; passed: number; rate: number; suppressed?: number }
    | { year: number; missing: MissingReason };
  /** Po: the eindtoets with most pupils in the latest file year (`year` = first year of the school year). */
  eindtoets?: {
    year: number;
    test: "CET" | "IEP" | "ROUTE 8";
    average: number;
    pupils: number;
    source: string;
  };
  /** Inspectie eindoordelen of 1 April 2018: per po vestiging one, per vo afdeling one. */
  oordelen?: { unit?: string; judgement: string; judgedOn?: string }[];
  /** The place (plaatsnaam) where the lists give one, which may differ from the municipality. */
  place?: string;
}

type FactTables = Pick<
  Tables,
  | "historicPupils"
  | "voPupilsBoard"
  | "voPupilsVavo"
  | "exams"
  | "eindscores"
  | "schoolJudgements2018"
  | "poCurrentVestigingen"
  | "specialVestigingen"
  | "po2020Vestigingen"
  | "vo2020Vestigingen"
>;

/** The latest count and the count about five years before it (an older year up to 5 back, the earliest one). */
export function pupilTrend(counts: Map<number, number>): { latest: YearCount; then?: YearCount } | undefined {
  const years = [...counts.keys()].filter((y) => counts.get(y)! > 0).sort((a, b) => a - b);
  const last = years.at(-1);
  if (last === undefined) return undefined;
  const before = years.find((y) => y >= last - 5 && y < last);
  return {
    latest: { year: last, value: counts.get(last)! },
    ...(before !== undefined ? { then: { year: before, value: counts.get(before)! } } : {}),
  };
}

/** Per vestiging code its facts (only vestigingen with at least one fact). */
export function vestigingFacts(t: FactTables): Map<string, VestigingFacts> {
  const out = new Map<string, VestigingFacts>();
  const get = (code: string): VestigingFacts => {
    let f = out.get(code);
    if (!f) out.set(code, (f = {}));
    return f;
  };

  // Pupils: po from the historic file (1996-2025), vo from the pupil files per vestiging and board.
  for (const r of t.historicPupils) {
    const code = vestigingCode(r.brin, r.vest);
    if (!code) continue;
    const counts = new Map<number, number>();
    for (const [y, c] of Object.entries(r.pupils)) if (isNumber(c)) counts.set(Number(y), c);
    const trend = pupilTrend(counts);
    if (trend) get(code).pupils = { ...trend, source: "po-leerlingen-historisch" };
  }
  const vo = new Map<string, Map<number, number>>();
  const voSource = new Map<string, string>();
  const voAdd = (code: string | undefined, year: number, c: Cell) => {
    if (!code || !isNumber(c)) return;
    let m = vo.get(code);
    if (!m) vo.set(code, (m = new Map()));
    m.set(year, (m.get(year) ?? 0) + c);
  };
  for (const [year, rows] of t.voPupilsBoard)
    for (const r of rows) voAdd(vestigingCode(r.brin, r.vest), year, r.total);
  // Vavo counts of `<5` leave the vestiging's total unknown for that year: only full totals are used here.
  for (const [year, rows] of t.voPupilsVavo ?? [])
    for (const r of rows)
      if (isNumber(r.pupils) && isNumber(r.vavo))
        voAdd(vestigingCode(r.brin, r.vest), year, r.pupils + r.vavo);
  for (const [code, counts] of vo) {
    const trend = pupilTrend(counts);
    if (!trend) continue;
    voSource.set(code, `vo-leerlingen-bestuur-${trend.latest.year}`);
    get(code).pupils = { ...trend, source: voSource.get(code)! };
  }

  // Vo pass rate: all opleidingen of the vestiging in its latest school year with candidates.
  type Acc = { cand: number; passed: number; suppressed: number };
  const exams = new Map<string, Map<number, Acc>>();
  for (const r of t.exams) {
    const code = vestigingCode(r.brin, r.vest);
    if (!code) continue;
    let m = exams.get(code);
    if (!m) exams.set(code, (m = new Map()));
    for (const [y, cand] of Object.entries(r.candidates)) {
      if (cand === 0 || (!isNumber(cand) && cand.missing === "not-reported")) continue;
      const year = Number(y);
      let a = m.get(year);
      if (!a) m.set(year, (a = { cand: 0, passed: 0, suppressed: 0 }));
      const passed = r.passed[y];
      if (isNumber(cand) && isNumber(passed)) {
        a.cand += cand;
        a.passed += passed;
      } else a.suppressed++;
    }
  }
  for (const [code, m] of exams) {
    const year = Math.max(...m.keys());
    if (!Number.isFinite(year)) continue;
    const a = m.get(year)!;
    get(code).exam =
      a.cand > 0
        ? {
            year,
            candidates: a.cand,
            passed: a.passed,
            rate: Math.round((1000 * a.passed) / a.cand) / 10,
            ...(a.suppressed ? { suppressed: a.suppressed } : {}),
          }
        : { year, missing: "suppressed-small" };
  }

  // Eindtoets: the latest file, the test most of the vestiging's pupils took.
  for (const [year, rows] of [...t.eindscores].sort(([a], [b]) => a - b)) {
    for (const r of rows) {
      const code = vestigingCode(r.brin, r.vest);
      if (!code) continue;
      const tests = (
        [
          ["CET", r.cetN, r.cetAvg],
          ["IEP", r.iepN, r.iepAvg],
          ["ROUTE 8", r.route8N, r.route8Avg],
        ] as const
      ).filter(([, n, avg]) => isNumber(n) && n > 0 && isNumber(avg));
      const best = [...tests].sort((a, b) => (b[1] as number) - (a[1] as number))[0];
      if (best)
        get(code).eindtoets = {
          year,
          test: best[0],
          average: best[2] as number,
          pupils: best[1] as number,
          source: `po-eindscores-${year}`,
        };
    }
  }

  // Inspectie eindoordelen 2018 per vestiging (vo: one per afdeling).
  for (const r of [...t.schoolJudgements2018].sort((a, b) => a.unit.localeCompare(b.unit))) {
    const code = vestigingCode(r.brin, r.vest);
    if (!code) continue;
    const f = get(code);
    (f.oordelen ??= []).push({
      ...(r.sector === "VO" && r.unitName ? { unit: r.unitName } : {}),
      judgement: r.judgement || "leeg",
      ...(r.judgedOn ? { judgedOn: r.judgedOn } : {}),
    });
  }

  // Places: the newest list that names one.
  for (const rows of [t.poCurrentVestigingen, t.specialVestigingen, t.po2020Vestigingen, t.vo2020Vestigingen])
    for (const r of rows) {
      const code = vestigingCode(r.brin, r.vest);
      if (code && r.place && !out.get(code)?.place) get(code).place = municipalityName(r.place);
    }
  for (const [, rows] of [...t.voPupilsBoard, ...(t.voPupilsVavo ?? [])].sort(([a], [b]) => b - a))
    for (const r of rows) {
      const code = vestigingCode(r.brin, r.vest);
      if (code && r.place && !out.get(code)?.place) get(code).place = municipalityName(r.place);
    }
  return out;
}

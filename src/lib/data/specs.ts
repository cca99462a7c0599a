// Table specs: how each DUO file maps onto canonical fields. Dutch header variants live here and nowhere else.
import { z } from "zod";
import { boardId, brin, count, num, optionalText, text, vestigingRaw, yearCells } from "./fields.ts";
import type { TableSpec } from "./table.ts";

const H = {
  board: ["BEVOEGD GEZAG NUMMER", "BEVOEGD_GEZAG_NUMMER", "BEVOEGD GEZAG"],
  brin: ["INSTELLINGSCODE", "BRIN NUMMER", "BRIN_NUMMER", "BRINNUMMER"],
  vest: ["VESTIGINGSCODE", "VESTIGINGSNUMMER", "VESTIGINGS_NUMMER"],
  gemeente: ["GEMEENTENAAM", "GEMEENTENAAM VESTIGING"],
  gemeenteNr: ["GEMEENTENUMMER", "GEMEENTENUMMER VESTIGING", "GEMEENTECODE VESTIGING"],
  provincie: ["PROVINCIE", "PROVINCIE VESTIGING"],
  denominatie: ["DENOMINATIE", "DENOMINATIE VESTIGING"],
};
const req = (headers: string[]) => ({ headers });
const opt = (headers: string[]) => ({ headers, optional: true });

/** Vestigingen lists (bo ≈2020 and ≈2025, sbo/so/vso ≈2025, vo ≈2020): location and board. */
export const VestigingListRow = z.object({
  board: boardId,
  brin,
  vest: vestigingRaw,
  name: text,
  place: text,
  municipality: text,
  municipalityCode: optionalText,
  province: text,
  denomination: optionalText,
  kind: optionalText,
  structure: optionalText,
  cluster: optionalText,
});
export const vestigingListSpec: TableSpec<z.output<typeof VestigingListRow>> = {
  columns: {
    board: req(H.board),
    brin: req(H.brin),
    vest: req(H.vest),
    name: req(["VESTIGINGSNAAM", "INSTELLINGSNAAM"]),
    place: req(["PLAATSNAAM"]),
    municipality: req(["GEMEENTENAAM"]),
    municipalityCode: opt(["GEMEENTENUMMER"]),
    province: req(["PROVINCIE"]),
    denomination: opt(["DENOMINATIE"]),
    kind: opt(["SOORT PRIMAIR ONDERWIJS"]),
    structure: opt(["ONDERWIJSSTRUCTUUR"]),
    cluster: opt(["CLUSTER"]),
  },
  schema: VestigingListRow,
  key: (r) => `${r.brin}${r.vest}`,
};

/** 06.-historisch: pupils per vestiging 1996-2025 under the current board. */
export const HistoricPupilsRow = z.object({
  brin,
  vest: vestigingRaw,
  name: text,
  kind: z.enum(["BO", "SBO", "SO", "VSO", "SO/VSO"]),
  denomination: optionalText,
  board: boardId,
  municipality: text,
  pupils: yearCells(count()),
});
export const historicPupilsSpec: TableSpec<z.output<typeof HistoricPupilsRow>> = {
  columns: {
    brin: req(H.brin),
    vest: req(H.vest),
    name: req(["NAAM VESTIGING"]),
    kind: req(["SOORT VESTIGING"]),
    denomination: opt(["DENOMINATIE VESTIGING"]),
    board: req(H.board),
    municipality: req(["GEMEENTENAAM VESTIGING"]),
  },
  wide: [{ field: "pupils", pattern: /^LEERLINGEN (\d{4})$/ }],
  schema: HistoricPupilsRow,
  key: (r) => `${r.brin}${r.vest}`,
};

/** Leerlingen po soort-po files (2015-16, 2016-17): pupils per vestiging with that year's board. */
export const PoPupilsYearRow = z.object({
  brin,
  vest: vestigingRaw,
  name: text,
  board: boardId,
  kind: text,
  municipality: text,
  province: text,
  total: count(),
});
export const poPupilsYearSpec: TableSpec<z.output<typeof PoPupilsYearRow>> = {
  columns: {
    brin: req(H.brin),
    vest: req(H.vest),
    name: req(["INSTELLINGSNAAM VESTIGING"]),
    board: req(H.board),
    kind: req(["SOORT PO"]),
    municipality: req(["GEMEENTENAAM"]),
    province: req(["PROVINCIE"]),
    total: req(["TOTAAL"]),
  },
  schema: PoPupilsYearRow,
  key: (r) => `${r.brin}${r.vest}:${r.kind}`,
};

/** Leerlingen bo gewicht 2016-17: one row per vestiging × weight (0.00, 0.30, 1.20). */
export const WeightRow = z.object({
  brin,
  vest: vestigingRaw,
  board: boardId,
  weight: z.enum(["0.00", "0.30", "1.20"]),
  total: count(),
});
export const weightSpec: TableSpec<z.output<typeof WeightRow>> = {
  columns: {
    brin: req(H.brin),
    vest: req(H.vest),
    board: req(H.board),
    weight: req(["GEWICHT"]),
    total: req(["TOTAAL"]),
  },
  schema: WeightRow,
  key: (r) => `${r.brin}${r.vest}:${r.weight}`,
};

/** BRON 2016-17 (title line above the header): pupils per bo vestiging with its PO-SWV code. */
export const BronRow = z.object({
  brin,
  vest: vestigingRaw,
  name: text,
  municipality: text,
  province: text,
  swv: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().regex(/^PO\d{4}$/, "not a PO-SWV code")),
  board: boardId,
  total: count(),
});
export const bronSpec: TableSpec<z.output<typeof BronRow>> = {
  columns: {
    brin: req(H.brin),
    vest: req(H.vest),
    name: req(["NAAM INSTELLING"]),
    municipality: req(["GEMEENTENAAM"]),
    province: req(["PROVINCIE"]),
    swv: req(["SWV"]),
    board: req(H.board),
    total: req(["TOTAAL"]),
  },
  schema: BronRow,
  key: (r) => `${r.brin}${r.vest}`,
};

/** Average home–school distance 2016-17 per vestiging (metres). */
export const DistanceRow = z.object({
  brin,
  vest: vestigingRaw,
  kind: text,
  board: boardId,
  distance: num(),
  pupils: count(),
});
export const distanceSpec: TableSpec<z.output<typeof DistanceRow>> = {
  columns: {
    brin: req(H.brin),
    vest: req(H.vest),
    kind: req(["SOORT PO"]),
    board: req(H.board),
    distance: req(["AFSTAND"]),
    pupils: req(["LEERLINGEN"]),
  },
  schema: DistanceRow,
  key: (r) => `${r.brin}${r.vest}:${r.kind}`,
};

/** Eindtoets averages per vestiging: CET, IEP and ROUTE8 kept apart, each with its number of pupils. */
export const EindscoreRow = z.object({
  brin,
  vest: vestigingRaw,
  board: boardId,
  cetN: count(),
  cetAvg: num(),
  iepN: count(),
  iepAvg: num(),
  route8N: count(),
  route8Avg: num(),
});
export const eindscoreSpec: TableSpec<z.output<typeof EindscoreRow>> = {
  columns: {
    brin: req(H.brin),
    vest: req(H.vest),
    board: req(H.board),
    cetN: req(["CET AANTAL"]),
    cetAvg: req(["CET GEM"]),
    iepN: req(["IEP AANTAL"]),
    iepAvg: req(["IEP GEM"]),
    route8N: req(["ROUTE8 AANTAL"]),
    route8Avg: req(["ROUTE8 GEM"]),
  },
  schema: EindscoreRow,
  key: (r) => `${r.brin}${r.vest}`,
};

const financeKey = {
  board: req(H.board),
  group: req(["GROEPERING"]),
  name: req(["BEVOEGD GEZAG NAAM"]),
  year: req(["JAAR"]),
};
const financeYear = z
  .string()
  .transform((s) => Number(s.trim()))
  .pipe(z.number().int().min(2000).max(2100));

/** PO balance sheet per board and year (whole euros; blank = not reported). */
export const BalanceRow = z.object({
  board: boardId,
  group: text,
  name: text,
  year: financeYear,
  equity: num(),
  provisions: num(),
  longDebt: num(),
  shortDebt: num(),
  totalAssets: num(),
  totalLiabilities: num(),
  currentAssets: num(),
});
export const balanceSpec: TableSpec<z.output<typeof BalanceRow>> = {
  columns: {
    ...financeKey,
    equity: req(["2.1 - EIGEN VERMOGEN"]),
    provisions: req(["2.2 - VOORZIENINGEN"]),
    longDebt: req(["2.3 - LANGLOPENDE SCHULDEN"]),
    shortDebt: req(["2.4 - KORTLOPENDE SCHULDEN"]),
    totalAssets: req(["TA - TOTAAL ACTIVA"]),
    totalLiabilities: req(["TP - TOTAAL PASSIVA"]),
    currentAssets: req(["TVLA - TOTAAL VLOTTENDE ACTIVA"]),
  },
  schema: BalanceRow,
  key: (r) => `${r.board}:${r.year}`,
};

/** PO income and expenditure per board and year (whole euros). */
export const IncomeRow = z.object({
  board: boardId,
  group: text,
  name: text,
  year: financeYear,
  govFunding: num(),
  staffCosts: num(),
  depreciation: num(),
  housingCosts: num(),
  result: num(),
  totalIncome: num(),
  totalCosts: num(),
});
export const incomeSpec: TableSpec<z.output<typeof IncomeRow>> = {
  columns: {
    ...financeKey,
    govFunding: req(["3.1 - RIJKSBIJDRAGEN"]),
    staffCosts: req(["4.1 - PERSONEELSLASTEN"]),
    depreciation: req(["4.2 - AFSCHRIJVINGEN"]),
    housingCosts: req(["4.3 - HUISVESTINGSLASTEN"]),
    result: req(["RESUL - RESULTAAT"]),
    totalIncome: req(["TOTB - TOTAAL BATEN"]),
    totalCosts: req(["TOTL - TOTAAL LASTEN"]),
  },
  schema: IncomeRow,
  key: (r) => `${r.board}:${r.year}`,
};

/** Personele bekostiging per BRIN (teldatum 1-10-2014): pupils with that year's board. */
export const FundingPupilsRow = z.object({
  date: text,
  brin,
  board: boardId,
  pupils: count(),
});
export const fundingPupilsSpec: TableSpec<z.output<typeof FundingPupilsRow>> = {
  columns: {
    date: req(["PEILDATUM"]),
    brin: req(H.brin),
    board: req(H.board),
    pupils: req(["TOTAAL AANTAL LEERLINGEN"]),
  },
  schema: FundingPupilsRow,
  key: (r) => r.brin,
};

/** VO board list (≈2023): current name, address municipality and denomination. */
export const VoBoardRow = z.object({
  board: boardId,
  name: text,
  place: text,
  municipality: text,
  denomination: optionalText,
  kvk: optionalText,
  /** Visiting address and website, for "Leer van" (contacts.ts). */
  street: optionalText,
  houseNumber: optionalText,
  postcode: optionalText,
  website: optionalText,
});
export const voBoardSpec: TableSpec<z.output<typeof VoBoardRow>> = {
  columns: {
    board: req(H.board),
    name: req(["BEVOEGD GEZAG NAAM"]),
    place: req(["PLAATSNAAM"]),
    municipality: req(["GEMEENTENAAM"]),
    denomination: opt(["DENOMINATIE"]),
    kvk: opt(["KVK-NUMMER"]),
    street: opt(["STRAATNAAM"]),
    houseNumber: opt(["HUISNUMMER-TOEVOEGING"]),
    postcode: opt(["POSTCODE"]),
    website: opt(["INTERNETADRES"]),
  },
  schema: VoBoardRow,
  key: (r) => r.board,
};

/** VO pupils per vestiging and board (2017-2022). */
export const VoPupilsBoardRow = z.object({
  board: boardId,
  brin,
  vest: vestigingRaw,
  name: text,
  place: text,
  municipality: text,
  province: text,
  total: count(),
});
export const voPupilsBoardSpec: TableSpec<z.output<typeof VoPupilsBoardRow>> = {
  columns: {
    board: req(H.board),
    brin: req(H.brin),
    vest: req(H.vest),
    name: req(["INSTELLINGSNAAM VESTIGING"]),
    place: req(["PLAATSNAAM"]),
    municipality: req(["GEMEENTENAAM"]),
    province: req(["PROVINCIE"]),
    total: req(["TOTAAL AANTAL LEERLINGEN"]),
  },
  schema: VoPupilsBoardRow,
  key: (r) => `${r.brin}${r.vest}`,
};

/** VO pupils per vestiging naar onderwijstype (no board column): MAN/VROUW columns per leerjaar. */
export const VoPupilsTypeRow = z.object({
  brin,
  vest: vestigingRaw,
  counts: yearCells(count()),
});
export const voPupilsTypeSpec: TableSpec<z.output<typeof VoPupilsTypeRow>> = {
  columns: { brin: req(H.brin), vest: req(H.vest) },
  wide: [{ field: "counts", pattern: /^(LEER- OF VERBLIJFSJAAR \d - (?:MAN|VROUW))$/ }],
  schema: VoPupilsTypeRow,
};

/** VO exam candidates and passes per vestiging × opleiding, wide over school years (TOTAAL columns). */
export const ExamRow = z.object({
  brin,
  vest: vestigingRaw,
  type: z.enum(["VMBO", "HAVO", "VWO"]),
  candidates: yearCells(count()),
  passed: yearCells(count()),
});
const examSpec = (decimal: "," | "."): TableSpec<z.output<typeof ExamRow>> => ({
  columns: { brin: req(H.brin), vest: req(H.vest), type: req(["ONDERWIJSTYPE VO"]) },
  wide: [
    { field: "candidates", pattern: /^EXAMENKANDIDATEN SCHOOLJAAR (\d{4})-\d{4} - TOTAAL$/ },
    { field: "passed", pattern: /^GESLAAGDEN SCHOOLJAAR (\d{4})-\d{4} - TOTAAL$/ },
  ],
  schema: ExamRow.extend({ percent: yearCells(num(decimal)) }).transform(({ percent: _p, ...r }) => r),
});
/** 2014-2019 exam file (percentages like `83,3%`). */
export const exam2014Spec = {
  ...examSpec(","),
  wide: [
    ...examSpec(",").wide!,
    { field: "percent", pattern: /^SLAAGPERC SCHOOLJAAR (\d{4})-\d{4} - TOTAAL$/ },
  ],
};
/** 2019-2024 exam file (all quoted, percentages like `90.9`, `<5` suppression). */
export const exam2019Spec = {
  ...examSpec("."),
  wide: [
    ...examSpec(".").wide!,
    { field: "percent", pattern: /^SLAAGPERC SCHOOLJAAR (\d{4})-\d{4} - TOTAAL$/ },
  ],
};

/** Zittenblijven vo 2015-16 t.o.v. 2016-17 per vestiging. */
export const RepeatRow = z.object({
  brin,
  vest: vestigingRaw,
  pupils: count(),
  repeaters: count(),
  down: count(),
  up: count(),
});
export const repeatSpec: TableSpec<z.output<typeof RepeatRow>> = {
  columns: {
    brin: req(H.brin),
    vest: req(H.vest),
    pupils: req(["TOTAAL LEERLINGEN", "AANTAL LEERLINGEN"]),
    repeaters: req(["AANTAL ZITTENBLIJVERS"]),
    down: req(["AANTAL AFSTROMERS"]),
    up: req(["AANTAL OPSTROMERS"]),
  },
  schema: RepeatRow,
  key: (r) => `${r.brin}${r.vest}`,
};

/** VSV 2015 per VO vestiging with its VO-SWV code. */
export const VsvRow = z.object({
  swv: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().regex(/^VO\d{4}$/, "not a VO-SWV code")),
  brin,
  vest: vestigingRaw,
  pupils: count(),
  vsv: count(),
});
export const vsvSpec: TableSpec<z.output<typeof VsvRow>> = {
  columns: {
    swv: req(["SAMENWERKINGSVERBAND NUMMER"]),
    brin: req(H.brin),
    vest: req(H.vest),
    pupils: req(["AANTAL LEERLINGEN"]),
    vsv: req(["VSV TOTAAL"]),
  },
  schema: VsvRow,
  key: (r) => `${r.brin}${r.vest}`,
};

/** PO staff extract: persons per BRIN and board, 2011-2025 (`*` suppressed). */
export const StaffRow = z.object({
  type: z.enum(["BAO", "SBAO", "WEC (so en vso)"]),
  board: boardId,
  brin,
  persons: yearCells(count()),
});
export const staffSpec: TableSpec<z.output<typeof StaffRow>> = {
  columns: { type: req(["ONDERWIJSTYPE"]), board: req(H.board), brin: req(H.brin) },
  wide: [{ field: "persons", pattern: /^PERSONEN (\d{4})$/ }],
  schema: StaffRow,
  key: (r) => r.brin,
};

/** Derived list of current DUO board names (comma-separated, UTF-8). */
export const BoardNameRow = z.object({
  kvk: text,
  name: text,
  origin: z.enum(["besturenlijst", "rio"]),
  kinds: text,
  board: boardId,
});
export const boardNameSpec: TableSpec<z.output<typeof BoardNameRow>> = {
  columns: {
    kvk: req(["kvk"]),
    name: req(["naam"]),
    origin: req(["herkomst"]),
    kinds: req(["soort"]),
    board: req(["bevoegd_gezag"]),
  },
  schema: BoardNameRow,
  delimiter: ",",
};

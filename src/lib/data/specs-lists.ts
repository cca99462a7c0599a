// Table specs for the second staging's staff, pupil, board-list, SWV and Inspectie files.
import { z } from "zod";
import { boardId, brin, count, num, optionalText, text, vestigingRaw } from "./fields.ts";
import type { TableSpec } from "./table.ts";

const req = (...headers: string[]) => ({ headers });
const opt = (...headers: string[]) => ({ headers, optional: true });
const year = z
  .string()
  .transform((s) => Number(s.trim()))
  .pipe(z.number().int().min(1990).max(2100));
const swvCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^(PO|VO)\d{4}$/, "not an SWV code (PO0000 or VO0000)"));
/** An optional BRIN: blank (DUO writes a space) is undefined. */
const optionalBrin = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const t = (s ?? "").trim().toUpperCase();
    if (t === "") return undefined;
    if (!/^[0-9A-Z]{4}$/.test(t)) {
      ctx.addIssue({ code: "custom", message: `not a BRIN code: "${s}"` });
      return z.NEVER;
    }
    return t;
  });

/** DUO functiemix per bestuur 2006-2017 (comma-separated, decimal point, blank = one space). */
export const FunctiemixRow = z.object({
  sectorCode: z.enum(["1", "2", "3", "4"]),
  year,
  board: boardId,
  name: optionalText,
  pupils: num("."),
  fteTotal: num("."),
  fteManager: num("."),
  fteOp: num("."),
  fteOop: num("."),
});
export const functiemixSpec: TableSpec<z.output<typeof FunctiemixRow>> = {
  columns: {
    sectorCode: req("ONDERWIJSSECTOR"),
    year: req("JAAR"),
    board: req("BEVOEGD_GEZAGNUMMER"),
    name: req("BEVOEGD_GEZAGNAAM"),
    pupils: req("AANTAL_LEERLINGEN"),
    fteTotal: req("OMVANG_FORMATIE_TOTAAL"),
    fteManager: req("OMVANG_FORMATIE_MANAGER"),
    fteOp: req("OMVANG_FORMATIE_OP"),
    fteOop: req("OMVANG_FORMATIE_OOP_OBP"),
  },
  schema: FunctiemixRow,
  key: (r) => `${r.sectorCode}:${r.board}:${r.year}`,
  delimiter: ",",
};

/** Derived: DUO's PO staff registered at board level ("bovenschools"), persons per bestuur 2011-2017. */
export const BovenschoolsRow = z.object({
  year,
  board: boardId,
  type: text,
  persons: num("."),
});
export const bovenschoolsSpec: TableSpec<z.output<typeof BovenschoolsRow>> = {
  columns: {
    year: req("year"),
    board: req("bevoegdgezag"),
    type: req("onderwijstype"),
    persons: req("personen"),
  },
  schema: BovenschoolsRow,
  key: (r) => `${r.board}:${r.year}:${r.type}`,
  delimiter: ",",
};

/** VO pupils per vestiging and bestuur 2024 and 2025 (transcribed): pupils and, apart, pupils placed at a vavo. */
export const VoPupilsVavoRow = z.object({
  board: boardId,
  brin,
  vest: vestigingRaw,
  name: text,
  place: text,
  municipality: text,
  province: text,
  pupils: count(),
  vavo: count(),
});
export const voPupilsVavoSpec: TableSpec<z.output<typeof VoPupilsVavoRow>> = {
  columns: {
    board: req("BEVOEGD GEZAG NUMMER"),
    brin: req("INSTELLINGSCODE", "BRIN NUMMER"),
    vest: req("VESTIGINGSCODE", "VESTIGINGSNUMMER"),
    name: req("INSTELLINGSNAAM VESTIGING"),
    place: req("PLAATSNAAM"),
    municipality: req("GEMEENTENAAM"),
    province: req("PROVINCIE"),
    pupils: req("AANTAL LEERLINGEN"),
    vavo: req("AANTAL VO LEERLINGEN UITBESTEED AAN VAVO"),
  },
  schema: VoPupilsVavoRow,
  key: (r) => `${r.brin}${r.vest}`,
};

/** CBS schoolweging per BRIN vestiging (Tabel 1-3 = 2017-2019); results under 10 pupils are suppressed. */
export const SchoolwegingRow = z.object({
  brin,
  /** `00*`: the star marks a weging on fewer than 40 observations, "mogelijk niet betrouwbaar" (Toelichting). */
  vest: z.string().transform((s, ctx) => {
    const m = /^(\d{1,2})(\*?)$/.exec(s.trim());
    if (!m) {
      ctx.addIssue({ code: "custom", message: `not a vestiging number: "${s}"` });
      return z.NEVER;
    }
    return { number: m[1]!, unreliable: m[2] === "*" };
  }),
  board: boardId,
  weging: num("."),
  pupils: count("."),
});
export const schoolwegingSpec = (sheet: string): TableSpec<z.output<typeof SchoolwegingRow>> => ({
  columns: {
    brin: req("BRIN"),
    vest: req("Vestiging"),
    board: req("Nummer bevoegd gezag"),
    weging: req("Schoolweging"),
    pupils: req("Aantal leerlingen"),
  },
  schema: SchoolwegingRow,
  key: (r) => `${r.brin}${r.vest.number}`,
  sheet,
  headerSearchLines: 10,
  footnotes: true,
});

/** 07 Bevoegde gezagen basisonderwijs (po board list, ≈ spring 2018), municipal boards included. */
export const PoBoardListRow = z.object({
  board: boardId,
  name: text,
  place: optionalText,
  municipality: optionalText,
  denomination: optionalText,
  website: optionalText,
  kvk: optionalText,
  kinds: optionalText,
  /** Visiting address, for "Leer van" (contacts.ts). */
  street: optionalText,
  houseNumber: optionalText,
  postcode: optionalText,
});
export const poBoardListSpec: TableSpec<z.output<typeof PoBoardListRow>> = {
  columns: {
    board: req("BEVOEGD GEZAG NUMMER"),
    name: req("BEVOEGD GEZAG NAAM"),
    place: req("PLAATSNAAM"),
    municipality: req("GEMEENTENAAM"),
    denomination: opt("DENOMINATIE"),
    website: opt("INTERNETADRES"),
    kvk: opt("KVK-NUMMER"),
    kinds: opt("SOORT PRIMAIR ONDERWIJS"),
    street: opt("STRAATNAAM"),
    houseNumber: opt("HUISNUMMER-TOEVOEGING"),
    postcode: opt("POSTCODE"),
  },
  schema: PoBoardListRow,
  key: (r) => r.board,
};

/** 10 Besturen samenwerkingsverbanden passend onderwijs po en vo (≈ 2018): the SWV's own board number and code. */
export const SwvBoardRow = z.object({
  board: boardId,
  code: swvCode,
  name: text,
  address: optionalText,
  postcode: optionalText,
  place: optionalText,
  website: optionalText,
});
export const swvBoardSpec: TableSpec<z.output<typeof SwvBoardRow>> = {
  columns: {
    board: req("ADMINISTRATIENUMMER"),
    code: req("SWV"),
    name: req("NAAM"),
    address: opt("ADRES"),
    postcode: opt("POSTCODE"),
    place: opt("PLAATSNAAM"),
    website: opt("INTERNET"),
  },
  schema: SwvBoardRow,
  key: (r) => r.code,
};

/** 09 Instellingen per samenwerkingsverband passend onderwijs po (≈ 2018): vestiging → PO-SWV, with its board. */
export const SwvMemberRow = z.object({
  code: swvCode,
  vest: vestigingRaw,
  name: text,
  place: optionalText,
  brin,
  board: boardId,
});
export const swvMemberSpec: TableSpec<z.output<typeof SwvMemberRow>> = {
  columns: {
    code: req("ADMINISTRATIENUMMER"),
    vest: req("VESTIGINGSNUMMER"),
    name: req("VESTIGINGSNAAM"),
    place: opt("PLAATSNAAM VESTIGING"),
    brin: req("BRIN NUMMER"),
    board: req("BEVOEGD GEZAG SCHOOL"),
  },
  schema: SwvMemberRow,
  key: (r) => r.vest,
};

/** 01 Groei leerlingen so en vso: so/vso pupils per SWV × (v)so school on 1-10-2013 (first TOTAAL column). */
export const SoVsoRow = z.object({ code: swvCode, brin, total: count(".") });
export const soVsoSpec = (sheet: RegExp): TableSpec<z.output<typeof SoVsoRow>> => ({
  columns: {
    code: req("SAMENWERKINGSVERBAND"),
    brin: req("BRIN NUMMER (V)SO"),
    // Four TOTAAL columns under a second header row (stand 1-10-2013, instroom, uitstroom, saldo): the first.
    total: { ...req("TOTAAL"), occurrence: 1 },
  },
  schema: SoVsoRow,
  key: (r) => `${r.code}:${r.brin}`,
  sheet,
});

/** 14 Sluitende en fuserende scholen in het primair onderwijs 2009-2017: one row per closed BRIN. */
export const ClosureRow = z.object({
  kind: text,
  schoolYear: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().regex(/^schooljaar \d{4}\/\d{4}$/, "not a school year like 'schooljaar 2009/2010'")),
  brin,
  name: text,
  place: optionalText,
  how: text,
  pupils: count("."),
  intoBrin: optionalBrin,
  date: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().regex(/^\d{8}$/, "not a date yyyymmdd")),
});
export const closureSpec: TableSpec<z.output<typeof ClosureRow>> = {
  columns: {
    kind: req("soort_primair_onderwijs"),
    schoolYear: req("schooljaar_opheffing"),
    brin: req("brinnummer"),
    name: req("naam_school"),
    place: opt("plaats_school"),
    how: req("soort_opheffing"),
    pupils: req("aantal_leerlingen_voor_opheffing"),
    intoBrin: opt("brinnummer_na_fusie"),
    date: req("opheffingsdatum"),
  },
  schema: ClosureRow,
  key: (r) => r.brin,
};

const oordeelDate = z
  .string()
  .optional()
  .transform((s) => {
    const t = (s ?? "").trim();
    return /^\d{8}$/.test(t) ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}` : undefined;
  });

/** Inspectie oordelen per bestuur, peildatum 1-4-2018. */
export const BoardJudgementRow = z.object({
  date: text,
  board: boardId,
  name: text,
  finBeheer: optionalText,
  finContinuiteit: optionalText,
  finDate: oordeelDate,
  kwaliteitszorg: optionalText,
  kwDate: oordeelDate,
});
export const boardJudgementSpec: TableSpec<z.output<typeof BoardJudgementRow>> = {
  columns: {
    date: req("Peildatum"),
    board: req("Bestuursnummer"),
    name: req("Bestuursnaam"),
    finBeheer: req("OordeelFinBeheer"),
    finContinuiteit: req("OordeelFinContinuiteit"),
    finDate: req("VaststellingsdatumFinancieel"),
    kwaliteitszorg: req("OordeelKwaliteitszorgAmbitie"),
    kwDate: req("VaststellingsdatumKwAmb"),
  },
  schema: BoardJudgementRow,
  key: (r) => r.board,
};

/** Inspectie eindoordelen per po vestiging, vo afdeling and so school, peildatum 1-4-2018. */
export const SchoolJudgementRow = z.object({
  date: text,
  sector: z.enum(["PO", "VO", "SO"]),
  unit: text,
  unitName: optionalText,
  judgement: optionalText,
  judgedOn: oordeelDate,
  board: boardId,
  brin,
  vest: vestigingRaw,
  name: optionalText,
});
export const schoolJudgementSpec: TableSpec<z.output<typeof SchoolJudgementRow>> = {
  columns: {
    date: req("Peildatum"),
    sector: req("Sector"),
    unit: req("OVT"),
    unitName: req("OVTNaam"),
    judgement: req("EindoordeelKwaliteit"),
    judgedOn: req("VaststellingsdatumEindoordeelKwaliteit"),
    board: req("Bestuursnummer"),
    brin: req("BRIN"),
    vest: req("Vestiging"),
    name: req("Vestigingsnaam"),
  },
  schema: SchoolJudgementRow,
  key: (r) => r.unit,
};

// Table specs for DUO's finance series of the second staging: kengetallen, balans and staat van baten en lasten
// 2012-2016 (xlsx), balans 2015-2019 (xlsx) and lasten 2014-2018 (CSV from DUO's datastore). All sectors; plain
// numbers (whole euros, ratios as fractions); an empty cell means "not reported", never 0.
import { z } from "zod";
import { boardId, num, optionalText, text } from "./fields.ts";
import type { TableSpec } from "./table.ts";

const req = (...headers: string[]) => ({ headers });
const financeYear = z
  .string()
  .transform((s) => Number(s.trim()))
  .pipe(z.number().int().min(2000).max(2100));
const key = {
  board: req("Bevoegd Gezag", "Bevoegd_Gezag"),
  sector: req("Sector"),
  group: req("Groepering"),
  name: req("Naam"),
  year: req("Jaar"),
};
const keyShape = { board: boardId, sector: text, group: text, name: optionalText, year: financeYear };
const plain = num(".");
const byBoardYear = (r: { board: string; year: number }) => `${r.board}:${r.year}`;

/** 16 Financiële kengetallen per bestuur 2012-2016: DUO's own ratios (fractions). */
export const KengetallenRow = z.object({
  ...keyShape,
  solv1: plain,
  solv2: plain,
  rentabiliteit: plain,
  liquiditeit: plain,
  weerstandsvermogen: plain,
  personeelRijks: plain,
  personeelLasten: plain,
  huisvestingsratio: plain,
  kapitalisatiefactor: plain,
});
export const kengetallenSpec: TableSpec<z.output<typeof KengetallenRow>> = {
  columns: {
    ...key,
    solv1: req("Solvabiliteit I"),
    solv2: req("Solvabiliteit II"),
    rentabiliteit: req("Rentabiliteit"),
    liquiditeit: req("Liquiditeit (current ratio)"),
    weerstandsvermogen: req("Weerstandsvermogen"),
    personeelRijks: req("Personeelslasten / rijksbijdragen"),
    personeelLasten: req("Personeelslasten / totaal lasten plus financiële lasten"),
    huisvestingsratio: req("Huisvestingsratio"),
    kapitalisatiefactor: req("Kapitalisatiefactor"),
  },
  schema: KengetallenRow,
  key: byBoardYear,
};

/** 01 Balans, 2012-2016 and 2015-2019 editions (same columns; the later file spells `Bevoegd_Gezag`). */
export const BalansRow = z.object({
  ...keyShape,
  equity: plain,
  provisions: plain,
  longDebt: plain,
  shortDebt: plain,
  currentAssets: plain,
  totalAssets: plain,
  totalLiabilities: plain,
});
export const balansSpec: TableSpec<z.output<typeof BalansRow>> = {
  columns: {
    ...key,
    equity: req("Eigen vermogen", "Eigen_vermogen"),
    provisions: req("Voorzieningen"),
    longDebt: req("Langlopende schulden"),
    shortDebt: req("Kortlopende schulden"),
    currentAssets: req("Totaal van vlottende activa"),
    totalAssets: req("Totaal van activa"),
    totalLiabilities: req("Totaal van passiva"),
  },
  schema: BalansRow,
  key: byBoardYear,
};

/** 02 Staat van baten en lasten 2012-2016. */
export const BatenLastenRow = z.object({
  ...keyShape,
  govFunding: plain,
  totalIncome: plain,
  staffCosts: plain,
  depreciation: plain,
  housingCosts: plain,
  otherCosts: plain,
  totalCosts: plain,
  result: plain,
});
export const batenLastenSpec: TableSpec<z.output<typeof BatenLastenRow>> = {
  columns: {
    ...key,
    govFunding: req("Rijksbijdragen"),
    totalIncome: req("Totaal baten"),
    staffCosts: req("Personeelslasten"),
    depreciation: req("Afschrijvingen"),
    housingCosts: req("Huisvestingslasten"),
    otherCosts: req("Overige Lasten"),
    totalCosts: req("Totaal lasten"),
    result: req("Totaal resultaat"),
  },
  schema: BatenLastenRow,
  key: byBoardYear,
};

/** Lasten 2014-2018 (DUO datastore export, comma-separated, board number as an integer). */
export const LastenRow = z.object({
  ...keyShape,
  staffCosts: plain,
  depreciation: plain,
  housingCosts: plain,
  otherCosts: plain,
  transfers: plain,
});
export const lastenSpec: TableSpec<z.output<typeof LastenRow>> = {
  columns: {
    ...key,
    staffCosts: req("Personeelslasten"),
    depreciation: req("Afschrijvingen"),
    housingCosts: req("Huisvestingslasten"),
    otherCosts: req("Overige lasten"),
    transfers: req("Doorbetalingen aan schoolbesturen"),
  },
  schema: LastenRow,
  key: byBoardYear,
  delimiter: ",",
};

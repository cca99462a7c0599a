// Sentences on /over/ and /data/ that name years of the source files: the years come from the source manifest,
// the files from the code that reads them (FINANCE_SOURCE, OORDELEN_SOURCE) and the registry.
import { AGREE_RELATIVE, FINANCE_SOURCE } from "../data/finance.ts";
import { OORDELEN_SOURCE } from "../data/oordelen.ts";
import { indicator } from "../data/registry.ts";
import { andWords, formatPercent } from "../format.ts";
import type { SourceLookup } from "./sourceView.ts";

/** The last year of the newest of these files. */
const lastOf = (src: SourceLookup, ids: readonly string[]): number =>
  Math.max(...ids.map((id) => src.years(id).last));

/** The spans of these files, once each: "2011-2015" (or "2011-2015 en 2012-2016" when they differ). */
const spans = (src: SourceLookup, ids: readonly string[]): string => {
  const all = [...new Set(ids.map((id) => src.span(id)))];
  return andWords(all);
};

/**
 * /over/: how old the open files are: "financiën tot 2019, personeel in fte tot 2017, oordelen van de inspectie
 * van 1 april 2018".
 */
export function oldFilesText(src: SourceLookup): string {
  const finance = lastOf(src, Object.values(FINANCE_SOURCE));
  const fte = lastOf(src, indicator("fte-totaal").sources);
  return `financiën tot ${finance}, personeel in fte tot ${fte}, oordelen van de inspectie van ${src.when(OORDELEN_SOURCE.schools)}`;
}

/**
 * /data/: the finance source rule in words, with each file's years: "eerst DUO's eigen kengetallen (2012-2016),
 * dan het nieuwste bestand (balans 2015-2019, lasten 2014-2018), dan de oudere po-bestanden (2011-2015)".
 */
export function financeRuleText(src: SourceLookup): string {
  const S = FINANCE_SOURCE;
  return `eerst ${src.publisher(S.kengetallen)}'s eigen kengetallen (${src.span(S.kengetallen)}), dan het nieuwste bestand (balans ${src.span(S.balans2015)}, lasten ${src.span(S.lasten2014)}), dan de oudere po-bestanden (${spans(src, [S.poBalans, S.poBatenLasten])})`;
}

/** /data/: the difference at which two files disagree, as the finance rule checks it ("0,5%"). */
export const disagreeThreshold = (): string => formatPercent(AGREE_RELATIVE * 100, 1);

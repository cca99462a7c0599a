// Forgiving name search over the names index (/zoekindex.json, built by schoolSearch.ts): exact codes (vestiging,
// BRIN, board number) and a trigram matcher for misspelt school, board and place names. Pure and small: the same
// code runs in the browser (search page fallback, suggestions while typing) and in unit tests.
import type { NamesIndex } from "./schoolSearch.ts";

/** One thing a name can lead to: a board page or a school's row on its board page. */
export interface NameEntry {
  kind: "bestuur" | "school";
  /** What the user sees: "De Regenboog" / "Stichting Iris". */
  name: string;
  /** The second line: "basisschool in Wilsum, Kampen — bestuur Stichting Iris" / "bestuur in Kampen". */
  detail: string;
  url: string;
  /** An active board or a current school of an active board. */
  active: boolean;
  /** Normalised words of name and place. */
  words: string[];
}

export interface Hit {
  entry: NameEntry;
  score: number;
}

/** Lower case, accents and punctuation off: "Sint-Jozefschool 's-Hertogenbosch" → "sint jozefschool s hertogenbosch". */
export const normalize = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** The trigrams of a word padded with one space each side (" de", "de "). */
export function trigrams(word: string): string[] {
  const p = ` ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3));
  return [...out];
}

/** Dice similarity of two trigram lists (0-1). */
function dice(a: readonly string[], b: ReadonlySet<string>, bSize: number): number {
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return (2 * common) / (a.length + bSize);
}

// Words that say little about which school or board is meant; they do not count against a match.
const FILLER = new Set(
  "de het een en van voor in op te der den s basisschool school stichting vereniging obs cbs pcbs rkbs rk pc openbare openbaar christelijke katholieke bestuur onderwijs".split(
    " ",
  ),
);

/** Entries of the names index: every board and every current school. */
export function entriesOf(ix: NamesIndex): NameEntry[] {
  const out: NameEntry[] = ix.b.map(([id, name, p, active]) => ({
    kind: "bestuur",
    name,
    detail: `schoolbestuur ${id}${ix.p[p] ? ` in ${ix.p[p]}` : ""}${active ? "" : ", niet meer actief"}`,
    url: `/besturen/${id}/`,
    active: active === 1,
    words: normalize(`${name} ${ix.p[p] ?? ""}`)
      .split(" ")
      .filter(Boolean),
  }));
  for (const [name, p, bi, code, k] of ix.s) {
    const [id, boardName, , active] = ix.b[bi]!;
    out.push({
      kind: "school",
      name,
      detail: `${ix.k[k]}${ix.p[p] ? ` in ${ix.p[p]}` : ""} — bestuur ${boardName}`,
      url: `/besturen/${id}/#vestiging-${code}`,
      active: active === 1,
      words: normalize(`${name} ${ix.p[p] ?? ""}`)
        .split(" ")
        .filter(Boolean),
    });
  }
  return out;
}

/** What an exact code finds: the board, and the school for a vestiging code. */
export interface CodeHit {
  board: { id: string; name: string; active: boolean };
  school?: { code: string; name: string };
  url: string;
}

/** A query that is a vestiging code (05US00), a BRIN (05US) or a board number (41125); else undefined. */
export function codeOf(q: string): { kind: "vestiging" | "brin" | "bestuur"; code: string } | undefined {
  const t = q.replace(/\s+/g, "").toUpperCase();
  if (/^\d{2}[A-Z]{2}\d{2}$/.test(t)) return { kind: "vestiging", code: t };
  if (/^\d{2}[A-Z]{2}$/.test(t)) return { kind: "brin", code: t };
  if (/^\d{5}$/.test(t)) return { kind: "bestuur", code: t };
  return undefined;
}

/** The matcher over one names index. */
export class NameMatcher {
  readonly entries: NameEntry[];
  private readonly ix: NamesIndex;
  private readonly vocab: string[] = [];
  private readonly vocabSet = new Set<string>();
  private readonly grams: Set<string>[] = [];
  private readonly byGram = new Map<string, number[]>();
  private readonly entryWords: number[][] = [];

  constructor(ix: NamesIndex) {
    this.ix = ix;
    this.entries = entriesOf(ix);
    const id = new Map<string, number>();
    for (const e of this.entries)
      this.entryWords.push(
        e.words.map((w) => {
          let i = id.get(w);
          if (i === undefined) {
            id.set(w, (i = this.vocab.length));
            this.vocab.push(w);
            this.vocabSet.add(w);
            const g = trigrams(w);
            this.grams.push(new Set(g));
            for (const t of g) {
              let l = this.byGram.get(t);
              if (!l) this.byGram.set(t, (l = []));
              l.push(i);
            }
          }
          return i;
        }),
      );
  }

  /** Similarity of a query word to every vocabulary word it shares a trigram or a prefix with. */
  private wordScores(q: string, prefix: boolean): Map<number, number> {
    const out = new Map<number, number>();
    const g = trigrams(q);
    const seen = new Set<number>();
    for (const t of g) for (const i of this.byGram.get(t) ?? []) seen.add(i);
    for (const i of seen) {
      const w = this.vocab[i]!;
      let s = w === q ? 1 : dice(g, this.grams[i]!, this.grams[i]!.size);
      if (prefix && w !== q && w.startsWith(q)) s = Math.max(s, 0.7 + (0.25 * q.length) / w.length);
      out.set(i, s);
    }
    return out;
  }

  /**
   * The best entries for a query: per query word its best-matching word in the entry (trigram similarity; with
   * `prefix`, the last word may be the start of a word, as while typing), averaged; active before inactive.
   */
  search(query: string, limit = 10, { prefix = false, min = 0.5 } = {}): Hit[] {
    const qs = normalize(query).split(" ").filter(Boolean);
    if (!qs.length) return [];
    const scores = qs.map((q, i) => this.wordScores(q, prefix && i === qs.length - 1));
    const hits: Hit[] = [];
    for (let e = 0; e < this.entries.length; e++) {
      const words = this.entryWords[e]!;
      let sum = 0;
      for (const s of scores) {
        let best = 0;
        for (const w of words) best = Math.max(best, s.get(w) ?? 0);
        sum += best;
      }
      let score = sum / qs.length;
      if (score < min) continue;
      // Words of the entry the query does not mention cost a little, so "Regenboog Kampen" beats a longer name.
      const unmatched = words.filter(
        (w) => !FILLER.has(this.vocab[w]!) && !scores.some((s) => (s.get(w) ?? 0) >= 0.5),
      ).length;
      score -= 0.02 * unmatched;
      hits.push({ entry: this.entries[e]!, score });
    }
    return hits
      .sort(
        (a, b) =>
          b.score - a.score ||
          Number(b.entry.active) - Number(a.entry.active) ||
          (a.entry.kind === b.entry.kind ? 0 : a.entry.kind === "school" ? -1 : 1) ||
          a.entry.name.localeCompare(b.entry.name, "nl"),
      )
      .slice(0, limit);
  }

  /** Query words that are no word of any name but close to one (a likely typo), with the closest word. */
  typos(query: string): { word: string; closest: string }[] {
    const out: { word: string; closest: string }[] = [];
    for (const q of normalize(query)
      .split(" ")
      .filter((w) => w.length > 2)) {
      if (this.vocabSet.has(q)) continue;
      let best: [number, number] | undefined;
      for (const [i, sc] of this.wordScores(q, false)) if (!best || sc > best[1]) best = [i, sc];
      if (best && best[1] >= 0.55) out.push({ word: q, closest: this.vocab[best[0]]! });
    }
    return out;
  }

  /** Exact codes: a vestiging code or BRIN finds its school's board (an active one first), a number its board. */
  code(q: string): CodeHit[] {
    const c = codeOf(q);
    if (!c) return [];
    const boardAt = (bi: number) => {
      const [id, name, , active] = this.ix.b[bi]!;
      return { id, name, active: active === 1 };
    };
    if (c.kind === "bestuur") {
      const bi = this.ix.b.findIndex((b) => b[0] === c.code);
      return bi < 0 ? [] : [{ board: boardAt(bi), url: `/besturen/${c.code}/` }];
    }
    const out: CodeHit[] = [];
    const seen = new Set<string>();
    const match = (code: string) => (c.kind === "vestiging" ? code === c.code : code.startsWith(c.code));
    for (const [name, , bi, code] of this.ix.s)
      if (match(code) && !seen.has(`${bi}`)) {
        seen.add(`${bi}`);
        const board = boardAt(bi);
        out.push({ board, school: { code, name }, url: `/besturen/${board.id}/#vestiging-${code}` });
      }
    const rest = this.ix.x ? this.ix.x.split(" ") : [];
    for (let i = 0; i + 1 < rest.length; i += 2) {
      const code = rest[i]!;
      const bi = Number(rest[i + 1]);
      if (match(code) && !seen.has(`${bi}`)) {
        seen.add(`${bi}`);
        const board = boardAt(bi);
        out.push({ board, school: { code, name: code }, url: `/besturen/${board.id}/#vestiging-${code}` });
      }
    }
    return out.sort((a, b) => Number(b.board.active) - Number(a.board.active));
  }
}

// In the browser: the names index (/zoekindex.json) loaded once, on first need, and its matcher.
import { NameMatcher } from "./fuzzy.ts";
import type { NamesIndex } from "./schoolSearch.ts";

let pending: Promise<NameMatcher> | undefined;
/** The matcher over the site's names index; the file is fetched once per page. */
export function loadMatcher(): Promise<NameMatcher> {
  pending ??= fetch("/zoekindex.json")
    .then((r) => {
      if (!r.ok) throw new Error(`zoekindex.json: HTTP ${r.status}`);
      return r.json() as Promise<NamesIndex>;
    })
    .then((ix) => new NameMatcher(ix));
  return pending;
}

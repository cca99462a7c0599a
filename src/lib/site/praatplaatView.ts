// What the praatplaat lists under "Bronnen": every source file the shown figures came from, once, in the order
// of first use, with its publisher and period. Pure.
import type { FieldView } from "./boardView.ts";

export interface SourceLike {
  publisher: string;
  title: string;
  period: string;
}

/** The sources of every view with a figure, each once: "DUO, Alle schoolvestigingen basisonderwijs (stand 2025)". */
export function praatplaatSources(
  fields: FieldView[],
  sourceById: (id: string) => SourceLike | undefined,
): string[] {
  const ids: string[] = [];
  for (const f of fields)
    for (const v of f.views) {
      if (v.latest?.value === undefined) continue;
      // The file of the figure shown (its latest point); the view's sources when the point names none.
      const own = v.latest.source ? [v.latest.source] : v.usedSources;
      for (const id of own) if (!ids.includes(id)) ids.push(id);
    }
  return ids.flatMap((id) => {
    const s = sourceById(id);
    return s ? [`${s.publisher}, ${s.title} (${s.period})`] : [];
  });
}

// Build-time access to the content collections: cases, tips per theme and indicator, the reflection questions.
import { getCollection, type CollectionEntry } from "astro:content";
import { THEMES, type Theme } from "../content/themes.ts";

export type Case = CollectionEntry<"cases">;
export interface Tip {
  text: string;
  anchor: string;
  caseSlug: string;
  caseTitle: string;
  organisation: string;
  themes: Theme[];
}

let casesP: Promise<Case[]> | undefined;
/** All cases, ordered by the chapter of the handreiking they come from. */
export const getCases = (): Promise<Case[]> =>
  (casesP ??= getCollection("cases").then((c) =>
    c.sort((a, b) => a.data.source.chapter.localeCompare(b.data.source.chapter, "nl", { numeric: true })),
  ));

let tipsP: Promise<Tip[]> | undefined;
/** Every tip of every case, with a stable anchor on /tips/ (made once per build worker; do not mutate). */
export const getTips = (): Promise<Tip[]> =>
  (tipsP ??= getCases().then((cases) =>
    cases.flatMap((c) =>
      c.data.tips.map((text, i) => ({
        text,
        anchor: `tip-${c.id}-${i + 1}`,
        caseSlug: c.id,
        caseTitle: c.data.title,
        organisation: c.data.organisation,
        themes: c.data.themes as Theme[],
      })),
    ),
  ));

/** The cases that concern an indicator (by the case's `indicators` list). */
export async function casesForIndicator(id: string): Promise<Case[]> {
  return (await getCases()).filter((c) => c.data.indicators.includes(id));
}

let questionsP: Promise<string[]> | undefined;
/**
 * The five reflection questions of the handreiking (from content/doelmatigheid/reflectievragen.mdx), read once
 * per build worker: every board page and praatplaat asks.
 */
export const reflectionQuestions = (): Promise<string[]> =>
  (questionsP ??= getCollection("doelmatigheid").then((pages) => {
    const page = pages.find((p) => p.id === "reflectievragen");
    if (!page?.data.questions)
      throw new Error("content/doelmatigheid/reflectievragen.mdx must list the five questions");
    return page.data.questions;
  }));

export const themeLabel = (t: string): string => THEMES[t as Theme] ?? t;

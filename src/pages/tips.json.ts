import type { APIRoute } from "astro";
import { getTips, themeLabel } from "../lib/site/cases.ts";

/** Every tip as JSON: read by the Pagefind step to index each tip as its own search result. */
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify((await getTips()).map((t) => ({ ...t, themeLabels: t.themes.map(themeLabel) }))),
    {
      headers: { "Content-Type": "application/json" },
    },
  );

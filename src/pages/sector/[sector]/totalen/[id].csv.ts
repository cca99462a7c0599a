// The CSV of exactly one national chart's data, with definition, breaks, sources and citation on every row.
import type { APIRoute } from "astro";
import type { Sector } from "../../../../lib/data/registry.ts";
import { nationalCsv, nationalViews } from "../../../../lib/site/nationalView.ts";

export function getStaticPaths() {
  return (["po", "vo"] as const).flatMap((sector) =>
    nationalViews(sector).map((v) => ({ params: { sector, id: v.series.spec.id } })),
  );
}

export const GET: APIRoute = ({ params }) => {
  const view = nationalViews(params.sector as Sector).find((v) => v.series.spec.id === params.id)!;
  return new Response(nationalCsv(view), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};

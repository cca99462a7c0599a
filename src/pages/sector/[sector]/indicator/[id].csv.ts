// Download per indicator: the sector figures of one indicator per year (besides the bulk file on /data/).
import type { APIRoute } from "astro";
import { INDICATORS, indicator, type Sector } from "../../../../lib/data/registry.ts";
import { sectorIndicatorView } from "../../../../lib/site/sectorView.ts";
import { sectorIndicatorCsv } from "../../../../lib/site/nationalView.ts";

export function getStaticPaths() {
  return (["po", "vo"] as const).flatMap((sector) =>
    INDICATORS.filter((d) => d.level === "board" && d.sectors.includes(sector))
      .filter((d) => sectorIndicatorView(d, sector).stats.length > 0)
      .map((d) => ({ params: { sector, id: d.id } })),
  );
}

export const GET: APIRoute = ({ params }) => {
  const sector = params.sector as Sector;
  const def = indicator(params.id!);
  const csv = sectorIndicatorCsv(def, sector, sectorIndicatorView(def, sector).stats);
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};

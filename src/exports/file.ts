// Dev only: serves one export file (`/papers/<id>/cite.bib` …) on request, from the same makers as the build.
import type { APIRoute, GetStaticPaths } from "astro";
import { type ExportUnit, exportUnits } from "../data/exports.ts";
import { contentType } from "../lib/exports/bundle.ts";

export const getStaticPaths = (({ routePattern }) => {
  const section = routePattern.split("/")[1];
  return exportUnits.filter((u) => u.section === section).map((unit) => ({ params: { id: unit.id }, props: { unit } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, url }) => {
  const { unit } = props as { unit: ExportUnit };
  const name = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
  const file = (await unit.make()).find((f) => f.path.endsWith(`/${name}`));
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(file.body, { headers: { "content-type": contentType(file.path) } });
};

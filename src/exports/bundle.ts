// Build only: `/_exports/<n>.ndjson` holds the export files of a run of entries, unpacked into the
// output folder by the exports integration at astro:build:done.
import type { APIRoute, GetStaticPaths } from "astro";
import { type ExportUnit, exportUnits } from "../data/exports.ts";
import { chunk, encodeBundle } from "../lib/exports/bundle.ts";

/** Entries per bundle: large enough to spread Astro's per-route cost, small enough to keep each string short. */
const BUNDLE_SIZE = 250;

export const getStaticPaths = (() =>
  chunk(exportUnits, BUNDLE_SIZE).map((units, i) => ({
    params: { bundle: String(i).padStart(5, "0") },
    props: { units },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { units } = props as { units: ExportUnit[] };
  const files = await Promise.all(units.map((u) => u.make()));
  return new Response(encodeBundle(files.flat()), { headers: { "content-type": "application/x-ndjson" } });
};

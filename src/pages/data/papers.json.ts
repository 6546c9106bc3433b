// The whole directory's papers as JSON: each record as the `papers` collection's schema describes it
// (src/lib/directory/schema.ts), with its id and absolute URL; cross-links are ids.
import type { APIRoute } from "astro";
import { newestPapers } from "../../data/directory.ts";
import { absoluteUrl, paperUrl } from "../../data/urls.ts";

export const GET: APIRoute = () => {
  const papers = newestPapers.map(({ id, data }) => ({ id, url: absoluteUrl(paperUrl(id)), ...data }));
  return new Response(JSON.stringify({ generated: "paperdir", count: papers.length, papers }, null, 1), {
    headers: { "content-type": "application/json" },
  });
};

// The whole directory's papers as JSON: each record as the `papers` collection's schema describes it
// (src/lib/directory/schema.ts), with its id and absolute URL; cross-links are ids.
import type { APIRoute } from "astro";
import { newestPapers } from "../../data/directory.ts";
import { absoluteUrl, paperUrl } from "../../data/urls.ts";

export const GET: APIRoute = () => {
  const papers = newestPapers.map(({ id, data }) => ({
    id,
    url: absoluteUrl(paperUrl(id)),
    ...data,
    authors: data.authors.map((a) => ({ id: a.id.id, name: a.name })),
    hiddenAuthors: data.hiddenAuthors.map((a) => ({ id: a.id.id, name: a.name })),
    related: data.related.map((r) => r.id),
  }));
  return new Response(JSON.stringify({ generated: "paperdir", count: papers.length, papers }, null, 1), {
    headers: { "content-type": "application/json" },
  });
};

// One author as JSON: the `authors` record (schema in src/lib/directory/schema.ts) with their papers.
import type { APIRoute, GetStaticPaths } from "astro";
import { authors, lookupPapers } from "../../../data/directory.ts";
import { absoluteUrl, authorUrl, paperUrl } from "../../../data/urls.ts";

export const getStaticPaths = (() => authors.map((a) => ({ params: { slug: a.id }, props: { author: a } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { author } = props as { author: (typeof authors)[number] };
  const papers = lookupPapers(author.data.papers).map((p) => ({
    id: p.id,
    url: absoluteUrl(paperUrl(p.id)),
    title: p.data.titleText,
    date: p.data.date,
    category: p.data.category,
    authors: p.data.authors.map((a) => a.name),
    authorsTruncated: p.data.authorsTruncated,
  }));
  const body = { id: author.id, url: absoluteUrl(authorUrl(author.id)), ...author.data, papers };
  return new Response(JSON.stringify(body, null, 1), { headers: { "content-type": "application/json" } });
};

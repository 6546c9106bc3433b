// Every author as JSON: each record as the `authors` collection's schema describes it, with id and URL.
import type { APIRoute } from "astro";
import { authors } from "../../data/directory.ts";
import { absoluteUrl, authorUrl } from "../../data/urls.ts";

export const GET: APIRoute = () => {
  const list = authors.map(({ id, data }) => ({ id, url: absoluteUrl(authorUrl(id)), ...data }));
  return new Response(JSON.stringify({ generated: "paperdir", count: list.length, authors: list }, null, 1), {
    headers: { "content-type": "application/json" },
  });
};

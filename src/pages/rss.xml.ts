import type { APIRoute } from "astro";
import { newestPapers } from "../data/directory.ts";
import { paperFeedXml } from "../data/feeds.ts";

export const GET: APIRoute = async () =>
  new Response(
    await paperFeedXml({ title: "paperdir: newest papers", description: "The newest papers in the directory.", papers: newestPapers }),
    {
      headers: { "content-type": "application/rss+xml; charset=utf-8" },
    },
  );

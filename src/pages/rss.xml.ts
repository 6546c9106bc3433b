import type { APIRoute } from "astro";
import { newestPapers } from "../data/directory.ts";
import { paperFeed } from "../data/feeds.ts";

export const GET: APIRoute = ({ site }) =>
  paperFeed({ title: "paperdir: newest papers", description: "The newest papers in the directory.", site, papers: newestPapers });

import type { APIRoute } from "astro";
import { absoluteUrl, url } from "../data/urls.ts";

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${url("/pagefind/")}\n\nSitemap: ${absoluteUrl(url("/sitemap-index.xml"))}\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });

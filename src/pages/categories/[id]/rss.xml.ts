import type { APIRoute, GetStaticPaths } from "astro";
import { categories, lookupPapers } from "../../../data/directory.ts";
import { paperFeed } from "../../../data/feeds.ts";

export const getStaticPaths = (() => categories.map((c) => ({ params: { id: c.id }, props: { category: c } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  const { category } = props as { category: (typeof categories)[number] };
  return paperFeed({
    title: `paperdir: ${category.data.name} (${category.id})`,
    description: `The newest papers in ${category.data.name} (${category.id}).`,
    site,
    papers: lookupPapers(category.data.papers),
  });
};

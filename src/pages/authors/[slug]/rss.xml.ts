import type { APIRoute, GetStaticPaths } from "astro";
import { authors, lookupPapers } from "../../../data/directory.ts";
import { paperFeed } from "../../../data/feeds.ts";

export const getStaticPaths = (() => authors.map((a) => ({ params: { slug: a.id }, props: { author: a } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  const { author } = props as { author: (typeof authors)[number] };
  return paperFeed({
    title: `paperdir: ${author.data.name}`,
    description: `The newest papers by ${author.data.name}.`,
    site,
    papers: lookupPapers(author.data.papers),
  });
};

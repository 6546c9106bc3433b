import type { APIRoute, GetStaticPaths } from "astro";
import { citable } from "../../../data/cite.ts";
import { type Paper, papers } from "../../../data/directory.ts";
import { toRis } from "../../../lib/cite/formats.ts";

export const getStaticPaths = (() => papers.map((paper) => ({ params: { slug: paper.id }, props: { paper } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { paper } = props as { paper: Paper };
  return new Response(toRis(citable(paper)), { headers: { "content-type": "application/x-research-info-systems; charset=utf-8" } });
};

import type { APIRoute, GetStaticPaths } from "astro";
import { citable, citeKey } from "../../../data/cite.ts";
import { type Paper, papers } from "../../../data/directory.ts";
import { toBibtex } from "../../../lib/cite/formats.ts";

export const getStaticPaths = (() => papers.map((paper) => ({ params: { slug: paper.id }, props: { paper } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { paper } = props as { paper: Paper };
  return new Response(toBibtex(citable(paper), citeKey(paper)), { headers: { "content-type": "application/x-bibtex; charset=utf-8" } });
};

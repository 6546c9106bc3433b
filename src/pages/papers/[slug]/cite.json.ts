import type { APIRoute, GetStaticPaths } from "astro";
import { toCsl } from "../../../lib/cite/formats.ts";
import { citable, citeKey } from "../../../data/cite.ts";
import { papers, type Paper } from "../../../data/directory.ts";

export const getStaticPaths = (() => papers.map((paper) => ({ params: { slug: paper.id }, props: { paper } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { paper } = props as { paper: Paper };
  return new Response(JSON.stringify([toCsl(citable(paper), citeKey(paper))], null, 2), { headers: { "content-type": "application/vnd.citationstyles.csl+json" } });
};

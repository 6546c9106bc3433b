import type { APIRoute, GetStaticPaths } from "astro";
import { citable, citeKey } from "../../../data/cite.ts";
import { type Paper, papers } from "../../../data/directory.ts";
import { toCsl } from "../../../lib/cite/formats.ts";

export const getStaticPaths = (() => papers.map((paper) => ({ params: { slug: paper.id }, props: { paper } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { paper } = props as { paper: Paper };
  return new Response(JSON.stringify([toCsl(citable(paper), citeKey(paper))], null, 2), {
    headers: { "content-type": "application/vnd.citationstyles.csl+json" },
  });
};

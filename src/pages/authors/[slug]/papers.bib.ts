import type { APIRoute, GetStaticPaths } from "astro";
import { citable, citeKey } from "../../../data/cite.ts";
import { authors, lookupPapers } from "../../../data/directory.ts";
import { toBibtex, toBibtexFile } from "../../../lib/cite/formats.ts";

export const getStaticPaths = (() => authors.map((a) => ({ params: { slug: a.id }, props: { author: a } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { author } = props as { author: (typeof authors)[number] };
  const bib = toBibtexFile(lookupPapers(author.data.papers).map((p) => toBibtex(citable(p), citeKey(p))));
  return new Response(bib, { headers: { "content-type": "application/x-bibtex; charset=utf-8" } });
};

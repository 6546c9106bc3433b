// The papers as CSV for spreadsheets: one row a paper, plain-text title and abstract.
import type { APIRoute } from "astro";
import { abstractText, newestPapers } from "../../data/directory.ts";
import { absoluteUrl, paperUrl } from "../../data/urls.ts";
import { toCsv } from "../../lib/render/csv.ts";

export const GET: APIRoute = () => {
  const rows = newestPapers.map((paper) => {
    const { id, data: p } = paper;
    return [
      id,
      p.titleText,
      [...p.authors.map((a) => a.name), ...(p.authorsTruncated ? ["et al."] : [])].join("; "),
      p.hiddenAuthors.map((a) => a.name).join("; "),
      p.date,
      p.category,
      p.categoryName,
      p.orgs.map((o) => o.name).join("; "),
      p.hasCode,
      p.codeUrl,
      absoluteUrl(paperUrl(id)),
      abstractText(paper),
    ];
  });
  const header = [
    "id",
    "title",
    "authors",
    "hidden_authors",
    "date",
    "category",
    "category_name",
    "orgs",
    "has_code",
    "code_url",
    "url",
    "abstract",
  ];
  return new Response(toCsv(header, rows), { headers: { "content-type": "text/csv; charset=utf-8" } });
};

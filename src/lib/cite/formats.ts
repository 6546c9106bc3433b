// BibTeX, RIS and CSL-JSON for a paper. Written by hand: each is a few lines, and the exact control
// over the key, "and others" and escaping matters more than what a general converter adds.
import { splitName } from "./names.ts";
import type { CitablePaper } from "./types.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const BIB_SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  $: "\\$",
  "@": "{@}",
};

/** Escapes text for a BibTeX field; `$…$` formulas are kept as TeX when their braces balance. */
export function escapeBibtex(text: string): string {
  return text
    .split(/(\$[^$]+\$)/)
    .map((part) => {
      const balanced =
        part.startsWith("$") &&
        part.endsWith("$") &&
        part.length > 1 &&
        [...part].reduce((d, c) => (d < 0 ? d : d + (c === "{" ? 1 : c === "}" ? -1 : 0)), 0) === 0;
      return balanced && !/\\(?:href|url|input|include|write|def|catcode)/.test(part)
        ? part
        : part.replace(/[\\{}&%#_~^$@]/g, (c) => BIB_SPECIAL[c] ?? c);
    })
    .join("");
}

function bibName(name: string): string {
  const n = splitName(name);
  return "literal" in n ? `{${escapeBibtex(n.literal)}}` : `${escapeBibtex(n.family)}, ${escapeBibtex(n.given)}`;
}

/** One BibTeX `@misc` entry (listings give no venue); hidden authors are written `and others`. */
export function toBibtex(paper: CitablePaper, key: string): string {
  const authors = [...paper.authors.map(bibName), ...(paper.truncated ? ["others"] : [])].join(" and ");
  const month = MONTHS[Number(paper.date.slice(5, 7)) - 1] ?? "jan";
  const fields: Array<[string, string]> = [
    ["title", `{${escapeBibtex(paper.title)}}`],
    ["author", authors],
    ["year", paper.date.slice(0, 4)],
    ["month", month],
    ["note", `arXiv category ${escapeBibtex(paper.category)} (${escapeBibtex(paper.categoryName)})`],
    ["url", paper.url],
    ...(paper.codeUrl ? ([["howpublished", `Code: \\url{${paper.codeUrl.replace(/[{}\\%#]/g, "")}}`]] as Array<[string, string]>) : []),
    ["abstract", escapeBibtex(paper.abstract)],
  ];
  const body = fields.map(([k, v]) => (k === "month" ? `  ${k} = ${v}` : `  ${k} = {${v}}`)).join(",\n");
  return `@misc{${key},\n${body}\n}\n`;
}

/** Several entries as one .bib file. */
export function toBibtexFile(entries: string[]): string {
  return entries.join("\n");
}

function risLine(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s+/g, " ").trim()}\n`;
}

/** An RIS record (type GEN): one AU per visible author; a note says when more authors exist. */
export function toRis(paper: CitablePaper): string {
  const [y, m, d] = paper.date.split("-");
  return [
    risLine("TY", "GEN"),
    risLine("TI", paper.title),
    ...paper.authors.map((a) => {
      const n = splitName(a);
      return risLine("AU", "literal" in n ? n.literal : `${n.family}, ${n.given}`);
    }),
    risLine("PY", y ?? ""),
    risLine("DA", `${y}/${m}/${d}/`),
    risLine("AB", paper.abstract),
    risLine("KW", `${paper.category} (${paper.categoryName})`),
    risLine("UR", paper.url),
    ...(paper.truncated ? [risLine("N1", "More authors than those listed (et al.)")] : []),
    risLine("ER", ""),
  ].join("");
}

/** A CSL-JSON item; "et al." has no place in CSL, so only the known authors are listed. */
export function toCsl(paper: CitablePaper, key: string): Record<string, unknown> {
  const [y, m, d] = paper.date.split("-").map(Number);
  return {
    id: key,
    type: "article",
    "citation-key": key,
    title: paper.title,
    author: paper.authors.map(splitName),
    issued: { "date-parts": [[y, m, d]] },
    abstract: paper.abstract,
    genre: "Preprint",
    keyword: `${paper.category}, ${paper.categoryName}`,
    URL: paper.url,
    ...(paper.truncated ? { note: "More authors than those listed (et al.)" } : {}),
  };
}

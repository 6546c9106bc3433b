import { resolveCategory } from "./categories.ts";
import { scoreName } from "./names.ts";
import { type ProblemLog, quote } from "./problems.ts";
import type { Line } from "./text.ts";

/** The person a listing belongs to, with the metrics a profile page shows (null where not given). */
export interface ListingOwner {
  name: string;
  /** The profile's main category as an arXiv id ("cs.LG"), or the code as written when unknown. */
  category: string | null;
  hIndex: number | null;
  papers: number | null;
  citations: number | null;
  /** The "Novelty" percentage, as a number (51 for "51%"). */
  novelty: number | null;
  aiScore: number | null;
}

type Metric = "hIndex" | "papers" | "citations" | "novelty" | "aiScore";
const NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?)\s*([kKmM]?)`;
const METRICS: Array<[Metric, RegExp]> = [
  ["hIndex", new RegExp(`^h-?index\\s*:?\\s*${NUMBER}$`, "i")],
  ["papers", new RegExp(`^${NUMBER}\\s*papers?$`)],
  ["citations", new RegExp(`^${NUMBER}\\s*citations?$`, "i")],
  ["novelty", new RegExp(`^novelty\\s*:?\\s*${NUMBER}\\s*%?$`, "i")],
  ["aiScore", new RegExp(`^ai\\s*score\\s*:?\\s*${NUMBER}$`, "i")],
];
// The heading above the paper list ("5 Papers"), as distinct from the "5papers" metric.
const LIST_HEADING = /^(\d[\d,]*) Papers?$/;

function toNumber(digits: string, scale: string): number {
  const n = Number(digits.replace(/,/g, ""));
  const factor = { k: 1e3, m: 1e6 }[scale.toLowerCase()] ?? 1;
  return Math.round(n * factor * 100) / 100;
}

/**
 * Reads a profile header (the lines above the first paper): the owner's name, main category and metrics.
 * Returns undefined when the lines do not look like a profile header; lines it cannot place are reported.
 * @example readProfileHeader(["Zhehang Du", "LG", "h-index45", "5papers", "341citations", "Novelty51%", "AI Score54", "5 Papers"])
 * // { owner: { name: "Zhehang Du", category: "cs.LG", hIndex: 45, papers: 5, … }, listed: 5 }
 */
export function readProfileHeader(lines: Line[], log: ProblemLog): { owner: ListingOwner; listed?: number } | undefined {
  const [first, ...rest] = lines;
  if (!first || first.text.length > 80 || scoreName(first.text) === Number.NEGATIVE_INFINITY) return undefined;
  const owner: ListingOwner = {
    name: first.text,
    category: null,
    hIndex: null,
    papers: null,
    citations: null,
    novelty: null,
    aiScore: null,
  };
  let listed: number | undefined;
  const unknown: Line[] = [];
  for (const line of rest) {
    const heading = LIST_HEADING.exec(line.text);
    const metric = METRICS.find(([, re]) => re.test(line.text));
    if (heading) {
      listed = Number((heading[1] ?? "").replace(/,/g, ""));
    } else if (metric) {
      const m = metric[1].exec(line.text);
      owner[metric[0]] = toNumber(m?.[1] ?? "0", m?.[2] ?? "");
    } else if (owner.category === null && /^[A-Za-z][A-Za-z.-]{0,15}$/.test(line.text)) {
      owner.category = resolveCategory(line.text)?.id ?? line.text;
      if (!resolveCategory(line.text)) {
        log.warn(
          line.number,
          1,
          `unknown category code ${quote(line.text)} in the profile header`,
          "use an arXiv subject class such as LG, CL or math.OC",
        );
      }
    } else {
      unknown.push(line);
    }
  }
  const recognised = rest.length - unknown.length;
  if (rest.length > 0 && recognised === 0) return undefined;
  for (const line of unknown) {
    log.warn(
      line.number,
      1,
      `unrecognised line in the profile header: ${quote(line.text)}`,
      "profile headers hold the name, the main category and metrics like h-index45, 341citations",
    );
  }
  return listed === undefined ? { owner } : { owner, listed };
}

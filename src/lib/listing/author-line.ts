import { scoreName } from "./names.ts";
import { squeeze } from "./text.ts";

/** The end of a title/author line: the names as one string, "et al." and the organisation slugs. */
export interface AuthorTail {
  /** The line without " et al." and " · orgs": the title (when glued) and the names. */
  rest: string;
  truncated: boolean;
  orgs: string[];
}

const MAX_AUTHOR_LINE = 600;
const ORG = /^[\p{L}\p{N}][\p{L}\p{N}._&'+ -]{0,79}$/u;
const ET_AL = /,? +et\.? +al\.?$/i;

/**
 * Takes " · orgs" and " et al." off the end of a line that ends with an author list.
 * @example splitAuthorTail("TRAKSung Min Park, Kristian Georgiev et al. · mit")
 * // { rest: "TRAKSung Min Park, Kristian Georgiev", truncated: true, orgs: ["mit"] }
 */
export function splitAuthorTail(line: string): AuthorTail {
  let rest = squeeze(line);
  let orgs: string[] = [];
  const dot = rest.lastIndexOf("·");
  if (dot > 0) {
    const pieces = rest
      .slice(dot + 1)
      .split(",")
      .map((o) => o.trim());
    if (pieces.length > 0 && pieces.every((o) => ORG.test(o) && !ET_AL.test(` ${o}`))) {
      orgs = pieces;
      rest = rest.slice(0, dot).trim();
    }
  }
  const etAl = ET_AL.exec(rest);
  if (etAl) rest = rest.slice(0, etAl.index).trim();
  return { rest, truncated: etAl !== null, orgs };
}

/** Splits a comma-separated list of names, as on a profile's own authors line. */
export function splitNames(list: string): string[] {
  return list
    .split(/ *[,;] *| +and +/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
}

/**
 * Tells whether a whole line reads as an author list (so it is an authors line, not a title or abstract):
 * one to a few names, each plausible.
 * @example isAuthorLine("Zhehang Du, Hangfeng He, Weijie Su") // true
 */
export function isAuthorLine(line: string): boolean {
  // An abstract is long; an author line of a dozen names and a few orgs is not.
  if (line.length > MAX_AUTHOR_LINE) return false;
  const { rest, truncated, orgs } = splitAuthorTail(line);
  const names = splitNames(rest);
  if (names.length === 0 || names.length > 12) return false;
  const scores = names.map(scoreName);
  if (scores.some((s) => s === Number.NEGATIVE_INFINITY)) return false;
  // A lone one-word "name" without et al. or orgs is more likely a short title.
  return names.length > 1 || truncated || orgs.length > 0 || (scores[0] ?? 0) > 1;
}

import { nameKey, scoreName } from "./names.ts";

/** One way of cutting a glued "TitleFirst Author, Second Author" string. */
export interface Split {
  title: string;
  authors: string[];
  /** Plausibility: higher is better. Only comparable between splits of the same string. */
  score: number;
}

/** The best split of a line, and the next best different one when it came close. */
export interface SplitResult {
  best: Split | undefined;
  /** Set when a different split scored within `AMBIGUITY_MARGIN` of the best one. */
  rival: Split | undefined;
}

/** Names already known from elsewhere (profile owners, front matter, other listings), by `nameKey`. */
export type KnownNames = ReadonlySet<string>;

export const AMBIGUITY_MARGIN = 1.5;
const MAX_NAME_CHARS = 80;
const MAX_PIECES = 8;
const KNOWN_BONUS = 3;
// Each extra name adds its own score; this offset keeps "more names" from winning by count alone.
const PER_NAME_OFFSET = 2;

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const CASELESS = /\p{Lo}/u;
const DIGIT = /\p{N}/u;
const CLOSERS = /[)\]}?!'"’”»]/u;
const LEFTOVER_NAME = /(?:[\p{Ll}\p{N}]\p{Lu}\p{Ll}+|(?:^| )\p{Lu}\.)$/u;
const DANGLING_WORD = /(?:^| )(?:van|von|der|den|de|del|di|da|du|la|le|and|or|of|the|for|with|in|on|to|a|an|by|via)$/i;

/** How strongly the character pair at a cut says "a title ends here and a name begins". */
function boundaryScore(text: string, at: number, title: string): number {
  if (/[,;]$/.test(title)) return -4;
  if (text[at - 1] === " ") return -3;
  const end = title.slice(-1);
  const start = text[at] ?? "";
  if (LOWER.test(end)) return UPPER.test(start) ? 3 : 2.5;
  if (DIGIT.test(end) || CLOSERS.test(end)) return 2.5;
  if (UPPER.test(end)) return 2;
  if (CASELESS.test(end)) return CASELESS.test(start) ? 0 : 2.5;
  if (end === ".") return 1.5;
  return 0.5;
}

/** Penalises a title that ends in what looks like the start of a name or a dangling word. */
function titleScore(title: string): number {
  const core = title.replace(/[,;]$/, "");
  if (!/[\p{L}\p{N}]/u.test(core)) return Number.NEGATIVE_INFINITY;
  let score = 0;
  if (LEFTOVER_NAME.test(core)) score -= 2;
  if (DANGLING_WORD.test(core)) score -= 2;
  if (core.length < 2) score -= 2;
  // A title whose last comma-separated piece is itself a good name has probably swallowed an author.
  const lastPiece = /[,;] *([^,;]*)$/.exec(core)?.[1];
  if (lastPiece !== undefined && scoreName(lastPiece) >= 2) score -= 1.5;
  return score;
}

function countScore(count: number, truncated: boolean): number {
  if (truncated) return count === 3 ? 1 : count < 3 ? -1.5 * (3 - count) : -3 * (count - 3);
  return count > 3 ? -3 * (count - 3) : 0;
}

// Single-token names in caseless scripts (张伟) give no visual cut; prefer usual lengths.
function caselessLengthScore(first: string, others: string[]): number {
  if (first.includes(" ") || !CASELESS.test(first)) return 0;
  const len = [...first].length;
  let score = len >= 2 && len <= 3 ? 1 : 0;
  if (others.some((o) => [...o].length === len && CASELESS.test(o))) score += 0.5;
  return score;
}

function nameWorth(name: string, known: KnownNames): number {
  return scoreName(name) - PER_NAME_OFFSET + (known.has(nameKey(name)) ? KNOWN_BONUS : 0);
}

/**
 * Finds where the title ends and the author list begins in a line that glues them together. Every
 * place where a name can start is a candidate cut; a cut is kept only when everything after it reads
 * as a list of names, and the cuts are ranked by how name-like the names are, how the title ends,
 * the characters on both sides of the cut, the expected count (three before "et al.") and known names.
 * Only the last few comma-separated pieces and the last 80 characters of a piece are tried, so the
 * work per line is bounded whatever the title's length.
 * @example splitTitleAuthors("Phi-4 Technical ReportMarah Abdin, Jyoti Aneja", false, new Set()).best
 * // { title: "Phi-4 Technical Report", authors: ["Marah Abdin", "Jyoti Aneja"], score: … }
 */
export function splitTitleAuthors(text: string, truncated: boolean, known: KnownNames): SplitResult {
  const spans = pieceSpans(text);
  const splits: Split[] = [];
  let laterNames: string[] = [];
  let laterWorth = 0;
  for (let p = spans.length - 1; p >= 0 && spans.length - p <= MAX_PIECES; p--) {
    const [start, end] = spans[p] ?? [0, 0];
    const piece = text.slice(start, end);
    for (let i = Math.max(p === 0 ? 1 : 0, piece.length - MAX_NAME_CHARS); i < piece.length; i++) {
      const ch = piece[i] ?? "";
      if (!(UPPER.test(ch) || CASELESS.test(ch))) continue;
      const first = piece.slice(i);
      const worth = nameWorth(first, known);
      if (worth === Number.NEGATIVE_INFINITY) continue;
      const title = text.slice(0, start + i).trimEnd();
      const tScore = titleScore(title);
      if (tScore === Number.NEGATIVE_INFINITY) continue;
      const authors = [first, ...laterNames];
      const score =
        worth + laterWorth + tScore + boundaryScore(text, start + i, title) +
        countScore(authors.length, truncated) + caselessLengthScore(first, laterNames);
      splits.push({ title: title.replace(/ *[,;]$/, ""), authors, score });
    }
    const whole = nameWorth(piece, known);
    if (whole === Number.NEGATIVE_INFINITY) break;
    laterNames = [piece, ...laterNames];
    laterWorth += whole;
  }
  splits.sort((a, b) => b.score - a.score);
  const best = splits[0];
  const rival = splits.find((s) => s !== best && s.title !== best?.title);
  return { best, rival: best && rival && best.score - rival.score < AMBIGUITY_MARGIN ? rival : undefined };
}

/** Start and end offsets of the comma- or semicolon-separated pieces of a line. */
function pieceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/ *[,;] */g)) {
    spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  spans.push([start, text.length]);
  return spans;
}

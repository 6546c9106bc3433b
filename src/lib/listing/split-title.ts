import { classifyToken, nameKey, scoreName, scoreTokens } from "./names.ts";

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

/**
 * Names already known from elsewhere (profile owners, front matter, other listings), by `nameKey`.
 * A split only asks whether a name is among them, so a parse can be replayed from its answers.
 */
export interface KnownNames {
  has(key: string): boolean;
}

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
// A title whose last word ends in a glued capitalised fragment ("…TemplatesKaifeng", "…!Deep") or is an
// initial ("… M.").
const LEFTOVER_NAME = /(?:[^\p{Lu}-]\p{Lu}\p{Ll}+|^\p{Lu}\.)$/u;
const DANGLING_WORDS = new Set("van von der den de del di da du la le and or of the for with in on to a an by via".split(" "));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How strongly the character pair at a cut says "a title ends here and a name begins". */
function boundaryScore(text: string, at: number, title: string): number {
  const end = title.slice(-1);
  if (end === "," || end === ";") return -4;
  if (text[at - 1] === " ") return -3;
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
  // Only the end matters; looking at no more than it keeps the work per candidate constant.
  const tail = title.slice(-64);
  const core = tail.endsWith(",") || tail.endsWith(";") ? tail.slice(0, -1) : tail;
  if (!LETTER_OR_DIGIT.test(core)) return Number.NEGATIVE_INFINITY;
  const lastWord = core.slice(core.lastIndexOf(" ") + 1);
  let score = 0;
  if (LEFTOVER_NAME.test(lastWord)) score -= 1;
  if (DANGLING_WORDS.has(lastWord.toLowerCase())) score -= 2;
  if (title.length < 2) score -= 2;
  // A title whose last comma-separated piece is itself a good name has probably swallowed an author.
  const comma = Math.max(core.lastIndexOf(","), core.lastIndexOf(";"));
  if (comma >= 0 && scoreName(core.slice(comma + 1).trim()) >= 2) score -= 1.5;
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

function nameWorth(name: string, known: KnownNames, score = scoreName(name)): number {
  if (score === Number.NEGATIVE_INFINITY) return score - PER_NAME_OFFSET;
  return score - PER_NAME_OFFSET + (known.has(nameKey(name)) ? KNOWN_BONUS : 0);
}

const MAX_NAME_TOKENS = 6;

/** Whether a name can start at `token[k]`: a capital letter, or a letter of a caseless script. */
function canStartName(token: string, k: number): boolean {
  const code = token.charCodeAt(k);
  if (code < 128) return code >= 65 && code <= 90;
  const ch = token[k] ?? "";
  return UPPER.test(ch) || CASELESS.test(ch);
}

/**
 * The places in one comma-separated piece where the first author's name could start, with the name's
 * score. Tokens are classified once; a cut can only lie in the last few tokens, after every token
 * that no name can contain.
 */
function firstNameCuts(piece: string, known: KnownNames, atPieceStart: boolean): Array<{ at: number; name: string; worth: number }> {
  const tokens = piece.split(" ");
  const first = Math.max(0, tokens.length - MAX_NAME_TOKENS);
  const kinds = tokens.map((t, i) => (i >= first ? classifyToken(t) : undefined));
  // Tokens before the last one that no name can contain cannot be part of the name.
  let from = first;
  for (let j = tokens.length - 1; j >= first; j--) {
    if (kinds[j] === undefined) {
      from = j;
      break;
    }
  }
  const cuts: Array<{ at: number; name: string; worth: number }> = [];
  let offset = 0;
  for (let j = 0; j < from; j++) offset += (tokens[j] ?? "").length + 1;
  for (let j = from; j < tokens.length; j++) {
    const token = tokens[j] ?? "";
    const restTokens = tokens.slice(j + 1);
    const restKinds = kinds.slice(j + 1);
    for (let k = 0; k < token.length; k++) {
      if ((j === 0 && k === 0 && !atPieceStart) || !canStartName(token, k)) continue;
      if (piece.length - (offset + k) > MAX_NAME_CHARS) continue;
      const head = k === 0 ? token : token.slice(k);
      const score = scoreTokens([head, ...restTokens], [k === 0 ? kinds[j] : classifyToken(head), ...restKinds]);
      if (score === Number.NEGATIVE_INFINITY) continue;
      const name = piece.slice(offset + k);
      cuts.push({ at: offset + k, name, worth: nameWorth(name, known, score) });
    }
    offset += token.length + 1;
  }
  return cuts;
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
    for (const { at: i, name: first, worth } of firstNameCuts(piece, known, p > 0)) {
      const title = text.slice(0, start + i).trimEnd();
      const tScore = titleScore(title);
      if (tScore === Number.NEGATIVE_INFINITY) continue;
      const authors = [first, ...laterNames];
      const score =
        worth +
        laterWorth +
        tScore +
        boundaryScore(text, start + i, title) +
        countScore(authors.length, truncated) +
        caselessLengthScore(first, laterNames);
      splits.push({ title, authors, score });
    }
    const whole = nameWorth(piece, known);
    if (whole === Number.NEGATIVE_INFINITY) break;
    laterNames = [piece, ...laterNames];
    laterWorth += whole;
  }
  splits.sort((a, b) => b.score - a.score);
  const best = splits[0];
  const rival = splits.find((s) => s !== best && s.title !== best?.title);
  const close = best && rival && best.score - rival.score < AMBIGUITY_MARGIN ? tidy(rival) : undefined;
  return { best: best && tidy(best), rival: close };
}

/** Drops the separator a comma-separated title/author cut leaves at the end of the title. */
function tidy(split: Split): Split {
  return { ...split, title: split.title.replace(/ *[,;]$/, "") };
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

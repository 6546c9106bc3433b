// How plausible a piece of text is as one person's (or team's) name, as aggregator sites print them:
// given names first, then family names; initials with or without dots; particles in lower case.

const PARTICLES = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "dei",
  "di",
  "da",
  "dos",
  "das",
  "do",
  "du",
  "la",
  "le",
  "ten",
  "ter",
  "bin",
  "binti",
  "ibn",
  "al",
  "el",
  "y",
  "zu",
  "af",
  "av",
  "st.",
  "d'",
]);
const TEAM_WORDS = new Set(["Team", "AI", "Lab", "Labs", "Research", "Group", "Collaboration", "Consortium"]);
const SUFFIXES = new Set(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]);

const L = "\\p{Ll}\\p{M}";
const INITIAL = /^(?:\p{Lu}\.?|(?:\p{Lu}\.){2,3}|\p{Lu}\.?-\p{Lu}\.?)$/u;
const WORD = new RegExp(`^\\p{Lu}[${L}]*[${L}](?:['’][${L}]+)?(?:-\\p{Lu}?[${L}]+)*$`, "u");
const APOSTROPHE_WORD = new RegExp(`^\\p{Lu}['’]\\p{Lu}[${L}]+(?:-\\p{Lu}[${L}]+)*$`, "u");
// Family names with a capital inside: LeCun, McDonald, DiCarlo, MacKay, VanderPlas, DeAndre.
const CAMEL_NAME = new RegExp(`^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|St|Ten|Ter)\\p{Lu}[${L}]+$`, "u");
const PARTICLE_WORD = new RegExp(`^(?:al|el|ad|ibn|bin|d)['’-]\\p{Lu}[${L}]+$`, "u");
// Scripts without letter case (CJK, Hangul, Arabic, Devanagari, Thai …): a whole name may be one token.
const CASELESS = /^[\p{Lo}\p{M}·・]+$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
// Team and organisation authors: "OpenAI", "DeepSeek-AI", "Qwen2.5", "GLM-4.5".
const TEAMLIKE = /^\p{Lu}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*$/u;

/** What a token of a name looks like. */
export type TokenKind = "initial" | "word" | "camel" | "particle" | "suffix" | "caseless" | "caps" | "team";

/** Classifies one space-separated token of a name, or returns undefined when no name contains it. */
export function classifyToken(token: string): TokenKind | undefined {
  if (INITIAL.test(token)) return "initial";
  if (WORD.test(token) || APOSTROPHE_WORD.test(token) || PARTICLE_WORD.test(token)) return "word";
  if (PARTICLES.has(token)) return "particle";
  if (CAMEL_NAME.test(token)) return "camel";
  if (SUFFIXES.has(token)) return "suffix";
  if (CASELESS.test(token)) return "caseless";
  if (ALL_CAPS.test(token)) return "caps";
  // At most one inner capital after a lower-case letter ("DeepSeek"), and no "RLOpen"-like run,
  // which is an acronym at the end of a title glued to a name.
  if (TEAMLIKE.test(token) && (token.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) <= 1 && !/\p{Lu}{2}\p{Ll}/u.test(token)) return "team";
  return undefined;
}

const TOKEN_SCORE: Record<TokenKind, number> = {
  word: 0.5,
  initial: 0.4,
  particle: 0.2,
  suffix: 0.2,
  camel: 0.3,
  caseless: 0.5,
  caps: -0.5,
  team: -1.5,
};
// Two-token names are the most common; each extra token must earn its place, or a title's last
// capitalised word would always join the first author's name when the two are separated by a space.
const COUNT_SCORE = [Number.NEGATIVE_INFINITY, -1.5, 2.6, 2, 1, -1, -3];

/**
 * Scores how much a string looks like one author's name: higher is more name-like, -Infinity means it
 * cannot be a name. Two or three capitalised words score best.
 * @example scoreName("Jason D. Lee") // 3.4 (three tokens: 2, word 0.5 + initial 0.4 + word 0.5)
 * @example scoreName("Skill Composition from Examples") // -Infinity ("from" is no name token)
 */
export function scoreName(name: string): number {
  if (name.length > 80) return Number.NEGATIVE_INFINITY;
  const tokens = name.split(" ");
  return tokens.length >= COUNT_SCORE.length ? Number.NEGATIVE_INFINITY : scoreTokens(tokens, tokens.map(classifyToken));
}

/** `scoreName` on tokens already classified, so a caller trying many cuts classifies each token once. */
export function scoreTokens(tokens: readonly string[], kinds: ReadonlyArray<TokenKind | undefined>): number {
  const base = COUNT_SCORE[tokens.length];
  if (base === undefined) return Number.NEGATIVE_INFINITY;
  let score = base;
  let initials = 0;
  let teams = 0;
  for (const [i, token] of tokens.entries()) {
    const kind = kinds[i];
    if (kind === undefined) return Number.NEGATIVE_INFINITY;
    const last = i === tokens.length - 1;
    if (kind === "particle" && last) return Number.NEGATIVE_INFINITY;
    if (kind === "suffix" && (!last || tokens.length < 3)) return Number.NEGATIVE_INFINITY;
    if (kind === "initial") {
      initials += 1;
      if (last && tokens.length > 1) score -= 1.5;
    }
    if (kind === "caseless" && tokens.length === 1 && [...token].length > 1) score += 2;
    // A lone initial or acronym ("I", "AI") is no one's whole name.
    if ((kind === "initial" || kind === "caps") && tokens.length === 1) return Number.NEGATIVE_INFINITY;
    if (kind === "team") teams += 1;
    score += TOKEN_SCORE[kind];
  }
  if (initials === tokens.length && tokens.length > 1) return Number.NEGATIVE_INFINITY;
  // "OpenAI", "DeepSeek-AI", "OpenAI Team": an organisation's name stands alone or with a team word.
  if (teams > 1 || (teams === 1 && tokens.length > 1 && !tokens.some((t) => TEAM_WORDS.has(t)))) return Number.NEGATIVE_INFINITY;
  return score;
}

/**
 * A key under which spellings of one person's name meet: case, diacritics, dots, hyphens and spacing
 * are ignored, and non-Latin scripts are kept as they are.
 * @example nameKey("Jason D. Lee") === nameKey("jason d lee") // true
 * @example nameKey("Łukasz Kaiser") === nameKey("Lukasz Kaiser") // true
 */
export function nameKey(name: string): string {
  const folded = /^[\u0000-\u007f]*$/.test(name) ? name : foldLetters(name);
  return folded
    .toLowerCase()
    .replace(/[.'’‐-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const FOLDS: Record<string, string> = {
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  ð: "d",
  Ð: "D",
  þ: "th",
  Þ: "Th",
  æ: "ae",
  Æ: "Ae",
  ß: "ss",
  ẞ: "Ss",
  đ: "d",
  Đ: "D",
  ı: "i",
};

/** Strips diacritics (é → e) and folds letters that Unicode does not decompose (ł → l, ß → ss). */
function foldLetters(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[łŁøØðÐþÞæÆßẞđĐı]/g, (c) => FOLDS[c] ?? c);
}

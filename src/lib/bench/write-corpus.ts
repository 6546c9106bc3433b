import { feedText, type GeneratedPaper, generatePaper } from "./corpus.ts";
import { Random } from "./random.ts";

/** A generated listing file. */
export interface CorpusFile {
  name: string;
  text: string;
}

const PER_LISTING = 200;

function profileText(owner: string, papers: GeneratedPaper[], random: Random): string {
  const header = [
    owner,
    "",
    "LG",
    `h-index${random.int(80)}`,
    `${papers.length}papers`,
    `${random.int(9000)}citations`,
    `Novelty${random.int(100)}%`,
    `AI Score${random.int(100)}`,
    "",
    `${papers.length} Papers`,
    "",
  ];
  const blocks = papers.flatMap((p) => [
    p.header,
    p.title,
    "",
    `${p.authors.join(", ")}${p.truncated ? " et al." : ""}${p.orgs.length ? ` · ${p.orgs.join(", ")}` : ""}`,
    "",
    p.abstract,
    "",
  ]);
  return [...header, ...blocks].join("\n");
}

const FRONT = "---\ncaptured: 2026-11-22\n---\n";
const isProfile = (listing: number) => listing % 10 === 9;
const listingName = (n: number) => `listing-${String(n).padStart(4, "0")}.txt`;

/**
 * Makes `owner` an author of `paper`, as a profile shows its owner's papers: shown among the first
 * three, or (when the list is cut) hidden in "et al.".
 */
function addOwner(paper: GeneratedPaper, owner: string, random: Random): void {
  if (paper.authors.includes(owner) || (paper.truncated && random.chance(0.4))) return;
  const authors = [...paper.authors];
  authors.splice(random.int(authors.length + 1), 0, owner);
  paper.truncated ||= authors.length > 3;
  paper.authors = authors.slice(0, 3);
}

/**
 * A deterministic corpus of `count` distinct papers in listings of 200: mostly feeds, every tenth a
 * profile (every paper in it by the profile's owner), and about 5% of papers repeated in a feed (so merging has work to do).
 */
export function generateCorpus(count: number, seed = 1): CorpusFile[] {
  const random = new Random(seed);
  const population = Math.max(200, Math.round(count * 1.5));
  const papers = Array.from({ length: count }, (_, i) => generatePaper(random, i + 1, population));
  const chunks: GeneratedPaper[][] = [];
  for (let start = 0; start < papers.length; start += PER_LISTING) chunks.push(papers.slice(start, start + PER_LISTING));
  // Owners join their papers before any listing is written, so every copy of a paper agrees.
  const owners = chunks.map((chunk, n) => (isProfile(n) ? (chunk[0]?.authors[0] ?? "Ann Lee") : null));
  chunks.forEach((chunk, n) => {
    const owner = owners[n];
    if (owner) for (const paper of chunk) addOwner(paper, owner, random);
  });
  return chunks.map((chunk, n): CorpusFile => {
    const owner = owners[n];
    if (owner) return { name: listingName(n), text: `${FRONT}${profileText(owner, chunk, random)}` };
    const repeats = Array.from({ length: Math.round(chunk.length / 20) }, () => papers[random.int(papers.length)] as GeneratedPaper);
    return { name: listingName(n), text: `${FRONT}${feedText([...chunk, ...repeats])}` };
  });
}

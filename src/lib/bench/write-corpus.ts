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

/**
 * A deterministic corpus of `count` distinct papers in listings of 200: mostly feeds, every tenth a
 * profile, and about 5% of papers repeated in a second listing (so merging has work to do).
 */
export function generateCorpus(count: number, seed = 1): CorpusFile[] {
  const random = new Random(seed);
  const population = Math.max(200, Math.round(count * 1.5));
  const papers = Array.from({ length: count }, (_, i) => generatePaper(random, i + 1, population));
  const files: CorpusFile[] = [];
  for (let start = 0, n = 0; start < papers.length; start += PER_LISTING, n++) {
    const chunk = papers.slice(start, start + PER_LISTING);
    const repeats = Array.from({ length: Math.round(chunk.length / 20) }, () => papers[random.int(papers.length)] as GeneratedPaper);
    const all = [...chunk, ...repeats];
    const name = `listing-${String(n).padStart(4, "0")}.txt`;
    const owner = all[0]?.authors[0] ?? "Ann Lee";
    const text = n % 10 === 9 ? profileText(owner, all, random) : `---\ncaptured: 2026-11-22\n---\n${feedText(all)}`;
    files.push({ name, text: n % 10 === 9 ? `---\ncaptured: 2026-11-22\n---\n${text}` : text });
  }
  return files;
}

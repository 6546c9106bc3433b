import type { Random } from "./random.ts";

const GIVEN = [
  "Ann",
  "Bo",
  "Chen",
  "Dingli",
  "Emma",
  "Farid",
  "Grace",
  "Hiro",
  "Ines",
  "Jason D.",
  "Kaifeng",
  "Łukasz",
  "María",
  "Nikhil",
  "Olga",
  "Pierre-Luc",
  "Qian",
  "Rosa",
  "Sham M.",
  "Tomás",
  "Uma",
  "Vedant",
  "Wei",
  "Xindi",
  "Yann",
  "Zoë",
  "Jean-Baptiste",
  "S. M. A.",
  "Jón",
  "Seán",
  "Søren",
  "Ngozi",
  "Aditi",
  "Mateo",
];
const FAMILY = [
  "Lee",
  "Chen",
  "Yu",
  "Huang",
  "Kaur",
  "Guðmundsson",
  "O'Neil",
  "van der Maaten",
  "de Freitas",
  "Le Bras",
  "Mosk-Aoyama",
  "LeCun",
  "Kakade",
  "Müller",
  "Nowak",
  "Okafor",
  "Sharif",
  "Tanaka",
  "Ivanova",
  "García",
  "Rossi",
  "Dubois",
  "Kowalski",
  "Zhang",
  "Wang",
  "Li",
  "Singh",
  "Cohen-Wang",
  "Park",
  "Kim",
];
const NON_LATIN = ["张伟", "李娜", "山田太郎", "김철수", "Иван Петров", "Ольга Смирнова"];
const TEAMS = ["DeepSeek-AI", "Team Olmo", "Gemini Team", "OpenAI"];
const WORDS = [
  "Learning",
  "Scaling",
  "Laws",
  "for",
  "Language",
  "Models",
  "via",
  "Sparse",
  "Attention",
  "Reasoning",
  "with",
  "Diffusion",
  "Robust",
  "Optimal",
  "Bandits",
  "Graph",
  "Neural",
  "Networks",
  "of",
  "the",
  "Towards",
  "Efficient",
  "Private",
  "Federated",
  "Benchmark",
  "Agents",
  "Vision",
  "Transformers",
  "and",
  "Data",
  "Attribution",
  "Kernel",
  "Regimes",
  "on",
  "Reinforcement",
  "Policy",
  "Gradient",
  "Theory",
  "Alignment",
  "Retrieval",
];
const ENDINGS = [
  "",
  "",
  "",
  "",
  " with RLHF",
  " for GPT-4",
  ": Olmo 3",
  " (ViT)",
  "?",
  "!",
  " via PivotRL",
  " in ConceptMix",
  ' "Revisited"',
  ", Provably",
  " $\\ell_2$-Bounds",
];
const CATEGORIES = ["LG", "CL", "AI", "CV", "ML", "GT", "AS", "OC", "CR", "IR", "RO", "NE", "DS", "IT", "SY", "ST"];
const ORGS = ["mit", "mila", "tsinghua", "princeton", "berkeley", "openai", "amazon-science", "apple-ml", "cmu", "eth-zurich"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// Sentences with the text-mode LaTeX and punctuation the renderer handles; most of an abstract is
// generated prose (see `abstractText`).
const SENTENCES = [
  "We study the sample complexity of such estimators under {\\em mild} assumptions.",
  "Our method improves accuracy by $3.2\\%$ over strong baselines \\citep{smith2020} on five benchmarks.",
  "Experiments on large language models show consistent gains -- even at small scale.",
  "We prove matching upper and lower bounds and release code at https://github.com/example/repo.",
  "This \\emph{simple} approach scales to larger models without retraining.",
  "Recent work has shown that data attribution can be made efficient and reliable.",
];
const FUNCTION_WORDS = ["the", "of", "and", "a", "to", "in", "for", "we", "that", "with", "on", "is", "by", "our", "as", "this"];
const SYLLABLES = [
  "ka",
  "to",
  "ri",
  "men",
  "sa",
  "lo",
  "vi",
  "der",
  "qu",
  "pha",
  "ne",
  "ly",
  "gra",
  "mo",
  "tic",
  "sul",
  "bra",
  "ex",
  "on",
  "ia",
];
/** Distinct words in the corpus's vocabulary: abstracts draw from it by a power law, as real text does. */
const VOCABULARY = 60_000;
const FORMULAS: Array<(k: number) => string> = [
  (k) => `$O(n^{${k % 9}} \\log n)$`,
  (k) => `$\\Theta(1/\\Delta^{${k}})$`,
  (k) => `$\\epsilon = 10^{-${k}}$`,
  (k) => `$\\sum_{i=1}^{${k}} x_i^2$`,
  (k) => `$\\ell_${k % 4}$`,
  (k) => `$\\mathbb{E}[X_{${k}}] \\le \\sqrt{${k}}$`,
];

/** One author drawn from a power law over a fixed population, so some names recur across many papers. */
export function personName(random: Random, population: number): string {
  const i = random.zipf(population);
  if (i % 97 === 13) return NON_LATIN[i % NON_LATIN.length] as string;
  if (i % 211 === 5) return TEAMS[i % TEAMS.length] as string;
  const given = GIVEN[i % GIVEN.length] as string;
  const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length] as string;
  const suffix = Math.floor(i / (GIVEN.length * FAMILY.length));
  return suffix === 0 ? `${given} ${family}` : `${given} ${family}${"abcdefghijklmnopqrstuvwxyz"[suffix % 26]}`;
}

/** A paper as the feed dialect writes it (three lines), and its parts for checking. */
export interface GeneratedPaper {
  header: string;
  title: string;
  authors: string[];
  truncated: boolean;
  orgs: string[];
  abstract: string;
}

export function generatePaper(random: Random, index: number, population: number): GeneratedPaper {
  const words = Array.from({ length: 4 + random.int(8) }, () => random.pick(WORDS));
  const title = `${words.join(" ")} ${index}${random.pick(ENDINGS)}`;
  const total = 1 + Math.min(random.zipf(30), 20);
  const authors = [...new Set(Array.from({ length: total }, () => personName(random, population)))];
  const shown = authors.slice(0, 3);
  const truncated = authors.length > 3;
  const orgs = random.chance(0.6) ? [...new Set([random.pick(ORGS), random.pick(ORGS)])].slice(0, 1 + random.int(2)) : [];
  const year = 2015 + random.int(11);
  const date = random.chance(0.15)
    ? `${random.pick(MONTHS)} ${1 + random.int(28)}`
    : `${random.pick(MONTHS)} ${1 + random.int(28)}, ${year}`;
  const header = `${random.pick(CATEGORIES)}${date}${random.chance(0.3) ? "Code" : ""}`;
  const abstract = abstractText(random);
  return { header, title, authors: shown, truncated, orgs, abstract };
}

/** A pronounceable word, distinct for each index. @example vocabularyWord(0) // "on" */
export function vocabularyWord(index: number): string {
  let word = "";
  for (let n = index + SYLLABLES.length; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
}

function sentence(random: Random): string {
  const words = Array.from({ length: 12 + random.int(14) }, () =>
    random.chance(0.35) ? random.pick(FUNCTION_WORDS) : vocabularyWord(random.zipf(VOCABULARY)),
  );
  if (random.chance(0.04)) words.splice(random.int(words.length), 0, random.pick(FORMULAS)(1 + random.int(999)));
  const text = words.join(" ");
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

/** An abstract shaped like the seeds': about 1 000 characters of power-law prose, two in five with a formula. */
function abstractText(random: Random): string {
  const parts = Array.from({ length: 6 + random.int(6) }, () => sentence(random));
  parts.splice(random.int(parts.length), 0, random.pick(SENTENCES));
  return parts.join(" ");
}

/** Writes papers in the feed dialect. */
export function feedText(papers: GeneratedPaper[]): string {
  return papers
    .map(
      (p) =>
        `${p.header}\n${p.title}${p.authors.join(", ")}${p.truncated ? " et al." : ""}${p.orgs.length ? ` · ${p.orgs.join(", ")}` : ""}\n${p.abstract}`,
    )
    .join("\n");
}

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
const SENTENCES = [
  "We study the sample complexity of $\\Theta(1/\\Delta^2)$ estimators under {\\em mild} assumptions.",
  "Our method improves accuracy by $3.2\\%$ over strong baselines \\citep{smith2020} on five benchmarks.",
  "Experiments on large language models show consistent gains -- even at small scale.",
  "We prove matching upper and lower bounds and release code at https://github.com/example/repo.",
  "This \\emph{simple} approach scales to $10^8$ parameters without retraining.",
  "Recent work has shown that data attribution can be made efficient and reliable.",
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
  const abstract = Array.from({ length: 4 + random.int(6) }, () => random.pick(SENTENCES)).join(" ");
  return { header, title, authors: shown, truncated, orgs, abstract };
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

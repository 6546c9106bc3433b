// `npm run bench:parse [-- --mb 50]`: parser throughput on a generated feed listing of realistic papers.
// A benchmark, not a test: it prints MB/s and how many generated papers came back exactly right.
import { parseArgs } from "node:util";
import { feedText, type GeneratedPaper, generatePaper } from "../lib/bench/corpus.ts";
import { Random } from "../lib/bench/random.ts";
import { parseListing } from "../lib/listing/parse-listing.ts";

const { values } = parseArgs({ options: { mb: { type: "string", default: "50" }, seed: { type: "string", default: "1" } } });
const targetBytes = Number(values.mb) * 1024 * 1024;
const random = new Random(Number(values.seed));
const papers: GeneratedPaper[] = [];
let text = "";
const chunks: string[] = [];
let size = 0;
while (size < targetBytes) {
  const batch = Array.from({ length: 1000 }, () => generatePaper(random, papers.length + 1, 20000));
  papers.push(...batch);
  const chunk = feedText(batch);
  chunks.push(chunk);
  size += Buffer.byteLength(chunk) + 1;
}
text = `---\ncaptured: 2026-11-22\n---\n${chunks.join("\n")}\n`;
const bytes = Buffer.byteLength(text);

const runs: number[] = [];
let result = parseListing(text, { file: "bench.txt" });
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  result = parseListing(text, { file: "bench.txt" });
  runs.push(performance.now() - start);
}
const best = Math.min(...runs);
const exact = result.listing.papers.filter((p, i) => {
  const g = papers[i];
  return (
    g &&
    p.title === g.title &&
    p.authors.join("|") === g.authors.join("|") &&
    p.authorsTruncated === g.truncated &&
    p.orgs.join("|") === g.orgs.join("|")
  );
}).length;
const mb = bytes / 1024 / 1024;
console.log(`listing: ${mb.toFixed(1)} MB, ${papers.length} papers`);
console.log(`parse:   ${(best / 1000).toFixed(2)} s best of 3 → ${(mb / (best / 1000)).toFixed(1)} MB/s (target >= 30 MB/s)`);
console.log(
  `read:    ${result.listing.papers.length} papers, ${exact} exactly right (${((100 * exact) / papers.length).toFixed(2)}%), ${result.problems.length} problems`,
);

// `npm run bench -- --papers 10000`: generates a corpus, builds it into a scratch folder with the
// real templates, and prints one table (also written to bench/results/<papers>.json).
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "../lib/bench/write-corpus.ts";
import { pushTo } from "../lib/directory/derive.ts";
import { parseListings } from "../lib/listing/parse-listings.ts";

const { values } = parseArgs({ options: { papers: { type: "string", default: "1000" }, out: { type: "string", default: "bench/out" } } });
const count = Number(values.papers);
const out = resolve(values.out ?? "bench/out", String(count));
rmSync(out, { recursive: true, force: true });
const listings = join(out, "listings");
mkdirSync(listings, { recursive: true });
const files = generateCorpus(count);
for (const f of files) writeFileSync(join(listings, f.name), f.text);
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

const parseStart = performance.now();
parseListings(files.map((f) => ({ file: f.name, text: f.text })));
const parseSeconds = (performance.now() - parseStart) / 1000;

/** Sum of RSS over a process and all its descendants, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      pushTo(children, ppid, Number(entry));
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {}
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

const marks: Record<string, number> = {};
const started = performance.now();
const dist = join(out, "dist");
const child = spawn(join("node_modules", ".bin", "astro"), ["build"], {
  env: {
    ...process.env,
    PATH: `${resolve("node_modules/.bin")}:${process.env.PATH}`,
    PAPERDIR_LISTINGS: listings,
    PAPERDIR_OUT: dist,
    PAPERDIR_CACHE: join(out, "cache"),
  },
  stdio: ["ignore", "pipe", "pipe"],
});
let peak = 0;
let log = "";
const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 200);
const seen = (text: string) => {
  log += text;
  const now = (performance.now() - started) / 1000;
  for (const [key, pattern] of [
    ["syncStart", /Syncing content/],
    ["syncEnd", /Synced content/],
    ["renderStart", /generating static routes/],
    ["renderEnd", /\[build\] \d+ page\(s\) built/],
    ["pagefindEnd", /indexed \d+ pages/],
  ] as const) {
    if (pattern.test(text) && marks[key] === undefined) marks[key] = now;
  }
};
child.stdout.on("data", (d: Buffer) => seen(d.toString()));
child.stderr.on("data", (d: Buffer) => seen(d.toString()));
const code: number = await new Promise((ok) => child.on("close", ok));
clearInterval(poll);
const total = (performance.now() - started) / 1000;
writeFileSync(join(out, "build.log"), log);
if (code !== 0) {
  console.error(log.slice(-3000));
  process.exit(1);
}

const all = readdirSync(dist, { recursive: true, encoding: "utf8" })
  .map((f) => join(dist, f))
  .filter((f) => statSync(f).isFile());
const size = all.reduce((n, f) => n + statSync(f).size, 0);
const median = (re: RegExp) => {
  const sizes = all
    .filter((f) => re.test(f))
    .map((f) => statSync(f).size)
    .sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
};
const pages = all.filter((f) => f.endsWith(".html")).length;
const pf = (re: RegExp) => all.filter((f) => f.includes("/pagefind/") && re.test(f)).map((f) => statSync(f).size);
const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
// A first search: entry, JS, wasm, metadata, one index chunk, ten result fragments, and the search
// page's own HTML, JS and CSS. An estimate from file sizes, not a browser trace.
const firstSearch = Math.round(
  (pf(/pagefind-entry\.json$/)[0] ?? 0) +
    (pf(/\/pagefind\.js$/)[0] ?? 0) +
    Math.max(0, ...pf(/wasm\..*pagefind$/)) +
    avg(pf(/\.pf_meta$/)) +
    avg(pf(/\.pf_index$/)) +
    10 * avg(pf(/\.pf_fragment$/)) +
    statSync(join(dist, "search/index.html")).size +
    all.filter((f) => /_astro\/(search|Base).*\.(js|css)$/.test(f)).reduce((n, f) => n + statSync(f).size, 0),
);
// Pagefind runs inside the build, before Astro prints "N page(s) built": take its time out.
const pagefindSeconds = Number(/indexed \d+ pages in ([\d.]+)s/.exec(log)?.[1] ?? 0);
const renderSeconds = (marks.renderEnd ?? 0) - (marks.renderStart ?? 0) - pagefindSeconds;
const result = {
  papers: count,
  listings: files.length,
  listingMB: +(bytes / 2 ** 20).toFixed(2),
  parseMBps: +(bytes / 2 ** 20 / parseSeconds).toFixed(1),
  syncSeconds: +((marks.syncEnd ?? 0) - (marks.syncStart ?? 0)).toFixed(2),
  renderSeconds: +renderSeconds.toFixed(2),
  filesPerSecond: Math.round(all.length / Math.max(renderSeconds, 0.001)),
  pagefindSeconds,
  totalSeconds: +total.toFixed(1),
  peakRssMB: Math.round(peak / 2 ** 20),
  htmlPages: pages,
  distFiles: all.length,
  distMB: +(size / 2 ** 20).toFixed(1),
  firstSearchKB: Math.round(firstSearch / 1024),
  medianPaperKB: +(median(/\/papers\/[^/]+\/index\.html$/) / 1024).toFixed(1),
  medianAuthorKB: +(median(/\/authors\/[^/]+\/index\.html$/) / 1024).toFixed(1),
};
mkdirSync("bench/results", { recursive: true });
writeFileSync(join("bench/results", `${count}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.table(result);

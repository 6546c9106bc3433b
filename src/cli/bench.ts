// `npm run bench -- --papers 10000`: generates a corpus, builds it into a scratch folder with the
// real templates, measures a rebuild's content sync with nothing and with one listing changed, and
// prints one table (also written to bench/results/<papers>.json).
import { execSync, spawn } from "node:child_process";
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { buildPhases, type LogLine } from "../lib/bench/phases.ts";
import { generateCorpus } from "../lib/bench/write-corpus.ts";
import { pushTo } from "../lib/directory/derive.ts";
import { parseListings } from "../lib/listing/parse-listings.ts";
import { RESULTS_PER_PAGE } from "../lib/search/state.ts";

const { values } = parseArgs({ options: { papers: { type: "string", default: "1000" }, out: { type: "string", default: "bench/out" } } });
const count = Number(values.papers);
const out = resolve(values.out ?? "bench/out", String(count));
const listings = join(out, "listings");
const dist = join(out, "dist");
const env = {
  ...process.env,
  PATH: `${resolve("node_modules/.bin")}:${process.env.PATH}`,
  PAPERDIR_LISTINGS: listings,
  PAPERDIR_OUT: dist,
  PAPERDIR_CACHE: join(out, "cache"),
};

const TICKS_PER_SECOND = 100;

/**
 * RSS summed over a process and all its descendants (Pagefind runs as a child), and each one's own CPU
 * seconds so far (user + system), from /proc.
 */
function treeStats(root: number): { rss: number; cpu: Map<number, number> } {
  const children = new Map<number, number[]>();
  const stats = new Map<number, { rss: number; cpu: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      pushTo(children, Number(f[1]), Number(entry));
      const cpu = (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND;
      stats.set(Number(entry), { rss: Number(f[21]) * 4096, cpu });
    } catch {}
  }
  let rss = 0;
  const cpu = new Map<number, number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    rss += stats.get(pid)?.rss ?? 0;
    cpu.set(pid, stats.get(pid)?.cpu ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss, cpu };
}

/** Milliseconds for a fixed piece of work: a slow moment on a shared machine shows here first. */
function calibrate(): number {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 1e8; i++) x = (x * 31 + i) | 0;
  const words = Array.from({ length: 5e5 }, (_, i) => `w${(i * 7919) % 500_000}${x & 1}`);
  words.sort();
  return Math.round(performance.now() - started);
}

/** Runs `astro <command>` on the corpus; resolves with its timed output lines, wall time and peak RSS. */
async function astro(command: string): Promise<{ lines: LogLine[]; log: string; seconds: number; peakBytes: number; cpuSeconds: number }> {
  const started = performance.now();
  const child = spawn(join("node_modules", ".bin", "astro"), [command], { env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: LogLine[] = [];
  let peakBytes = 0;
  const cpu = new Map<number, number>();
  const poll = setInterval(() => {
    const now = treeStats(child.pid ?? 0);
    peakBytes = Math.max(peakBytes, now.rss);
    for (const [pid, seconds] of now.cpu) cpu.set(pid, Math.max(cpu.get(pid) ?? 0, seconds));
  }, 200);
  const seen = (d: Buffer) => lines.push({ at: (performance.now() - started) / 1000, text: d.toString() });
  child.stdout.on("data", seen);
  child.stderr.on("data", seen);
  const code: number = await new Promise((ok) => child.on("close", ok));
  clearInterval(poll);
  const log = lines.map((l) => l.text).join("");
  writeFileSync(join(out, `${command}.log`), log);
  if (code !== 0) {
    console.error(log.slice(-3000));
    process.exit(1);
  }
  const cpuSeconds = [...cpu.values()].reduce((a, b) => a + b, 0);
  return { lines, log, seconds: (performance.now() - started) / 1000, peakBytes, cpuSeconds };
}

/** Content sync time of an `astro sync` run, from its log. */
function syncSeconds(lines: LogLine[]): number {
  const at = (re: RegExp) => lines.find((l) => re.test(l.text))?.at ?? Number.NaN;
  return +(at(/Synced content/) - at(/Syncing content/)).toFixed(2);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(listings, { recursive: true });
const files = generateCorpus(count);
for (const f of files) writeFileSync(join(listings, f.name), f.text);
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

const parseStart = performance.now();
parseListings(files.map((f) => ({ file: f.name, text: f.text })));
const parseSeconds = (performance.now() - parseStart) / 1000;

// Flush what earlier runs left in the page cache, so their disk writes are not timed as this build's.
execSync("sync");
const calibrationMs = calibrate();
const build = await astro("build");
const phases = buildPhases(build.lines, build.seconds);

const all = readdirSync(dist, { recursive: true, encoding: "utf8" })
  .map((f) => join(dist, f))
  .filter((f) => statSync(f).isFile());
const size = (f: string) => statSync(f).size;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const medianSize = (re: RegExp) => median(all.filter((f) => re.test(f)).map(size));
const pages = all.filter((f) => f.endsWith(".html")).length;
const pf = (re: RegExp) => all.filter((f) => f.includes("/pagefind/") && re.test(f));
const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
// A first search from the search page, as bytes on the wire (text files gzip-compressed as any static
// server sends them; Pagefind's own index files are compressed already): Pagefind's entry, JS, worker,
// wasm and metadata, one index chunk (a one-word query touches one; the median), a fragment for each
// result the page shows at first (RESULTS_PER_PAGE), and the page's own HTML, JS and CSS. The facet
// counts beside the results need every filter file as well, fetched after the results: reported apart,
// as the definition leaves them out. An estimate from the built files, not a network trace.
const wire = (f: string) => (/\.(js|css|html|json)$/.test(f) ? gzipSync(readFileSync(f)).length : size(f));
const firstSearchParts = {
  pagefindJs: sum(pf(/\/(pagefind-entry\.json|pagefind\.js|pagefind-worker\.js)$/).map(wire)),
  wasm: Math.max(0, ...pf(/wasm\.en\.pagefind$/).map(size)),
  meta: sum(pf(/\.pf_meta$/).map(size)),
  indexChunk: median(pf(/\.pf_index$/).map(size)),
  fragments: RESULTS_PER_PAGE * avg(pf(/\.pf_fragment$/).map(size)),
  searchPage: sum([join(dist, "search/index.html"), ...all.filter((f) => /_astro\/(search|Base).*\.(js|css)$/.test(f))].map(wire)),
};
const firstSearch = sum(Object.values(firstSearchParts));
const facets = sum(pf(/\.pf_filter$/).map(size));

// A rebuild's content sync: first with nothing changed, then with one listing edited.
const unchanged = await astro("sync");
const edited = join(listings, files[0]?.name ?? "");
appendFileSync(edited, "\nLGJan 5, 2025\nA Paper Added for the BenchmarkAnn Lee, Bo Chen\nAn abstract added to one listing.\n");
const oneChanged = await astro("sync");
const reparsed = /parsed (\d+) of (\d+) listing/.exec(oneChanged.log);

const result = {
  papers: count,
  listings: files.length,
  listingMB: +(bytes / 2 ** 20).toFixed(2),
  parseMBps: +(bytes / 2 ** 20 / parseSeconds).toFixed(1),
  ...phases,
  totalSeconds: +build.seconds.toFixed(1),
  cpuSeconds: +build.cpuSeconds.toFixed(1),
  calibrationMs,
  htmlPages: pages,
  pagesPerSecond: Math.round(pages / phases.renderSeconds),
  distFiles: all.length,
  filesPerSecond: Math.round(all.length / (phases.renderSeconds + phases.exportsSeconds)),
  peakRssMB: Math.round(build.peakBytes / 2 ** 20),
  distMB: +(sum(all.map(size)) / 2 ** 20).toFixed(1),
  firstSearchKB: Math.round(firstSearch / 1024),
  firstSearchParts: Object.entries(firstSearchParts)
    .map(([part, bytes]) => `${part} ${Math.round(bytes / 1024)}`)
    .join(", "),
  facetsKB: Math.round(facets / 1024),
  medianPaperKB: +(medianSize(/\/papers\/[^/]+\/index\.html$/) / 1024).toFixed(1),
  medianAuthorKB: +(medianSize(/\/authors\/[^/]+\/index\.html$/) / 1024).toFixed(1),
  rebuildSyncUnchangedSeconds: syncSeconds(unchanged.lines),
  rebuildSyncOneChangedSeconds: syncSeconds(oneChanged.lines),
  rebuildListingsParsed: reparsed ? `${reparsed[1]} of ${reparsed[2]}` : "none",
};
mkdirSync("bench/results", { recursive: true });
writeFileSync(join("bench/results", `${count}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.table(result);

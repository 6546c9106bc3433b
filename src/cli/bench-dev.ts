// `npm run bench:dev -- --papers 10000`: how long an edit to one listing takes to show in `npm run dev`.
// Uses the corpus `npm run bench -- --papers N` wrote (bench/out/<N>/listings); edits a copy of it.
import { spawn } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildDirectory } from "../lib/directory/build-directory.ts";
import { parseListings } from "../lib/listing/parse-listings.ts";

const { values } = parseArgs({
  options: {
    papers: { type: "string", default: "1000" },
    out: { type: "string", default: "bench/out" },
    edits: { type: "string", default: "3" },
  },
});
const root = resolve(values.out ?? "bench/out", String(values.papers));
const listings = join(root, "dev-listings");
rmSync(listings, { recursive: true, force: true });
cpSync(join(root, "listings"), listings, { recursive: true });
const port = 4800 + Math.floor(Math.random() * 100);
const origin = `http://127.0.0.1:${port}`;

const server = spawn(join("node_modules", ".bin", "astro"), ["dev", "--host", "127.0.0.1", "--port", String(port)], {
  env: {
    ...process.env,
    PATH: `${resolve("node_modules/.bin")}:${process.env.PATH}`,
    PAPERDIR_LISTINGS: listings,
    PAPERDIR_CACHE: join(root, "dev-cache"),
  },
  stdio: ["ignore", "pipe", "pipe"],
});
let log = "";
server.stdout.on("data", (d: Buffer) => (log += d.toString()));
server.stderr.on("data", (d: Buffer) => (log += d.toString()));

/** Polls a page until `ok` holds; resolves with the seconds it took. */
async function until(path: string, ok: (status: number, text: string) => boolean, limitSeconds: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const res = await fetch(`${origin}${path}`).catch(() => undefined);
    if (res && ok(res.status, await res.text())) return (performance.now() - started) / 1000;
    if (performance.now() - started > limitSeconds * 1000)
      throw new Error(`${path} did not change in ${limitSeconds}s\n${log.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

try {
  const startSeconds = await until("/papers/", (status) => status === 200, 600);
  // The paper to edit: the first of the first listing whose abstract opening occurs once in the file,
  // with the id the whole directory gives it (slugs that collide get suffixes).
  const names = readdirSync(listings).sort();
  const file = names[0] ?? "";
  const text = readFileSync(join(listings, file), "utf8");
  const { papers } = buildDirectory(
    parseListings(names.map((name) => ({ file: name, text: readFileSync(join(listings, name), "utf8") }))).listings,
  );
  const [id, paper] =
    [...papers].find(([, p]) => p.sources.some((s) => s.file === file) && text.split(p.abstract.slice(0, 40)).length === 2) ?? [];
  if (!id || !paper) throw new Error(`no paper of ${file} has an abstract opening found once in the file`);
  await until(`/papers/${id}/`, (status) => status === 200, 600);
  const seconds: number[] = [];
  for (let i = 1; i <= Number(values.edits); i++) {
    const marker = `Edited${i}Marker`;
    const current = readFileSync(join(listings, file), "utf8");
    const sentence = paper.abstract.slice(0, 40);
    writeFileSync(join(listings, file), current.replace(sentence, `${marker} ${sentence}`));
    seconds.push(await until(`/papers/${id}/`, (status, html) => status === 200 && html.includes(marker), 120));
  }
  const result = {
    papers: Number(values.papers),
    devStartSeconds: +startSeconds.toFixed(1),
    editToPageSeconds: seconds.map((s) => +s.toFixed(2)),
  };
  console.table({ ...result, editToPageSeconds: result.editToPageSeconds.join(", ") });
  writeFileSync(join("bench/results", `dev-${values.papers}.json`), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  server.kill();
}

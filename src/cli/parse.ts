// `npm run --silent parse -- [--captured YYYY-MM-DD] [--strict] <file-or-dir>...`
// Prints every listing as JSON (the contract in the README) and exits 0 (clean), 1 (errors, or
// warnings with --strict) or 2 (usage).
import { parseArgs } from "node:util";
import { ListingPathError, readListingSources } from "../lib/files/read-listings.ts";
import { parseIsoDate } from "../lib/listing/dates.ts";
import { parseListings } from "../lib/listing/parse-listings.ts";
import { formatProblem } from "../lib/listing/problems.ts";

const USAGE = "usage: npm run --silent parse -- [--captured YYYY-MM-DD] [--strict] <file-or-dir>...";

const OPTIONS = {
  captured: { type: "string" },
  strict: { type: "boolean", default: false },
  help: { type: "boolean", short: "h" },
} as const;

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ options: OPTIONS, allowPositionals: true });
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) usage("no listing file or directory given");
  if (values.captured !== undefined && !parseIsoDate(values.captured))
    usage(`--captured must be a date like 2026-11-22, not "${values.captured}"`);

  let sources: Awaited<ReturnType<typeof readListingSources>>;
  try {
    sources = await readListingSources(positionals);
  } catch (error) {
    if (error instanceof ListingPathError) usage(error.message);
    throw error;
  }
  const { listings, problems } = parseListings(sources, values.captured === undefined ? {} : { captured: values.captured });
  const output = {
    listings: listings.map((l) => ({ file: l.file, kind: l.kind, owner: l.owner, papers: l.papers })),
    problems,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  const failed = problems.some((p) => p.severity === "error" || (values.strict && p.severity === "warning"));
  return failed ? 1 : 0;
}

process.exitCode = await main();

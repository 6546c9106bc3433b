// `npm run dev` watches the listings: adding, editing and deleting one updates the pages, no restart.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv } from "../support/env.ts";

const port = 4300 + Math.floor(Math.random() * 500);
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess;
let listings: string;
let scratch: string;
let log = "";

async function page(path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${origin}${path}`).catch(() => undefined);
  return res ? { status: res.status, text: await res.text() } : { status: 0, text: "" };
}

/** Polls until the page satisfies `ok` (the watcher and the re-sync take a moment). */
async function until(path: string, ok: (p: { status: number; text: string }) => boolean, ms = 30_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const p = await page(path);
    if (ok(p)) return p.text;
    if (Date.now() > end) throw new Error(`${path} never became as expected (last status ${p.status})`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "paperdir-dev-"));
  listings = join(scratch, "listings");
  mkdirSync(listings);
  cpSync("src/content/listings/001_1ca789967ce059b1.txt", join(listings, "001.txt"));
  server = spawn(join("node_modules", ".bin", "astro"), ["dev", "--host", "127.0.0.1", "--port", String(port), "--force"], {
    env: childEnv({ PAPERDIR_LISTINGS: listings, PAPERDIR_CACHE: join(scratch, "cache") }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  server.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  await until("/papers/", (p) => p.status === 200, 90_000).catch((error: unknown) => {
    throw new Error(`${String(error)}\n${log}`);
  });
});

afterAll(() => {
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

const count = (html: string) => Number(/(\d+) papers, newest first/.exec(html)?.[1]);

describe("npm run dev", () => {
  it("shows an added listing, an edit and a deletion without a restart", async () => {
    expect(count(await until("/papers/", (p) => p.status === 200))).toBe(14);
    cpSync("src/content/listings/004_257d6e2e80b1d833.txt", join(listings, "004.txt"));
    await until("/papers/", (p) => count(p.text) === 24);
    const file = join(listings, "001.txt");
    writeFileSync(file, readFileSync(file, "utf8").replace("Phi-4 Technical Report", "Phi-4 Technical Report, Revised"));
    expect(await until("/papers/phi-4-technical-report-revised/", (p) => p.status === 200)).toContain("Phi-4 Technical Report, Revised");
    rmSync(join(listings, "004.txt"));
    await until("/papers/", (p) => count(p.text) === 14);
  });

  it("says on the search page that search needs a build", async () => {
    expect(await until("/search/", (p) => p.status === 200)).toContain('data-dev="true"');
  });
});

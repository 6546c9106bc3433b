// Builds a site from a listings folder into a scratch folder, as `npm run build` would.
import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { childEnv } from "./env.ts";

const run = promisify(execFile);

export interface BuiltSite {
  dir: string;
  base: string;
  log: string;
}

/** Runs `astro build` on `listings` with an optional base path; rejects with the build log on failure. */
export async function buildSite(listings: string, options: { base?: string; env?: Record<string, string> } = {}): Promise<BuiltSite> {
  const scratch = await mkdtemp(join(tmpdir(), "paperdir-site-"));
  const dir = join(scratch, "dist");
  const base = options.base ?? "/";
  const { stdout, stderr } = await run(join("node_modules", ".bin", "astro"), ["build"], {
    env: childEnv({
      PAPERDIR_LISTINGS: listings,
      PAPERDIR_OUT: dir,
      PAPERDIR_CACHE: join(scratch, "cache"),
      BASE_PATH: base,
      ...options.env,
    }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { dir, base, log: stdout + stderr };
}

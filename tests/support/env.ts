import { join } from "node:path";

/**
 * The environment for an Astro child process: ours, minus Vitest's own variables (Astro behaves
 * differently when it believes it runs under Vitest), with the project's Node 24 first on PATH.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "TEST" && k !== "NODE_ENV"));
  return { ...env, PATH: `${join(process.cwd(), "node_modules", ".bin")}:${process.env.PATH ?? ""}`, ...extra };
}

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readStoreFile } from "../../src/integrations/store-module.ts";

type Transform = (this: unknown, code: string, id: string) => { code: string } | null;

describe("readStoreFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "paperdir-store-"));
  const file = join(dir, "data-store.json");
  const store = JSON.stringify([["Map", 1, 2], "papers", ["Map"]]);
  writeFileSync(file, store);
  const transform = readStoreFile(file).transform as Transform;
  const server = { environment: { name: "ssr", config: { consumer: "server" } } };
  const astroCode = `export default JSON.parse(${JSON.stringify(store)})`;

  it("makes Astro's store module read the store file, giving the same value", async () => {
    const out = transform.call(server, astroCode, "\0astro:data-layer-content");
    expect(out?.code).not.toContain('"papers"');
    const url = `data:text/javascript,${encodeURIComponent(out?.code ?? "")}`;
    const astro = `data:text/javascript,${encodeURIComponent(astroCode)}`;
    expect((await import(url)).default).toEqual((await import(astro)).default);
  });

  it("leaves every other module, another storage mode, a missing file and the client alone", () => {
    expect(transform.call(server, astroCode, "/src/pages/index.astro")).toBeNull();
    expect(transform.call(server, 'export default{"papers":[]}', "\0astro:data-layer-content")).toBeNull();
    const missing = readStoreFile(join(dir, "nothing.json")).transform as Transform;
    expect(missing.call(server, astroCode, "\0astro:data-layer-content")).toBeNull();
    const client = { environment: { name: "client", config: { consumer: "client" } } };
    expect(transform.call(client, astroCode, "\0astro:data-layer-content")).toBeNull();
  });
});

// Every internal link goes through `url()`, so the site works under a base path (BASE_PATH=/dir/).
const base = import.meta.env.BASE_URL.replace(/\/$/, "");

/** Prefixes a site path with the configured base. @example url("/papers/") // "/dir/papers/" */
export function url(path: string): string {
  return `${base}${path}`;
}

export const paperUrl = (id: string) => url(`/papers/${id}/`);
export const authorUrl = (id: string) => url(`/authors/${id}/`);
export const categoryUrl = (id: string) => url(`/categories/${id}/`);
export const orgUrl = (id: string) => url(`/orgs/${id}/`);
export const yearUrl = (year: number | string) => url(`/years/${year}/`);

/** An absolute URL for a site path, from the configured `site` (canonical links, feeds, metadata). */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}

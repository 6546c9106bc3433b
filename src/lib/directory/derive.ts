import type { Count } from "./schema.ts";

/** Newest first, then by title key: the order of every paper list on the site. */
export function byNewest<T extends { date: string; key: string }>(a: T, b: T): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Counts occurrences of ids, keeping a label per id. */
export class Counter {
  private readonly counts = new Map<string, { name: string; count: number }>();

  add(id: string, name: string, by = 1): void {
    const entry = this.counts.get(id);
    if (entry) entry.count += by;
    else this.counts.set(id, { name, count: by });
  }

  /** Most frequent first, ties by name then id, so output never depends on insertion order. */
  ranked(): Count[] {
    return [...this.counts.entries()]
      .map(([id, { name, count }]) => ({ id, name, count }))
      .sort((a, b) => b.count - a.count || cmp(a.name, b.name) || cmp(a.id, b.id));
  }

  /** By id ascending (for years). */
  byId(): Count[] {
    return this.ranked().sort((a, b) => cmp(a.id, b.id));
  }
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'{}|\\^`]+/g;
const CODE_HOSTS = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|huggingface\.co|sourceforge\.net)\//i;

/**
 * Finds the code link in an abstract: the first URL on a code host, or (when the listing showed a
 * Code badge) the first http(s) URL. Other schemes are never returned.
 * @example findCodeUrl("Code: https://github.com/a/b.", true) // "https://github.com/a/b"
 */
export function findCodeUrl(abstract: string, hasCode: boolean): string | null {
  const urls = [...abstract.matchAll(URL_IN_TEXT)].map((m) => m[0].replace(/[.,;:!?)\]]+$/, ""));
  return urls.find((u) => CODE_HOSTS.test(u)) ?? (hasCode ? (urls[0] ?? null) : null);
}

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|ten|ter|bin|ibn|al|el|zu)$/;

/**
 * The family name by which an author is filed in the A–Z index: the last token that is not a
 * suffix ("Jr."), without leading particles ("van der Maaten" is filed under M).
 */
export function familyName(name: string): string {
  const tokens = name.split(" ").filter((t) => !SUFFIX.test(t));
  const last = tokens.at(-1) ?? name;
  return PARTICLE.test(last) ? name : last;
}

/** Appends to the list under a key, creating it: the building block of every index here. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

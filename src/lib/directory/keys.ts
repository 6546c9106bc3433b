import slugify from "@sindresorhus/slugify";
import anyAscii from "any-ascii";

/**
 * The identity of a paper: its title with Unicode compatibility forms, case, LaTeX markup, punctuation
 * and white space ignored, so copies from different sites meet.
 * @example titleKey("Skill-Mix: a {\\em Flexible} Family") === titleKey("skill mix — A flexible family") // true
 */
export function titleKey(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\\(?:[a-z]+|.)/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const CASELESS = /\p{Lo}/u;

/**
 * An ASCII slug for a URL. Latin, Greek and Cyrillic go through slugify's transliteration (ä → ae);
 * scripts it leaves out (CJK, Hangul, Thai …) are romanised with any-ascii first, so 张伟 gets
 * "zhang-wei" rather than nothing. Long titles are cut at a word boundary.
 * @example slugText("Łukasz Kaiser") // "lukasz-kaiser"
 */
export function slugText(text: string, maxLength = 80): string {
  // any-ascii writes 张伟 as "ZhangWei": split its syllables; but keep "OpenAI" one word.
  const slug = CASELESS.test(text) ? slugify(anyAscii(text)) : slugify(text, { decamelize: false });
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf("-");
  return lastDash > maxLength / 2 ? cut.slice(0, lastDash) : slug.slice(0, maxLength);
}

/** A short stable hash (FNV-1a, base 36) used to tell colliding slugs apart. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, "0").slice(0, 6);
}

/**
 * Gives every item a unique slug, the same whatever order the items come in. Items whose slugs collide
 * are ranked by their identity key: the first keeps the plain slug, the others get a suffix made from a
 * hash of their key, so adding an item never renames one that does not collide with it.
 * @example assignSlugs([{ key: "b", text: "A B" }, { key: "a", text: "a-b" }]) // Map { "a" => "a-b", "b" => "a-b-<hash>" }
 */
export function assignSlugs(items: Array<{ key: string; text: string }>, fallback = "untitled"): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const { key, text } of items) {
    const plain = slugText(text);
    // A purely numeric slug would clash with page numbers (/papers/2/).
    const base = plain === "" ? `${fallback}-${shortHash(key)}` : /^\d+$/.test(plain) ? `${fallback}-${plain}` : plain;
    const keys = byBase.get(base);
    if (keys) keys.push(key);
    else byBase.set(base, [key]);
  }
  const slugs = new Map<string, string>();
  for (const [base, keys] of byBase) {
    keys.sort();
    for (const [i, key] of keys.entries()) slugs.set(key, i === 0 ? base : `${base}-${shortHash(key)}`);
  }
  return slugs;
}

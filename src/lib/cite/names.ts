import { familyName } from "../directory/derive.ts";

/** A name as citation formats want it: family and given, or a literal (teams, one-word, CJK names). */
export type CiteName = { family: string; given: string } | { literal: string };

/**
 * Splits a displayed name; particles stay with the family name.
 * @example splitName("Laurens van der Maaten") // { family: "van der Maaten", given: "Laurens" }
 */
export function splitName(name: string): CiteName {
  const tokens = name.trim().split(/\s+/);
  if (tokens.length < 2 || /\p{Lo}/u.test(name)) return { literal: name.trim() };
  const family = familyName(name);
  let start = tokens.lastIndexOf(family);
  while (start > 1 && /^(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|ten|ter|bin|ibn|al|el|zu)$/.test(tokens[start - 1] ?? ""))
    start -= 1;
  if (start <= 0) return { literal: name.trim() };
  return { family: tokens.slice(start).join(" "), given: tokens.slice(0, start).join(" ") };
}

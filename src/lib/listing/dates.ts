const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A calendar date as the listing wrote it; `year` is absent when the listing left it off. */
export interface LooseDate {
  month: number;
  day: number;
  year?: number;
}

/** Returns the 1-based month for an English month name or abbreviation ("Sep", "Sept", "September"). */
export function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
}

/** Tells whether a year/month/day names a real day of the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Formats an ISO calendar date. @example isoDate(2024, 5, 7) // "2024-05-07" */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Parses an ISO `YYYY-MM-DD` date, or returns undefined when it is malformed or not a real day.
 * @example parseIsoDate("2026-11-22") // { year: 2026, month: 11, day: 22 }
 */
export function parseIsoDate(text: string): Required<LooseDate> | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * Gives a year-less date its year from the capture date: the capture year, or the year before when the
 * date would otherwise fall after the capture (a "Dec 30" captured on Jan 5 is last December).
 * @example resolveYear({ month: 12, day: 30 }, { year: 2026, month: 1, day: 5 }) // 2025
 */
export function resolveYear(date: LooseDate, captured: Required<LooseDate>): number {
  if (date.year !== undefined) return date.year;
  const later = date.month > captured.month || (date.month === captured.month && date.day > captured.day);
  return later ? captured.year - 1 : captured.year;
}

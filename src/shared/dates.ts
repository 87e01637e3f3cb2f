import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';

/**
 * Calendar dates are 'YYYY-MM-DD' strings end to end (issue, due, delivery, validity dates). The
 * arithmetic goes through Temporal.PlainDate, which has no time zone and no time of day, so a due
 * date never shifts by a day around midnight or a DST change.
 */
export type CalendarDate = string;

export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD')
  .refine((v) => {
    try {
      Temporal.PlainDate.from(v, { overflow: 'reject' });
      return true;
    } catch {
      return false;
    }
  }, 'Not a calendar date');

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Today's date in an IANA time zone at the given instant (the company's "today"). The runtime's ICU
 * time zone data answers it; one formatter per zone is kept, as building one is the costly part.
 */
export function todayIn(timeZone: string, instant: Date): CalendarDate {
  // UTC offsets are whole seconds (tzdb), so the date cannot change within one second: the last
  // answer per zone is reused for instants of the same second (issuing asks for it on every call).
  const second = Math.floor(instant.getTime() / 1000);
  const last = lastDays.get(timeZone);
  if (last?.second === second) return last.date;
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  let year = '';
  let month = '';
  let day = '';
  for (const part of f.formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  const date = `${year.padStart(4, '0')}-${month}-${day}`;
  lastDays.set(timeZone, { second, date });
  return date;
}
const lastDays = new Map<string, { second: number; date: CalendarDate }>();

const DAY_MS = 86_400_000;

/**
 * Days are added on the UTC calendar (no time zone, no DST: a day is always 86,400,000 ms there),
 * which is the proleptic Gregorian calendar of Temporal.PlainDate for every 4-digit year.
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || !Number.isInteger(days)) return Temporal.PlainDate.from(date).add({ days }).toString();
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * DAY_MS;
  const out = new Date(t).toISOString().slice(0, 10);
  // Years outside 0000–9999 print differently in ISO strings: let Temporal answer those.
  return /^\d{4}-/.test(out) ? out : Temporal.PlainDate.from(date).add({ days }).toString();
}

/** Month arithmetic clamps to the month's end: 31 Jan + 1 month = 28/29 Feb. */
export const addMonths = (date: CalendarDate, months: number): CalendarDate =>
  Temporal.PlainDate.from(date).add({ months }, { overflow: 'constrain' }).toString();

export const compareDates = (a: CalendarDate, b: CalendarDate): number =>
  Temporal.PlainDate.compare(Temporal.PlainDate.from(a), Temporal.PlainDate.from(b));

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: CalendarDate, b: CalendarDate): number =>
  Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days;

export const yearOf = (date: CalendarDate): number =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.slice(0, 4)) : Temporal.PlainDate.from(date).year;

/** The Monday of the ISO week (ISO 8601: weeks start on Monday) that holds `date`. */
export const startOfIsoWeek = (date: CalendarDate): CalendarDate =>
  addDays(date, 1 - Temporal.PlainDate.from(date).dayOfWeek);

/**
 * The instant a calendar day begins in an IANA time zone, as an ISO UTC string with milliseconds
 * (the stored instants' shape, so that text comparison orders them).
 */
export const startOfDayInstant = (date: CalendarDate, timeZone: string): string =>
  Temporal.PlainDate.from(date)
    .toZonedDateTime({ timeZone })
    .toInstant()
    .toString({ fractionalSecondDigits: 3 });

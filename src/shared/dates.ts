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

/** Today's date in an IANA time zone at the given instant (the company's "today"). */
export const todayIn = (timeZone: string, instant: Date): CalendarDate =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();

export const addDays = (date: CalendarDate, days: number): CalendarDate =>
  Temporal.PlainDate.from(date).add({ days }).toString();

/** Month arithmetic clamps to the month's end: 31 Jan + 1 month = 28/29 Feb. */
export const addMonths = (date: CalendarDate, months: number): CalendarDate =>
  Temporal.PlainDate.from(date).add({ months }, { overflow: 'constrain' }).toString();

export const compareDates = (a: CalendarDate, b: CalendarDate): number =>
  Temporal.PlainDate.compare(Temporal.PlainDate.from(a), Temporal.PlainDate.from(b));

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: CalendarDate, b: CalendarDate): number =>
  Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days;

export const yearOf = (date: CalendarDate): number => Temporal.PlainDate.from(date).year;

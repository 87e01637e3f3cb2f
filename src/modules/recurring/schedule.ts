import { Temporal } from 'temporal-polyfill';
import { addDays, addMonths, type CalendarDate, compareDates } from '../../shared/dates.js';
import { MONTHS_OF, type Schedule } from './schedule.schema.js';

/**
 * The pure schedule engine of recurring invoices (docs/architecture.md, "Recurring invoices —
 * schedule engine"): the periods of a schedule, when each is due, and which are due at an instant.
 * Calendar arithmetic and time zones go through Temporal; nothing here reads a clock.
 */
export interface Period {
  /** 0 for the first period of the schedule. */
  index: number;
  start: CalendarDate;
  /** Inclusive: the day before the next period's start. */
  end: CalendarDate;
  /** The day the period's invoice is made: its start (in advance) or the day after its end (in arrears). */
  runDate: CalendarDate;
  /** `runDate` at the schedule's time of day in its time zone, as an ISO UTC string with milliseconds. */
  dueAt: string;
}

/** Upper bound on the periods one call walks through (about 27 years of daily periods). */
export const MAX_PERIODS_WALKED = 10_000;

const daysInMonth = (year: number, month: number): number =>
  Temporal.PlainDate.from({ year, month, day: 1 }).daysInMonth;

/** The first period's start: the start date, or the first `dayOfMonth` on or after it. */
export function firstPeriodStart(s: Schedule): CalendarDate {
  if (s.dayOfMonth === undefined || MONTHS_OF[s.frequency] === null) return s.startDate;
  const d = Temporal.PlainDate.from(s.startDate);
  if (s.dayOfMonth === 'last') return d.with({ day: d.daysInMonth }).toString();
  if (d.day <= s.dayOfMonth) return d.with({ day: s.dayOfMonth }).toString();
  return d.with({ day: 1 }).add({ months: 1 }).with({ day: s.dayOfMonth }).toString();
}

/**
 * The start of period `index`. Months are always counted from the first period's start, never from
 * the previous period: a schedule anchored on 31 January runs on 28/29 February, then on 31 March
 * (no drift to the 28th); 29 February yearly runs on 28 February in common years. "Last day" takes
 * each month's last day.
 */
export function periodStart(s: Schedule, index: number): CalendarDate {
  const first = firstPeriodStart(s);
  const months = MONTHS_OF[s.frequency];
  if (months === null) return addDays(first, index * s.interval * (s.frequency === 'week' ? 7 : 1));
  const step = index * months * s.interval;
  if (s.dayOfMonth === 'last') {
    const m = Temporal.PlainDate.from(first).with({ day: 1 }).add({ months: step });
    return m.with({ day: daysInMonth(m.year, m.month) }).toString();
  }
  return addMonths(first, step);
}

/**
 * The instant a local date and time of day happen in `timeZone`. Daylight saving: a time skipped when
 * the clocks go forward (02:30 on the last Sunday of March in Europe/Brussels) is moved forward by the
 * gap (03:30 local, the same instant as 02:30 in winter time); a time that happens twice when they go
 * back is the first (summer-time) one. This is Temporal's and RFC 5545's `compatible` rule.
 */
export function localInstant(date: CalendarDate, timeOfDay: string, timeZone: string): string {
  // Time-zone arithmetic is the costly part of a period (tens of µs): a run over thousands of
  // profiles asks for the same few days again and again, so answers are kept (bounded).
  const key = `${date}T${timeOfDay} ${timeZone}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = Temporal.PlainDateTime.from(`${date}T${timeOfDay}`)
      .toZonedDateTime(timeZone, { disambiguation: 'compatible' })
      .toInstant()
      .toString({ fractionalSecondDigits: 3 });
    if (instants.size >= MAX_INSTANTS_KEPT) instants.clear();
    instants.set(key, instant);
  }
  return instant;
}

const MAX_INSTANTS_KEPT = 20_000;
const instants = new Map<string, string>();

/**
 * "On the last day" means calendar months, invoiced on a month's last day: run `index` falls on the
 * last day of the month `periodStart` gives (the first on or after the start date, then every step);
 * in arrears it closes the months that end that day (a monthly rent of January invoiced on 31
 * January), in advance it opens the months that follow (February's rent invoiced on 31 January).
 */
function lastDayPeriod(s: Schedule, index: number): Omit<Period, 'dueAt'> {
  const months = (MONTHS_OF[s.frequency] ?? 1) * s.interval;
  const runDate = periodStart(s, index);
  const firstOfRunMonth = Temporal.PlainDate.from(runDate).with({ day: 1 });
  const [start, end] =
    s.billing === 'advance'
      ? [
          addDays(runDate, 1),
          firstOfRunMonth
            .add({ months: months + 1 })
            .subtract({ days: 1 })
            .toString(),
        ]
      : [firstOfRunMonth.subtract({ months: months - 1 }).toString(), runDate];
  return { index, start, end, runDate };
}

/** Period `index`, or null when the schedule has ended before it (by count or by end date). */
export function periodAt(s: Schedule, index: number): Period | null {
  if (index < 0 || (s.count != null && index >= s.count)) return null;
  if (s.dayOfMonth === 'last' && MONTHS_OF[s.frequency] !== null) {
    const p = lastDayPeriod(s, index);
    if (s.endDate != null && compareDates(p.runDate, s.endDate) > 0) return null;
    return { ...p, dueAt: localInstant(p.runDate, s.timeOfDay, s.timeZone) };
  }
  const start = periodStart(s, index);
  if (s.endDate != null && compareDates(start, s.endDate) > 0) return null;
  const next = periodStart(s, index + 1);
  const end = addDays(next, -1);
  const runDate = s.billing === 'advance' ? start : next;
  return { index, start, end, runDate, dueAt: localInstant(runDate, s.timeOfDay, s.timeZone) };
}

/** The schedule's periods in order, from the first, until it ends (or MAX_PERIODS_WALKED). */
export function* periods(s: Schedule): Generator<Period> {
  for (let i = 0; i < MAX_PERIODS_WALKED; i++) {
    const p = periodAt(s, i);
    if (!p) return;
    yield p;
  }
}

const instant = (at: Date | string): Temporal.Instant =>
  Temporal.Instant.from(typeof at === 'string' ? at : at.toISOString());

/** The next `n` periods due strictly after `after` (the editor's preview of the next 12). */
export function nextRuns(s: Schedule, after: Date | string, n = 12): Period[] {
  const from = instant(after);
  const out: Period[] = [];
  if (n <= 0) return out;
  for (const p of periods(s)) {
    if (Temporal.Instant.compare(Temporal.Instant.from(p.dueAt), from) <= 0) continue;
    out.push(p);
    if (out.length >= n) break;
  }
  return out;
}

/**
 * The periods to generate at `asOf`: every period due at or before `asOf` that starts after the last
 * generated one (all of them when none was generated yet), in order, each once, within the
 * schedule's end. After downtime this is the missed periods, each with its own dates. Comparing by
 * start date (not by index) keeps this right when the schedule was edited since the last run.
 */
export function duePeriods(
  s: Schedule,
  lastGeneratedPeriodStart: CalendarDate | null,
  asOf: Date | string,
): Period[] {
  const at = instant(asOf);
  const out: Period[] = [];
  for (const p of periods(s)) {
    if (Temporal.Instant.compare(Temporal.Instant.from(p.dueAt), at) > 0) break;
    if (lastGeneratedPeriodStart !== null && compareDates(p.start, lastGeneratedPeriodStart) <= 0) continue;
    out.push(p);
  }
  return out;
}

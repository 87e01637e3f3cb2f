import { z } from 'zod';
import { CalendarDateSchema, compareDates } from '../../shared/dates.js';
import { AppError, type FieldError } from '../../shared/errors.js';
import { TimeZone } from '../../shared/identifiers.js';

/**
 * How often a recurring profile runs. `quarter`, `half_year` and `year` are named presets of months
 * (3, 6, 12), each multiplied by `interval` ("every 2 years" = 24 months).
 */
export const Frequency = z.enum(['day', 'week', 'month', 'quarter', 'half_year', 'year']);
export type Frequency = z.infer<typeof Frequency>;

/** Months per period of a month-based frequency; null for days and weeks. */
export const MONTHS_OF: Record<Frequency, number | null> = {
  day: null,
  week: null,
  month: 1,
  quarter: 3,
  half_year: 6,
  year: 12,
};

export const DAY_OF_MONTH_MESSAGE =
  'Day {day} does not exist in every month: choose a day from 1 to 28, or "last day"';

const isDate = (v: unknown): v is string => CalendarDateSchema.safeParse(v).success;

export const ScheduleSchema = z
  .strictObject({
    frequency: Frequency,
    interval: z.number().int().min(1).max(999).default(1),
    /**
     * Month-based frequencies only: the periods start on this day (1–28) or on the month's last day.
     * Left out, they start on the start date's day, falling back to the last day of shorter months.
     */
    dayOfMonth: z.union([z.number().int(), z.literal('last')]).optional(),
    startDate: CalendarDateSchema,
    /** The last period is the one that starts on or before this date. */
    endDate: CalendarDateSchema.nullable().optional(),
    /** The number of periods, then the profile ends. */
    count: z.number().int().min(1).max(10_000).nullable().optional(),
    /** Local time of day (HH:MM, 24 h) in `timeZone` at which a period's invoice is due. */
    timeOfDay: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time as HH:MM (00:00–23:59)'),
    timeZone: TimeZone,
    /** In advance: a period runs on its first day; in arrears: on the day after its last day. */
    billing: z.enum(['advance', 'arrears']).default('advance'),
  })
  .superRefine((s, ctx) => {
    if (typeof s.dayOfMonth === 'number') {
      if (MONTHS_OF[s.frequency] === null)
        ctx.addIssue({
          code: 'custom',
          path: ['dayOfMonth'],
          message: 'A day of the month applies to monthly, quarterly, half-yearly and yearly schedules only',
        });
      else if (s.dayOfMonth >= 29 && s.dayOfMonth <= 31)
        ctx.addIssue({
          code: 'custom',
          path: ['dayOfMonth'],
          message: DAY_OF_MONTH_MESSAGE.replace('{day}', String(s.dayOfMonth)),
          params: { day: s.dayOfMonth, suggestion: 'last' },
        });
      else if (s.dayOfMonth < 1 || s.dayOfMonth > 31)
        ctx.addIssue({ code: 'custom', path: ['dayOfMonth'], message: 'A day from 1 to 28, or "last day"' });
    } else if (s.dayOfMonth === 'last' && MONTHS_OF[s.frequency] === null)
      ctx.addIssue({
        code: 'custom',
        path: ['dayOfMonth'],
        message: 'A day of the month applies to monthly, quarterly, half-yearly and yearly schedules only',
      });
    // The refinement also runs when a field failed (zod reports every issue at once): compare only valid dates.
    if (
      s.endDate != null &&
      isDate(s.endDate) &&
      isDate(s.startDate) &&
      compareDates(s.endDate, s.startDate) < 0
    )
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'The end date cannot be before the start date',
      });
    if (s.endDate != null && s.count != null)
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message: 'End either by a date or after a number of periods, not both',
      });
  });

export type ScheduleInput = z.input<typeof ScheduleSchema>;
export type Schedule = z.output<typeof ScheduleSchema>;

/**
 * Parses a schedule outside a route (service code, imports, tests): a 400 `validation_failed` whose
 * field paths start with `prefix` (`schedule/endDate`), as the route's own validation would name them.
 */
export function parseSchedule(input: unknown, prefix = 'schedule'): Schedule {
  const result = ScheduleSchema.safeParse(input);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('/'),
    message: issue.message,
  }));
  throw new AppError('validation_failed', errors[0]?.message ?? 'Invalid schedule', { errors });
}

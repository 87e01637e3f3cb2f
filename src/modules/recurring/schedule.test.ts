import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.js';
import { duePeriods, localInstant, nextRuns, periodAt, periods } from './schedule.js';
import { parseSchedule, type ScheduleInput } from './schedule.schema.js';

const base: ScheduleInput = {
  frequency: 'month',
  startDate: '2026-01-01',
  timeOfDay: '09:00',
  timeZone: 'Europe/Brussels',
};
const schedule = (patch: Partial<ScheduleInput>) => parseSchedule({ ...base, ...patch });
const starts = (patch: Partial<ScheduleInput>, n: number) =>
  [...Array(n).keys()].map((i) => periodAt(schedule(patch), i)?.start);

describe('on the last day of the month', () => {
  const of = (patch: Partial<ScheduleInput>, n: number) =>
    [...Array(n).keys()].map((i) => {
      const p = periodAt(schedule({ dayOfMonth: 'last', ...patch }), i);
      return p && `${p.runDate}: ${p.start}..${p.end}`;
    });

  it.each<[string, Partial<ScheduleInput>, (string | null)[]]>([
    [
      'in arrears: each calendar month invoiced on its own last day, 29 February in a leap year',
      { startDate: '2028-01-10', billing: 'arrears' },
      [
        '2028-01-31: 2028-01-01..2028-01-31',
        '2028-02-29: 2028-02-01..2028-02-29',
        '2028-03-31: 2028-03-01..2028-03-31',
      ],
    ],
    [
      'in advance: the next calendar month invoiced on the last day before it',
      { startDate: '2026-01-31', billing: 'advance' },
      [
        '2026-01-31: 2026-02-01..2026-02-28',
        '2026-02-28: 2026-03-01..2026-03-31',
        '2026-03-31: 2026-04-01..2026-04-30',
      ],
    ],
    [
      'quarterly in arrears: the three months that end on the run day',
      { frequency: 'quarter', startDate: '2026-03-01', billing: 'arrears' },
      [
        '2026-03-31: 2026-01-01..2026-03-31',
        '2026-06-30: 2026-04-01..2026-06-30',
        '2026-09-30: 2026-07-01..2026-09-30',
      ],
    ],
    [
      'ended by date: no run after it',
      { startDate: '2026-01-01', billing: 'arrears', endDate: '2026-02-28' },
      ['2026-01-31: 2026-01-01..2026-01-31', '2026-02-28: 2026-02-01..2026-02-28', null],
    ],
  ])('%s', (_, patch, expected) => {
    expect(of(patch, expected.length)).toEqual(expected);
  });
});

describe('period starts', () => {
  it.each<[string, Partial<ScheduleInput>, string[]]>([
    [
      'monthly from 31 January: last day of shorter months, back to the 31st, 29 February in leap years',
      { startDate: '2027-10-31' },
      ['2027-10-31', '2027-11-30', '2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30'],
    ],
    [
      'monthly from 31 January of a common year',
      { startDate: '2026-01-31' },
      ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31'],
    ],
    [
      'monthly on the last day, in advance: the calendar month after each run',
      { startDate: '2027-11-10', dayOfMonth: 'last' },
      ['2027-12-01', '2028-01-01', '2028-02-01', '2028-03-01', '2028-04-01'],
    ],
    [
      'monthly on day 15, started after the 15th: the next month',
      { startDate: '2026-01-20', dayOfMonth: 15 },
      ['2026-02-15', '2026-03-15', '2026-04-15'],
    ],
    [
      'monthly on day 28, started on it',
      { startDate: '2026-02-28', dayOfMonth: 28 },
      ['2026-02-28', '2026-03-28'],
    ],
    [
      'yearly from 29 February: 28 February in common years',
      { frequency: 'year', startDate: '2028-02-29' },
      ['2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29'],
    ],
    [
      'quarterly',
      { frequency: 'quarter', startDate: '2026-01-01' },
      ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01'],
    ],
    [
      'quarterly from 31 August',
      { frequency: 'quarter', startDate: '2026-08-31' },
      ['2026-08-31', '2026-11-30', '2027-02-28', '2027-05-31'],
    ],
    [
      'half-yearly',
      { frequency: 'half_year', startDate: '2026-07-01' },
      ['2026-07-01', '2027-01-01', '2027-07-01'],
    ],
    ['every 2 years', { frequency: 'year', interval: 2 }, ['2026-01-01', '2028-01-01', '2030-01-01']],
    ['every 2 months', { interval: 2, startDate: '2026-12-31' }, ['2026-12-31', '2027-02-28', '2027-04-30']],
    ['every 2 weeks', { frequency: 'week', interval: 2 }, ['2026-01-01', '2026-01-15', '2026-01-29']],
    [
      'every 10 days over a month end',
      { frequency: 'day', interval: 10, startDate: '2028-02-25' },
      ['2028-02-25', '2028-03-06', '2028-03-16'],
    ],
  ])('%s', (_, patch, expected) => {
    expect(starts(patch, expected.length)).toEqual(expected);
  });
});

describe('periods', () => {
  it('end the day before the next one starts, and run on their start when billing in advance', () => {
    expect(periodAt(schedule({ startDate: '2026-01-31' }), 1)).toEqual({
      index: 1,
      start: '2026-02-28',
      end: '2026-03-30',
      runDate: '2026-02-28',
      dueAt: '2026-02-28T08:00:00.000Z',
    });
  });

  it('run on the day after their end when billing in arrears', () => {
    expect(periodAt(schedule({ startDate: '2026-11-01', billing: 'arrears' }), 0)).toEqual({
      index: 0,
      start: '2026-11-01',
      end: '2026-11-30',
      runDate: '2026-12-01',
      dueAt: '2026-12-01T08:00:00.000Z',
    });
    const q = periodAt(schedule({ frequency: 'quarter', startDate: '2026-10-01', billing: 'arrears' }), 0);
    expect([q?.end, q?.runDate]).toEqual(['2026-12-31', '2027-01-01']);
  });

  it.each<[string, Partial<ScheduleInput>, string[]]>([
    ['by count', { count: 3 }, ['2026-01-01', '2026-02-01', '2026-03-01']],
    [
      'by an end date on a period start (included)',
      { endDate: '2026-03-01' },
      ['2026-01-01', '2026-02-01', '2026-03-01'],
    ],
    ['by an end date within a period', { endDate: '2026-02-28' }, ['2026-01-01', '2026-02-01']],
    ['by an end date equal to the start', { endDate: '2026-01-01' }, ['2026-01-01']],
    ['by count, in arrears', { count: 2, billing: 'arrears' }, ['2026-01-01', '2026-02-01']],
  ])('end %s', (_, patch, expected) => {
    const s = schedule(patch);
    expect([...periods(s)].map((p) => p.start)).toEqual(expected);
    expect(nextRuns(s, '2020-01-01T00:00:00Z', 12).map((p) => p.start)).toEqual(expected);
  });
});

describe('due instants follow the local time of day in the company time zone', () => {
  it.each<[string, Partial<ScheduleInput>, string[]]>([
    [
      'Europe/Brussels, spring forward: 02:30 does not exist on 29 March 2026 → 03:30 CEST',
      { frequency: 'day', startDate: '2026-03-28', timeOfDay: '02:30' },
      ['2026-03-28T01:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-03-30T00:30:00.000Z'],
    ],
    [
      'Europe/Brussels, fall back: 02:30 happens twice on 25 October 2026 → the first (CEST)',
      { frequency: 'day', startDate: '2026-10-24', timeOfDay: '02:30' },
      ['2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z'],
    ],
    [
      'Europe/Brussels, monthly at 09:00 across both changes',
      { startDate: '2026-02-15' },
      [
        '2026-02-15T08:00:00.000Z',
        '2026-03-15T08:00:00.000Z',
        '2026-04-15T07:00:00.000Z',
        '2026-05-15T07:00:00.000Z',
      ],
    ],
    [
      'America/New_York, spring forward on 8 March 2026 (09:00 and the skipped 02:30)',
      { frequency: 'day', startDate: '2026-03-07', timeOfDay: '09:00', timeZone: 'America/New_York' },
      ['2026-03-07T14:00:00.000Z', '2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z'],
    ],
    [
      'Australia/Sydney, daylight saving ends on 5 April 2026',
      { frequency: 'day', startDate: '2026-04-04', timeOfDay: '09:00', timeZone: 'Australia/Sydney' },
      ['2026-04-03T22:00:00.000Z', '2026-04-04T23:00:00.000Z', '2026-04-05T23:00:00.000Z'],
    ],
    [
      'Pacific/Auckland, 00:30 local is the previous day in UTC',
      { startDate: '2026-06-01', timeOfDay: '00:30', timeZone: 'Pacific/Auckland' },
      ['2026-05-31T12:30:00.000Z', '2026-06-30T12:30:00.000Z'],
    ],
  ])('%s', (_, patch, expected) => {
    const s = schedule(patch);
    expect([...Array(expected.length).keys()].map((i) => periodAt(s, i)?.dueAt)).toEqual(expected);
  });

  it('02:30 on the New York spring-forward day moves forward by the gap', () => {
    expect(localInstant('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });
});

describe('nextRuns', () => {
  it('previews the next 12 due strictly after the instant, from the first period on', () => {
    const s = schedule({ startDate: '2026-01-31' });
    const next = nextRuns(s, '2026-01-31T08:00:00.000Z');
    expect(next).toHaveLength(12);
    expect(next[0]?.start).toBe('2026-02-28');
    expect(next[11]?.start).toBe('2027-01-31');
    expect(nextRuns(s, new Date('2026-01-31T07:59:59.999Z'), 1)[0]?.start).toBe('2026-01-31');
    expect(nextRuns(s, '2026-01-01T00:00:00Z', 0)).toEqual([]);
  });
});

describe('duePeriods', () => {
  const monthly = schedule({});
  const starts = (ps: { start: string }[]) => ps.map((p) => p.start);

  it('catches up three missed months after downtime, in order, each with its own dates, once', () => {
    const asOf = '2026-04-01T08:30:00Z'; // 10:30 in Brussels on 1 April
    const due = duePeriods(monthly, '2026-01-01', asOf);
    expect(due.map((p) => [p.start, p.end])).toEqual([
      ['2026-02-01', '2026-02-28'],
      ['2026-03-01', '2026-03-31'],
      ['2026-04-01', '2026-04-30'],
    ]);
    expect(duePeriods(monthly, '2026-04-01', asOf)).toEqual([]);
    expect(duePeriods(monthly, '2026-03-01', asOf).map((p) => p.start)).toEqual(['2026-04-01']);
  });

  it('waits for the time of day in the zone', () => {
    // 09:00 CEST on 1 April is 07:00 UTC.
    expect(starts(duePeriods(monthly, '2026-03-01', '2026-04-01T06:59:59.999Z'))).toEqual([]);
    expect(starts(duePeriods(monthly, '2026-03-01', '2026-04-01T07:00:00.000Z'))).toEqual(['2026-04-01']);
  });

  it('starts from the first period when none was generated', () => {
    expect(starts(duePeriods(monthly, null, '2026-03-15T00:00:00Z'))).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
    expect(duePeriods(monthly, null, '2025-12-31T23:00:00Z')).toEqual([]);
  });

  it('respects the end by count and by date', () => {
    const asOf = '2027-01-01T00:00:00Z';
    expect(starts(duePeriods(schedule({ count: 2 }), null, asOf))).toEqual(['2026-01-01', '2026-02-01']);
    expect(duePeriods(schedule({ count: 2 }), '2026-02-01', asOf)).toEqual([]);
    expect(starts(duePeriods(schedule({ endDate: '2026-02-15' }), null, asOf))).toEqual([
      '2026-01-01',
      '2026-02-01',
    ]);
  });

  it('in arrears, a period is due only after it ends', () => {
    const s = schedule({ billing: 'arrears' });
    expect(duePeriods(s, null, '2026-01-31T23:00:00Z')).toEqual([]);
    expect(duePeriods(s, null, '2026-02-01T08:00:00Z').map((p) => [p.start, p.end, p.runDate])).toEqual([
      ['2026-01-01', '2026-01-31', '2026-02-01'],
    ]);
  });

  it('after an edit, skips every period starting on or before the last generated start', () => {
    // The profile moved to the 10th of the month after the 1 February period was generated.
    const edited = schedule({ dayOfMonth: 10 });
    expect(starts(duePeriods(edited, '2026-02-01', '2026-03-20T00:00:00Z'))).toEqual([
      '2026-02-10',
      '2026-03-10',
    ]);
  });
});

describe('schedule validation', () => {
  const problems = (input: Record<string, unknown>) => {
    try {
      parseSchedule({ ...base, ...input });
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('validation_failed');
      return (e as AppError).errors;
    }
    return [];
  };

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['an end before the start', { endDate: '2025-12-31' }, 'schedule/endDate', /before the start/],
    ['a count of 0', { count: 0 }, 'schedule/count', />=1|at least/i],
    ['day 29', { dayOfMonth: 29 }, 'schedule/dayOfMonth', /Day 29 .*"last day"/],
    ['day 31', { dayOfMonth: 31 }, 'schedule/dayOfMonth', /Day 31 does not exist in every month.*"last day"/],
    ['day 0', { dayOfMonth: 0 }, 'schedule/dayOfMonth', /1 to 28/],
    [
      'a day of the month on a weekly schedule',
      { frequency: 'week', dayOfMonth: 3 },
      'schedule/dayOfMonth',
      /monthly/,
    ],
    ['an interval of 0', { interval: 0 }, 'schedule/interval', />=1/],
    ['a fractional interval', { interval: 1.5 }, 'schedule/interval', /integer|int/i],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'schedule/timeZone', /time zone/],
    ['an hour of 24', { timeOfDay: '24:00' }, 'schedule/timeOfDay', /HH:MM/],
    ['a time without minutes', { timeOfDay: '9' }, 'schedule/timeOfDay', /HH:MM/],
    ['an impossible start date', { startDate: '2026-02-30' }, 'schedule/startDate', /calendar date/],
    ['an end both by date and count', { endDate: '2026-12-31', count: 3 }, 'schedule/count', /not both/],
    ['an unknown frequency', { frequency: 'fortnight' }, 'schedule/frequency', /./],
  ])('refuses %s, naming the field', (_, input, path, message) => {
    const errors = problems(input);
    expect(errors.map((e) => e.path)).toContain(path);
    expect(errors.find((e) => e.path === path)?.message).toMatch(message);
  });

  it('accepts the edges: day 28, "last", an end on the start date, a count of 1, 00:00 and 23:59', () => {
    for (const input of [
      { dayOfMonth: 28 },
      { dayOfMonth: 'last' },
      { endDate: base.startDate },
      { count: 1 },
      { timeOfDay: '00:00' },
      { timeOfDay: '23:59', timeZone: 'UTC' },
    ])
      expect(problems(input)).toEqual([]);
  });

  it('reports every field at fault at once, even with an invalid start date', () => {
    const paths = problems({ startDate: 'soon', endDate: '2026-01-01', count: 0, dayOfMonth: 30 }).map(
      (e) => e.path,
    );
    expect(paths).toEqual(
      expect.arrayContaining(['schedule/startDate', 'schedule/count', 'schedule/dayOfMonth']),
    );
  });
});

import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  CalendarDateSchema,
  compareDates,
  daysBetween,
  startOfDayInstant,
  startOfIsoWeek,
  todayIn,
} from './dates.js';

describe('calendar dates', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('adds months with clamping: %s + %i → %s', (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });

  it('adds days across a DST change and a year end', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(daysBetween('2026-12-15', '2027-01-14')).toBe(30);
  });

  it('adds days exactly as Temporal does, over leap years and centuries', () => {
    const starts = ['1999-12-31', '2000-02-28', '2024-02-29', '2100-02-28', '2026-10-25'];
    for (const start of starts)
      for (const n of [-400, -366, -1, 0, 1, 29, 365, 1461])
        expect(addDays(start, n)).toBe(Temporal.PlainDate.from(start).add({ days: n }).toString());
  });

  it("computes today in the company's time zone, not UTC", () => {
    const lateEvening = new Date('2026-12-31T23:30:00Z');
    expect(todayIn('Europe/Brussels', lateEvening)).toBe('2027-01-01');
    expect(todayIn('America/New_York', lateEvening)).toBe('2026-12-31');
    expect(todayIn('Pacific/Kiritimati', new Date('2026-06-30T10:30:00Z'))).toBe('2026-07-01');
    expect(todayIn('UTC', new Date('2026-06-30T23:59:59.999Z'))).toBe('2026-06-30');
  });

  it('turns the day at local midnight exactly, one call after another (the per-second reuse)', () => {
    // Brussels midnight is 23:00Z in winter: the last millisecond before and the first after.
    expect(todayIn('Europe/Brussels', new Date('2026-11-27T22:59:59.999Z'))).toBe('2026-11-27');
    expect(todayIn('Europe/Brussels', new Date('2026-11-27T23:00:00.000Z'))).toBe('2026-11-28');
    expect(todayIn('Europe/Brussels', new Date('2026-11-27T23:00:00.999Z'))).toBe('2026-11-28');
    // Same instant, other zone: its own answer, not the last one given.
    expect(todayIn('America/New_York', new Date('2026-11-27T23:00:00.500Z'))).toBe('2026-11-27');
    // Back in time (a manual clock in tests, a corrected system clock).
    expect(todayIn('Europe/Brussels', new Date('2026-11-27T22:59:59.000Z'))).toBe('2026-11-27');
    // Summer time ends: Brussels midnight is 22:00Z in summer.
    expect(todayIn('Europe/Brussels', new Date('2026-07-14T21:59:59.999Z'))).toBe('2026-07-14');
    expect(todayIn('Europe/Brussels', new Date('2026-07-14T22:00:00.000Z'))).toBe('2026-07-15');
  });

  it('compares and validates', () => {
    expect(compareDates('2026-01-02', '2026-01-10')).toBeLessThan(0);
    expect(CalendarDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(CalendarDateSchema.safeParse('2026-2-3').success).toBe(false);
    expect(CalendarDateSchema.safeParse('2026-02-28').success).toBe(true);
  });
});

describe('weeks and day starts', () => {
  it.each([
    ['2026-11-30', '2026-11-30'], // a Monday
    ['2026-12-03', '2026-11-30'],
    ['2026-12-06', '2026-11-30'], // a Sunday
    ['2027-01-01', '2026-12-28'], // across a year end
  ])('the ISO week of %s starts on %s', (date, monday) => {
    expect(startOfIsoWeek(date)).toBe(monday);
  });

  it.each([
    ['2026-11-30', 'Europe/Brussels', '2026-11-29T23:00:00.000Z'],
    ['2026-07-06', 'Europe/Brussels', '2026-07-05T22:00:00.000Z'],
    ['2026-11-30', 'UTC', '2026-11-30T00:00:00.000Z'],
  ])('%s begins in %s at %s', (date, zone, instant) => {
    expect(startOfDayInstant(date, zone)).toBe(instant);
  });
});

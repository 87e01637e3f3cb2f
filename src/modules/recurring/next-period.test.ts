import { describe, expect, it } from 'vitest';
import { addDays, compareDates } from '../../shared/dates.js';
import { nextPeriod } from './recurring.service.js';
import { type Period, periods } from './schedule.js';
import { ScheduleSchema } from './schedule.schema.js';

/**
 * The plain definition nextPeriod's binary search must agree with: the first period starting after
 * `last`, from the schedule's periods walked once (up to a date past every `last` asked).
 */
function linearOver(s: Parameters<typeof nextPeriod>[0]) {
  const all: Period[] = [];
  for (const p of periods(s)) {
    all.push(p);
    if (compareDates(p.start, '2027-03-10') > 0) break;
  }
  return (last: string | null): Period | null =>
    all.find((p) => last === null || compareDates(p.start, last) > 0) ?? null;
}

const base = { timeOfDay: '08:00', timeZone: 'Europe/Brussels' };
const schedules = [
  { frequency: 'day', startDate: '2024-02-27' },
  { frequency: 'week', interval: 2, startDate: '2024-12-30' },
  { frequency: 'month', startDate: '2024-01-31' },
  { frequency: 'month', dayOfMonth: 'last', billing: 'advance', startDate: '2024-01-15' },
  { frequency: 'month', dayOfMonth: 'last', billing: 'arrears', startDate: '2024-01-01', count: 7 },
  { frequency: 'quarter', dayOfMonth: 15, startDate: '2024-03-20', endDate: '2026-01-01' },
  { frequency: 'year', startDate: '2024-02-29' },
  { frequency: 'year', interval: 999, startDate: '2024-02-29' },
].map((s) => ScheduleSchema.parse({ ...base, ...s }));

describe('nextPeriod', () => {
  it('agrees with a walk from the first period, every fifth day over years, whatever the schedule', () => {
    for (const s of schedules) {
      const linear = linearOver(s);
      expect(nextPeriod(s, null)).toEqual(linear(null));
      for (let d = addDays(s.startDate, -3); compareDates(d, '2027-03-01') < 0; d = addDays(d, 5))
        expect(nextPeriod(s, d), `${JSON.stringify(s)} after ${d}`).toEqual(linear(d));
    }
  });

  it('answers null once the schedule has ended', () => {
    const s = ScheduleSchema.parse({ ...base, frequency: 'month', startDate: '2024-01-01', count: 2 });
    expect(nextPeriod(s, '2024-01-01')?.start).toBe('2024-02-01');
    expect(nextPeriod(s, '2024-02-01')).toBeNull();
  });
});

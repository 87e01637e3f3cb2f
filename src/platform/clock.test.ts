import { describe, expect, it } from 'vitest';
import { clockAsOf } from './clock.js';

describe('clockAsOf', () => {
  it('stands at noon UTC of the day given, the same day in Brussels and Paris', () => {
    const now = clockAsOf('2026-03-29').now();
    expect(now.toISOString()).toBe('2026-03-29T12:00:00.000Z');
    expect(now.toLocaleDateString('en-CA', { timeZone: 'Europe/Brussels' })).toBe('2026-03-29');
    expect(clockAsOf('2028-02-29').now().toISOString()).toBe('2028-02-29T12:00:00.000Z');
  });

  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-1-5', '05/01/2026', '2026-03-29T10:00', ''])(
    'refuses %j',
    (date) => {
      expect(() => clockAsOf(date)).toThrow(/--as-of takes a calendar date/);
    },
  );
});

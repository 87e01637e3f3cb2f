/** The one source of "now". Modules never call `new Date()`; tests inject a fixed or stepping clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const nowIso = (clock: Clock): string => clock.now().toISOString();

export const addMs = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A clock tests can move by hand. */
export function manualClock(start: string | Date = '2026-11-27T10:00:00.000Z') {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (d: string | Date) => {
      current = new Date(d);
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/**
 * The clock of `facturex jobs run --as-of YYYY-MM-DD`: that day at noon UTC, which is the same
 * calendar day in every European time zone, so each company's schedule reads the date given.
 * Throws on anything but a real calendar date (`2026-02-30` included).
 */
export function clockAsOf(date: string): Clock {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T12:00:00.000Z`) : null;
  if (!at || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== date)
    throw new Error(`--as-of takes a calendar date as YYYY-MM-DD, not "${date}"`);
  return { now: () => new Date(at) };
}

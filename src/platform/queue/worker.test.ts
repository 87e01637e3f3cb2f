import { describe, expect, it } from 'vitest';
import { backoffMs } from './worker.js';

describe('retry back-off', () => {
  it.each([
    [1, 10_000],
    [2, 20_000],
    [3, 40_000],
    [6, 320_000],
    [9, 2_560_000],
    [10, 3_600_000],
    [50, 3_600_000],
  ])('waits %i attempt(s) → %i ms, doubling up to one hour', (attempt, ms) => {
    expect(backoffMs(attempt)).toBe(ms);
  });
});

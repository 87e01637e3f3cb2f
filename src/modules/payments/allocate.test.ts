import { describe, expect, it } from 'vitest';
import { convertMinor } from './allocate.js';

describe('foreign-currency conversion', () => {
  it.each([
    // minor units of `from`, from, to, rate → minor units of `to` (half away from zero)
    [10001, 'USD', 'EUR', '0.915', 9151], // 91.50915 → 91.51
    [10000, 'USD', 'EUR', '0.9', 9000],
    [1, 'EUR', 'USD', '0.5', 1], // 0.005 → 0.01
    [1, 'EUR', 'USD', '0.4', 0], // 0.004 → 0.00
    [10000, 'EUR', 'JPY', '161.237', 16124], // 16123.7 → 16124 (no minor unit)
    [500, 'JPY', 'EUR', '0.0062', 310], // 3.1 → 3.10
    [12345, 'EUR', 'BHD', '0.41234', 50903], // 50.903373 → 50.903 (3 decimals)
    [33333, 'EUR', 'GBP', '0.1', 3333], // never a float: 33.333 → 33.33
  ] as const)('%i %s → %s at %s = %i', (minor, from, to, rate, expected) => {
    expect(convertMinor(minor, from, to, rate)).toBe(expected);
  });
});

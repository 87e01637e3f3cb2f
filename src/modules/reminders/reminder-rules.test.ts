import { describe, expect, it } from 'vitest';
import { chooseLevel, type LevelChoice, toneOf } from './reminder-rules.js';

describe('chooseLevel', () => {
  it.each<[number[], number | undefined, LevelChoice]>([
    [[], undefined, { ok: true, level: 1 }],
    [[1], undefined, { ok: true, level: 2 }],
    [[1, 2], undefined, { ok: true, level: 3 }],
    [[2], undefined, { ok: true, level: 3 }],
    [[1, 2, 3], undefined, { ok: false, reason: 'exists', level: 3 }],
    [[3], undefined, { ok: false, reason: 'exists', level: 3 }],
    [[], 3, { ok: true, level: 3 }],
    [[1], 3, { ok: true, level: 3 }],
    [[1], 1, { ok: false, reason: 'exists', level: 1 }],
    [[2], 2, { ok: false, reason: 'exists', level: 2 }],
    [[2], 1, { ok: false, reason: 'lower', highest: 2 }],
    [[3], 2, { ok: false, reason: 'lower', highest: 3 }],
  ])('with levels %j and %s asked → %j', (existing, requested, expected) => {
    expect(chooseLevel(existing, requested)).toEqual(expected);
  });
});

describe('chooseLevel with rules of five levels', () => {
  it.each<[number[], number | undefined, LevelChoice]>([
    [[1, 2, 3], undefined, { ok: true, level: 4 }],
    [[1, 2, 3, 4, 5], undefined, { ok: false, reason: 'exists', level: 5 }],
    [[2], 5, { ok: true, level: 5 }],
  ])('with levels %j and %s asked → %j', (existing, requested, expected) => {
    expect(chooseLevel(existing, requested, 5)).toEqual(expected);
  });
});

describe('toneOf', () => {
  it.each([
    [1, 3, 1],
    [2, 3, 2],
    [3, 3, 3],
    [2, 5, 2],
    [4, 5, 2],
    [5, 5, 3],
    [2, 2, 2],
  ])('level %i of %i reads as %i', (level, count, tone) => {
    expect(toneOf(level, count)).toBe(tone);
  });
});

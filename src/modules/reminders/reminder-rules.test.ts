import { describe, expect, it } from 'vitest';
import { chooseLevel, type LevelChoice, type ReminderLevel } from './reminder-rules.js';

describe('chooseLevel', () => {
  it.each<[number[], ReminderLevel | undefined, LevelChoice]>([
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

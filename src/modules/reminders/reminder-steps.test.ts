import { describe, expect, it } from 'vitest';
import { type ExistingStep, nextStep, PRESET_B2B, type ReminderRules } from './reminder-steps.js';

/** Levels at 7, 21 and 35 days after the due date; the last repeats every 30 days. */
const rules: ReminderRules = PRESET_B2B;
const once: ReminderRules = { ...PRESET_B2B, repeatEveryDays: null };
const step = (level: number, date: string, repeatIndex = 0): ExistingStep => ({ level, repeatIndex, date });

describe('nextStep', () => {
  it.each<[string, ReminderRules, string, string, ExistingStep[], ReturnType<typeof nextStep>]>([
    [
      'not late yet: the first level on its day',
      rules,
      '2027-01-05',
      '2027-01-19',
      [],
      { level: 1, repeatIndex: 0, on: '2027-01-08' },
    ],
    ['beyond the horizon: nothing', rules, '2027-01-05', '2027-01-07', [], null],
    [
      'a level already due is due today (the highest reached)',
      rules,
      '2027-01-20',
      '2027-02-03',
      [],
      { level: 1, repeatIndex: 0, on: '2027-01-20' },
    ],
    [
      'after the first reminder: the second on its day',
      rules,
      '2027-01-10',
      '2027-01-30',
      [step(1, '2027-01-08')],
      { level: 2, repeatIndex: 0, on: '2027-01-22' },
    ],
    [
      'a repetition overdue is due today',
      rules,
      '2027-03-10',
      '2027-04-30',
      [step(1, '2027-01-08'), step(2, '2027-01-22'), step(3, '2027-02-05')],
      { level: 3, repeatIndex: 1, on: '2027-03-10' },
    ],
    [
      'the repetition on its day, later',
      rules,
      '2027-02-10',
      '2027-03-20',
      [step(1, '2027-01-08'), step(2, '2027-01-22'), step(3, '2027-02-05')],
      { level: 3, repeatIndex: 1, on: '2027-03-07' },
    ],
    [
      'every level made and no repetition: nothing',
      once,
      '2027-02-10',
      '2027-12-31',
      [step(1, '2027-01-08'), step(2, '2027-01-22'), step(3, '2027-02-05')],
      null,
    ],
  ])('%s', (_what, r, from, until, existing, expected) => {
    expect(nextStep(r, '2027-01-01', from, until, existing)).toEqual(expected);
  });
});

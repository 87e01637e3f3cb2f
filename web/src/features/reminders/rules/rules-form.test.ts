import { describe, expect, it } from 'vitest';
import { move, newLevel, type ReminderRules, toRulesBody, toRulesForm } from './rules-form';

const saved: ReminderRules = {
  scope: 'company',
  contactId: null,
  saved: true,
  updatedAt: '2026-12-03T10:00:00.000Z',
  enabled: true,
  consumerCaps: false,
  payWithinDays: 14,
  repeatEveryDays: null,
  levels: [
    {
      days: 7,
      fee: '0',
      interestRate: '0',
      damages: 'none',
      attachInvoicePdf: true,
      attachStatement: false,
      templates: {
        nl: { subject: 'Herinnering {{ invoice.number }}', body: 'Beste {{ contact.name }}' },
        de: { subject: 'Erinnerung', body: 'Guten Tag' },
      },
    },
    {
      days: 21,
      fee: '7.50',
      interestRate: '10.5',
      damages: 'b2b-40',
      attachInvoicePdf: false,
      attachStatement: false,
      templates: {},
    },
  ],
};

describe('reminder rules form', () => {
  it('sends back what it was given: languages without text left out, German kept though not shown', () => {
    const body = toRulesBody(toRulesForm(saved));
    const { scope: _s, contactId: _c, saved: _v, updatedAt: _u, ...rules } = saved;
    expect(body).toEqual(rules);
  });

  it('sends no repetition when the box is unticked, and the days typed when it is', () => {
    const form = toRulesForm(saved);
    expect(form.repeatEveryDays).toBe(30);
    expect(toRulesBody(form).repeatEveryDays).toBeNull();
    expect(toRulesBody({ ...form, repeat: true, repeatEveryDays: 45 }).repeatEveryDays).toBe(45);
  });

  it('sends an emptied number as NaN (the server names the field) and a decimal comma as a point', () => {
    const form = toRulesForm(saved);
    const [first, second] = form.levels;
    if (!first || !second) throw new Error('two levels');
    const body = toRulesBody({
      ...form,
      levels: [
        { ...first, days: '' },
        { ...second, fee: ' 7,5 ' },
      ],
    });
    expect(body.levels[0]?.days).toBeNaN();
    expect(body.levels[1]?.fee).toBe('7.5');
  });

  it('adds a level a week after the last one', () => {
    const form = toRulesForm(saved);
    expect(newLevel(form.levels.at(-1)).days).toBe(28);
    expect(newLevel(undefined).days).toBe(7);
    expect(newLevel(form.levels[0]).key).not.toBe(form.levels[0]?.key);
  });

  it.each([
    [0, 1, ['b', 'a', 'c']],
    [2, 1, ['a', 'c', 'b']],
    [0, 2, ['b', 'c', 'a']],
  ])('moves item %i to %i', (from, to, expected) => {
    expect(move(['a', 'b', 'c'], from, to)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.js';
import type { Language } from '../../shared/schemas.js';
import {
  assertPeriodTexts,
  periodLabel,
  periodTextProblem,
  periodTextValues,
  renderPeriodText,
} from './period-texts.js';
import { periodAt } from './schedule.js';
import { parseSchedule } from './schedule.schema.js';

describe('periodLabel', () => {
  it.each<[string, string, Language, string]>([
    ['2026-11-01', '2026-11-30', 'fr', 'novembre 2026'],
    ['2026-11-01', '2026-11-30', 'nl', 'november 2026'],
    ['2026-11-01', '2026-11-30', 'en', 'November 2026'],
    ['2026-11-01', '2026-11-30', 'de', 'November 2026'],
    ['2028-02-01', '2028-02-29', 'fr', 'février 2028'],
    ['2026-01-01', '2026-03-31', 'fr', '1er trimestre 2026'],
    ['2026-10-01', '2026-12-31', 'fr', '4e trimestre 2026'],
    ['2026-10-01', '2026-12-31', 'nl', '4e kwartaal 2026'],
    ['2026-10-01', '2026-12-31', 'en', 'Q4 2026'],
    ['2026-10-01', '2026-12-31', 'de', '4. Quartal 2026'],
    ['2026-01-01', '2026-06-30', 'fr', '1er semestre 2026'],
    ['2026-07-01', '2026-12-31', 'nl', '2e semester 2026'],
    ['2026-07-01', '2026-12-31', 'en', 'H2 2026'],
    ['2026-01-01', '2026-12-31', 'fr', '2026'],
    // Not a calendar month, quarter, half-year or year: the dates.
    ['2026-11-15', '2026-12-14', 'fr', '15 novembre 2026 – 14 décembre 2026'],
    ['2026-11-15', '2026-12-14', 'en', '15 November 2026 – 14 December 2026'],
    ['2026-02-01', '2026-04-30', 'en', '1 February 2026 – 30 April 2026'],
    ['2026-10-01', '2027-09-30', 'nl', '1 oktober 2026 – 30 september 2027'],
    ['2026-11-02', '2026-11-08', 'nl', '2 november 2026 – 8 november 2026'],
    ['2026-11-02', '2026-11-02', 'fr', '2 novembre 2026'],
  ])('%s – %s in %s → %s', (start, end, language, expected) => {
    expect(periodLabel(start, end, language)).toBe(expected);
  });
});

describe('period texts', () => {
  it('fill every placeholder in the customer language', () => {
    expect(periodTextValues('2026-11-01', '2026-11-30', 'fr')).toEqual({
      period: 'novembre 2026',
      month: 'novembre 2026',
      year: '2026',
      periodStart: '1 novembre 2026',
      periodEnd: '30 novembre 2026',
    });
  });

  it('render the period of a schedule, in arrears over a year end', async () => {
    const s = parseSchedule({
      frequency: 'month',
      startDate: '2026-12-01',
      billing: 'arrears',
      timeOfDay: '08:00',
      timeZone: 'Europe/Brussels',
    });
    const p = periodAt(s, 0);
    if (!p) throw new Error('no period');
    const source = 'Maintenance {{ period }} ({{periodStart}} → {{ periodEnd }}), {{ month }}/{{ year }}';
    expect(await renderPeriodText(source, p, 'nl')).toBe(
      'Maintenance december 2026 (1 december 2026 → 31 december 2026), december 2026/2026',
    );
    expect(await renderPeriodText('Loyer {{ period }}', p, 'fr')).toBe('Loyer décembre 2026');
    expect(await renderPeriodText('Plain text', p, 'en')).toBe('Plain text');
  });

  it.each<[string, RegExp | null]>([
    ['Rent {{ period }}', null],
    ['No placeholder', null],
    ['{{ period | upcase }} {{year}}', null],
    ['Rent {{ periode }}', /Unknown placeholder \{\{periode\}\}/],
    [
      '{{ customer.name }} {{ month }} {{ foo }} {{ foo }}',
      /Unknown placeholder \{\{customer\}\}, \{\{foo\}\}: use/,
    ],
    ['{{ period | nope }}', /undefined filter: nope/],
    ['{% if %}', /./],
    ['{{ period ', /./],
  ])('check %j → %s', async (source, expected) => {
    const problem = await periodTextProblem(source);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('refuse unknown placeholders with a 422 naming each field at fault', async () => {
    await expect(
      assertPeriodTexts({ notes: 'Thanks', 'lines/0/description': '{{ period }}' }),
    ).resolves.toBeUndefined();
    const err = await assertPeriodTexts({
      notes: 'Période {{ periode }}',
      'lines/0/description': 'Rent {{ period }}',
      'lines/1/description': '{{ quarter }}',
      'lines/2/description': null,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(422);
    expect((err as AppError).errors.map((e) => e.path)).toEqual(['notes', 'lines/1/description']);
    expect((err as AppError).errors[1]?.message).toMatch(/\{\{quarter\}\}/);
  });
});

import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { periodTextValues } from '../../../../src/modules/recurring/period-texts';
import en from '../../lib/i18n/en.json';
import fr from '../../lib/i18n/fr.json';
import nl from '../../lib/i18n/nl.json';
import { fillPlaceholders, periodExample, scheduleInWords } from './schedule-words';
import type { Schedule } from './types';

beforeAll(async () => {
  vi.stubGlobal('document', { documentElement: {} });
  await i18next.init({
    lng: 'fr',
    fallbackLng: false,
    resources: { fr: { translation: fr }, nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

const base: Schedule = {
  frequency: 'month',
  interval: 1,
  startDate: '2027-01-01',
  timeOfDay: '08:00',
  timeZone: 'Europe/Brussels',
  billing: 'advance',
};
const words = (s: Partial<Schedule>, lng: 'fr' | 'nl' | 'en') =>
  scheduleInWords(i18next.getFixedT(lng) as TFunction, { ...base, ...s }, lng);

describe('a schedule in words', () => {
  it.each([
    [{ dayOfMonth: 1 }, 'fr', 'Tous les mois, le 1er'],
    [{ dayOfMonth: 15 }, 'fr', 'Tous les mois, le 15'],
    [{ interval: 3, dayOfMonth: 'last' as const }, 'en', 'Every 3 months, on the last day'],
    [{ dayOfMonth: 2 }, 'en', 'Every month, on the 2nd'],
    [{ dayOfMonth: 23 }, 'en', 'Every month, on the 23rd'],
    [{ dayOfMonth: 11 }, 'en', 'Every month, on the 11th'],
    [{ dayOfMonth: 1 }, 'nl', 'Elke maand, op de 1e'],
    [
      { frequency: 'quarter' as const, dayOfMonth: 'last' as const },
      'fr',
      'Tous les trimestres, le dernier jour',
    ],
    [{ frequency: 'week' as const, startDate: '2027-01-04' }, 'fr', 'Toutes les semaines, le lundi'],
    [{ frequency: 'week' as const, interval: 2, startDate: '2027-01-04' }, 'en', 'Every 2 weeks, on Monday'],
    [{ frequency: 'day' as const, interval: 10 }, 'nl', 'Om de 10 dagen'],
    [{ frequency: 'year' as const, startDate: '2027-03-15' }, 'fr', 'Tous les ans, le 15 mars'],
    [
      { frequency: 'year' as const, startDate: '2027-02-01', dayOfMonth: 'last' as const },
      'fr',
      'Tous les ans, fin février',
    ],
    // No day given: the start date's day, falling back to the last day of shorter months.
    [{ startDate: '2027-01-31' }, 'fr', 'Tous les mois, le 31 (ou le dernier jour du mois)'],
  ] as const)('%o in %s: %s', (s, lng, expected) => {
    expect(words(s, lng)).toBe(expected);
  });
});

describe('the placeholders’ example', () => {
  // The editor's example must say what the invoices will say: the server's words, side by side.
  it.each([
    ['2026-11-01', '2026-11-30', 'fr'],
    ['2026-10-01', '2026-12-31', 'nl'],
    ['2027-01-01', '2027-06-30', 'en'],
    ['2027-01-01', '2027-12-31', 'de'],
    ['2026-11-15', '2026-12-14', 'fr'],
    ['2026-11-15', '2026-11-15', 'en'],
  ] as const)('%s – %s in %s reads as the server writes it', (start, end, lng) => {
    expect(periodExample(start, end, lng)).toEqual(periodTextValues(start, end, lng));
  });

  it('fills the known placeholders and leaves anything else as typed', () => {
    const values = periodExample('2026-11-01', '2026-11-30', 'fr');
    expect(
      fillPlaceholders('Maintenance {{ month }} ({{periodStart}} – {{periodEnd}}), {{foo}}', values),
    ).toBe('Maintenance novembre 2026 (1 novembre 2026 – 30 novembre 2026), {{foo}}');
  });
});

import type { TFunction } from 'i18next';
import { localeFormatters } from '../../../../src/shared/locale-format';
import { type Language, LOCALES } from '../../lib/i18n';
import type { DocumentLanguage } from '../documents/types';
import { MONTH_BASED, type PeriodPlaceholder, type Schedule } from './types';

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const dayOf = (date: string) => Number(date.slice(8, 10));

const enOrdinal = new Intl.PluralRules('en', { type: 'ordinal' });
const EN_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** A day of the month as each language writes it after "on the": 1er / 2 (fr), 1e (nl), 1st / 2nd (en). */
export function dayOrdinal(day: number, language: Language): string {
  if (language === 'fr') return day === 1 ? '1er' : String(day);
  if (language === 'nl') return `${day}e`;
  return `${day}${EN_SUFFIX[enOrdinal.select(day)] ?? 'th'}`;
}

/**
 * A schedule in words, in the UI's language: "Tous les mois, le 1er", "Every 3 months, on the last
 * day", "Toutes les semaines, le lundi", "Every year, on 15 March". Without a day of the month, a
 * month-based schedule runs on its start date's day (the server's rule, schedule.schema.ts).
 */
export function scheduleInWords(t: TFunction, s: Schedule, language: Language): string {
  const every = t(`recurring.words.every.${s.frequency}`, { count: s.interval });
  const on = scheduleDay(t, s, language);
  return on ? t('recurring.words.joined', { every, on }) : every;
}

function scheduleDay(t: TFunction, s: Schedule, language: Language): string | null {
  const locale = LOCALES[language];
  if (s.frequency === 'day') return null;
  if (s.frequency === 'week') {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
      utc(s.startDate),
    );
    return t('recurring.words.onWeekday', { weekday });
  }
  if (!MONTH_BASED.has(s.frequency)) return null;
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(utc(s.startDate));
  if (s.dayOfMonth === 'last')
    return s.frequency === 'year'
      ? t('recurring.words.onLastDayOf', { month })
      : t('recurring.words.onLastDay');
  const day = s.dayOfMonth ?? dayOf(s.startDate);
  if (s.frequency === 'year') {
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      utc(`2024-${s.startDate.slice(5, 7)}-${String(Math.min(day, 28)).padStart(2, '0')}`),
    );
    // 29–31 February… exist in some years only: the date then falls back to the month's last day.
    return day > 28
      ? t('recurring.words.onDayOrLast', { day: dayOrdinal(day, language) })
      : t('recurring.words.onDate', { date });
  }
  return day > 28
    ? t('recurring.words.onDayOrLast', { day: dayOrdinal(day, language) })
    : t('recurring.words.onDay', { day: dayOrdinal(day, language) });
}

/** "Du 1 janvier 2027, 12 fois" / "from 1 January 2027 until 31 December 2027" / "from …, no end". */
export function scheduleBounds(t: TFunction, s: Schedule, formatDate: (d: string) => string): string {
  const start = formatDate(s.startDate);
  if (s.endDate) return t('recurring.words.fromUntil', { start, end: formatDate(s.endDate) });
  if (s.count) return t('recurring.words.fromTimes', { start, count: s.count });
  return t('recurring.words.fromNoEnd', { start });
}

/** The languages a customer's invoices are written in (one more than the app's: German). */
const CUSTOMER_LOCALES: Record<DocumentLanguage, string> = {
  fr: 'fr-BE',
  nl: 'nl-BE',
  en: 'en-GB',
  de: 'de-BE',
};
const QUARTER: Record<DocumentLanguage, (q: number, y: number) => string> = {
  fr: (q, y) => `${q === 1 ? '1er' : `${q}e`} trimestre ${y}`,
  nl: (q, y) => `${q}e kwartaal ${y}`,
  en: (q, y) => `Q${q} ${y}`,
  de: (q, y) => `${q}. Quartal ${y}`,
};
const HALF_YEAR: Record<DocumentLanguage, (h: number, y: number) => string> = {
  fr: (h, y) => `${h === 1 ? '1er' : '2e'} semestre ${y}`,
  nl: (h, y) => `${h}e semester ${y}`,
  en: (h, y) => `H${h} ${y}`,
  de: (h, y) => `${h}. Halbjahr ${y}`,
};

const addDay = (date: string) => new Date(utc(date).getTime() + 86_400_000).toISOString().slice(0, 10);

/**
 * What the placeholders say for a period, in the customer's language: an example in the editor.
 * The invoices themselves are written by the server (src/modules/recurring/period-texts.ts,
 * `periodTextValues`), whose words these repeat; `period-example.test.ts` holds them side by side.
 */
export function periodExample(
  start: string,
  end: string,
  language: DocumentLanguage,
): Record<PeriodPlaceholder, string> {
  const fmt = localeFormatters(language, 'EUR');
  const date = (d: string) => fmt.date(d) ?? d;
  const monthName = (d: string) =>
    new Intl.DateTimeFormat(CUSTOMER_LOCALES[language], {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(utc(d));
  const s = { y: Number(start.slice(0, 4)), m: Number(start.slice(5, 7)), d: dayOf(start) };
  const e = { y: Number(end.slice(0, 4)), m: Number(end.slice(5, 7)) };
  let period = start === end ? date(start) : `${date(start)} – ${date(end)}`;
  if (s.d === 1 && addDay(end).endsWith('-01') && s.y === e.y) {
    const months = e.m - s.m + 1;
    if (months === 1) period = monthName(start);
    else if (months === 3 && s.m % 3 === 1) period = QUARTER[language]((s.m + 2) / 3, s.y);
    else if (months === 6 && s.m % 6 === 1) period = HALF_YEAR[language]((s.m + 5) / 6, s.y);
    else if (months === 12) period = String(s.y);
  }
  return {
    period,
    month: monthName(start),
    year: String(s.y),
    periodStart: date(start),
    periodEnd: date(end),
  };
}

/** A text with its placeholders filled in (an example; unknown names stay as typed). */
export function fillPlaceholders(text: string, values: Record<PeriodPlaceholder, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? values[name as PeriodPlaceholder] : whole,
  );
}

/** A period in the UI's words, short: "janvier 2027", "Q1 2027", else its two dates. */
export const periodInWords = (start: string, end: string, language: Language): string =>
  periodExample(start, end, language).period;

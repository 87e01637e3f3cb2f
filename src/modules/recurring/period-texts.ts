import { Temporal } from 'temporal-polyfill';
import { createTemplateEngine, exceededLimit, LIMIT_MESSAGES, renderBounded } from '../../platform/liquid.js';
import { addDays, type CalendarDate } from '../../shared/dates.js';
import { AppError, type FieldError } from '../../shared/errors.js';
import { localeFormatters } from '../../shared/locale-format.js';
import type { Language } from '../../shared/schemas.js';

/**
 * Period texts: `{{period}}`, `{{month}}`, `{{year}}`, `{{periodStart}}`, `{{periodEnd}}` in a
 * recurring profile's line descriptions and notes, written in the customer's language. They are
 * Liquid placeholders rendered by the same sandboxed engine, with the same limits, as the mail
 * templates (platform/liquid.ts); strict variables refuse anything else.
 */
export const PERIOD_PLACEHOLDERS = ['period', 'month', 'year', 'periodStart', 'periodEnd'] as const;
export type PeriodPlaceholder = (typeof PERIOD_PLACEHOLDERS)[number];
export type PeriodTextValues = Record<PeriodPlaceholder, string>;

const engine = createTemplateEngine();

const LOCALES: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB', de: 'de-BE' };

const monthFormats = new Map<Language, Intl.DateTimeFormat>();
/** "novembre 2026", "november 2026", "November 2026". */
export function monthName(date: CalendarDate, language: Language): string {
  let f = monthFormats.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(language, f);
  }
  return f.format(new Date(`${date}T00:00:00Z`));
}

const QUARTER: Record<Language, (q: number, y: number) => string> = {
  fr: (q, y) => `${q === 1 ? '1er' : `${q}e`} trimestre ${y}`,
  nl: (q, y) => `${q}e kwartaal ${y}`,
  en: (q, y) => `Q${q} ${y}`,
  de: (q, y) => `${q}. Quartal ${y}`,
};
const HALF_YEAR: Record<Language, (h: number, y: number) => string> = {
  fr: (h, y) => `${h === 1 ? '1er' : '2e'} semestre ${y}`,
  nl: (h, y) => `${h}e semester ${y}`,
  en: (h, y) => `H${h} ${y}`,
  de: (h, y) => `${h}. Halbjahr ${y}`,
};

const dateOf = (date: CalendarDate, language: Language): string =>
  localeFormatters(language, 'EUR').date(date) ?? date;

/**
 * The words for a period: a month, quarter, half-year or year when the period is exactly that
 * calendar span (1 Oct – 31 Dec 2026: "4e trimestre 2026", "Q4 2026"), else its dates
 * ("15 novembre 2026 – 14 décembre 2026", or one date for a one-day period).
 */
export function periodLabel(start: CalendarDate, end: CalendarDate, language: Language): string {
  const s = Temporal.PlainDate.from(start);
  const e = Temporal.PlainDate.from(end);
  const calendarSpan = s.day === 1 && addDays(end, 1).endsWith('-01');
  if (calendarSpan && s.year === e.year) {
    const months = e.month - s.month + 1;
    if (months === 1) return monthName(start, language);
    if (months === 3 && s.month % 3 === 1) return QUARTER[language]((s.month + 2) / 3, s.year);
    if (months === 6 && s.month % 6 === 1) return HALF_YEAR[language]((s.month + 5) / 6, s.year);
    if (months === 12) return String(s.year);
  }
  return start === end ? dateOf(start, language) : `${dateOf(start, language)} – ${dateOf(end, language)}`;
}

/** The placeholders' values for a period in a language. `month` and `year` are those of its start. */
export function periodTextValues(
  start: CalendarDate,
  end: CalendarDate,
  language: Language,
): PeriodTextValues {
  return {
    period: periodLabel(start, end, language),
    month: monthName(start, language),
    year: String(Temporal.PlainDate.from(start).year),
    periodStart: dateOf(start, language),
    periodEnd: dateOf(end, language),
  };
}

/** Renders one text (line description, notes) for a period. Check texts with `checkPeriodTexts` first. */
export function renderPeriodText(
  source: string,
  period: { start: CalendarDate; end: CalendarDate },
  language: Language,
): Promise<string> {
  if (!source.includes('{')) return Promise.resolve(source);
  return renderBounded(engine, source, periodTextValues(period.start, period.end, language));
}

const SAMPLE = periodTextValues('2026-11-01', '2026-11-30', 'en');

/**
 * The problems of one text: the unknown placeholders it uses (all of them, named), else a Liquid
 * syntax error, unknown filter or limit; null when it renders.
 */
export async function periodTextProblem(source: string): Promise<string | null> {
  if (!source.includes('{')) return null;
  let unknown: string[];
  try {
    const known = new Set<string>(PERIOD_PLACEHOLDERS);
    unknown = [...new Set(engine.globalVariablesSync(source))].filter((v) => !known.has(v));
  } catch (e) {
    return messageOf(e);
  }
  if (unknown.length > 0)
    return `Unknown placeholder ${unknown.map((v) => `{{${v}}}`).join(', ')}: use ${PERIOD_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`;
  try {
    await renderBounded(engine, source, SAMPLE);
    return null;
  } catch (e) {
    return messageOf(e);
  }
}

function messageOf(e: unknown): string {
  const limit = exceededLimit(e);
  if (limit) return LIMIT_MESSAGES[limit];
  return e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
}

/**
 * Checks texts keyed by their field path (`lines/2/description`, `notes`): a 422 `template_invalid`
 * naming every field at fault, nothing thrown when all render.
 */
export async function assertPeriodTexts(texts: Record<string, string | null | undefined>): Promise<void> {
  const errors: FieldError[] = [];
  for (const [path, source] of Object.entries(texts)) {
    if (!source) continue;
    const message = await periodTextProblem(source);
    if (message) errors.push({ path, message });
  }
  if (errors.length > 0)
    throw new AppError('template_invalid', 'A text uses a placeholder that does not exist', { errors });
}

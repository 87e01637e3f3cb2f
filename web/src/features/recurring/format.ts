import { currentLocale } from '../../lib/i18n';

/** A run's instant as a date on the schedule's own clock ("1 févr. 2027"): the day the invoice is made. */
export function formatRunDate(instant: string, timeZone: string, locale = currentLocale()): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(time);
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(time);
  }
}

/** A run's instant as date and time on the schedule's clock ("1 févr. 2027, 08:00"). */
export function formatRunAt(instant: string, timeZone: string, locale = currentLocale()): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const style = { dateStyle: 'medium', timeStyle: 'short' } as const;
  try {
    return new Intl.DateTimeFormat(locale, { ...style, timeZone }).format(time);
  } catch {
    return new Intl.DateTimeFormat(locale, style).format(time);
  }
}

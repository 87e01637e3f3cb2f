import '@mantine/dates/styles.css';
import 'dayjs/locale/fr';
import 'dayjs/locale/nl';
import 'dayjs/locale/en-gb';
import { DateInput, type DateInputProps, DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const DAYJS_LOCALES: Record<string, string> = { fr: 'fr', nl: 'nl', en: 'en-gb' };
/** The typing format, spelled in each UI language. */
const PLACEHOLDERS: Record<string, string> = { fr: 'jj/mm/aaaa', nl: 'dd/mm/jjjj', en: 'dd/mm/yyyy' };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A typed date as `YYYY-MM-DD`: 27/11/2026, 27.11.26, 27-11-2026, 2026-11-27, or 27/11 (this year).
 * Null when it is not a real calendar day.
 */
export function parseDateText(text: string, today = new Date()): string | null {
  const s = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[/.\-\s](\d{1,2})(?:[/.\-\s](\d{2}|\d{4}))?$/.exec(s);
  if (iso) {
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = Number(iso[3]);
  } else if (dmy) {
    d = Number(dmy[1]);
    m = Number(dmy[2]);
    const year = dmy[3];
    y = year === undefined ? today.getFullYear() : year.length === 2 ? 2000 + Number(year) : Number(year);
  } else {
    return null;
  }
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** `YYYY-MM-DD` or null. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** Accessible name of the clear button (with `clearable`). */
  clearLabel?: string;
};

/** A calendar-date field: typed (dd/mm/yyyy) or picked, in the UI language; the value stays `YYYY-MM-DD`. */
export function DateField({ value, onChange, clearLabel, ...props }: DateFieldProps) {
  const { i18n } = useTranslation();
  return (
    <DateInput
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      locale={DAYJS_LOCALES[i18n.language] ?? 'fr'}
      valueFormat="DD/MM/YYYY"
      placeholder={PLACEHOLDERS[i18n.language] ?? PLACEHOLDERS.fr}
      dateParser={(text) => parseDateText(text)}
      leftSection={<IconCalendar size={16} aria-hidden />}
      leftSectionPointerEvents="none"
      firstDayOfWeek={1}
      clearButtonProps={{ 'aria-label': clearLabel }}
      popoverProps={{ withinPortal: true }}
      {...props}
      value={value}
      onChange={(v) => onChange(v ? String(v).slice(0, 10) : null)}
    />
  );
}

export type DateRange = [string | null, string | null];

interface DateRangeFieldProps {
  label: string;
  value: DateRange;
  onChange: (value: DateRange) => void;
  placeholder?: string;
  clearLabel?: string;
  /** Ready-made ranges shown beside the calendar ("This month"…). */
  presets?: { label: string; value: [string, string] }[];
  w?: number | string;
}

/** A period picked in one field (first day, then last day), in the UI language; values `YYYY-MM-DD`. */
export function DateRangeField({ value, onChange, clearLabel, presets, ...props }: DateRangeFieldProps) {
  const { i18n } = useTranslation();
  /** The first day, picked while the last one is awaited. */
  const [pending, setPending] = useState<string | null>(null);
  return (
    <DatePickerInput
      type="range"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      allowSingleDateInRange
      locale={DAYJS_LOCALES[i18n.language] ?? 'fr'}
      valueFormat="DD/MM/YYYY"
      firstDayOfWeek={1}
      clearable
      clearButtonProps={{ 'aria-label': clearLabel }}
      leftSection={<IconCalendar size={16} aria-hidden />}
      leftSectionPointerEvents="none"
      presets={presets}
      popoverProps={{ withinPortal: true }}
      // The placeholder is page text here (a button's label), so it must meet text contrast.
      styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
      {...props}
      value={pending ? [pending, null] : value}
      onChange={(v) => {
        const [from, to] = v;
        // Half a range (the first click) waits for the second one before filtering.
        if (from && !to) {
          setPending(String(from).slice(0, 10));
          return;
        }
        setPending(null);
        onChange([from ? String(from).slice(0, 10) : null, to ? String(to).slice(0, 10) : null]);
      }}
      onDropdownClose={() => setPending(null)}
    />
  );
}

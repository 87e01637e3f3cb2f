import { Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { useApiRoute } from '../../lib/api/client';
import type { KindConfig } from './kinds';
import type { DocumentKind } from './types';

/**
 * What the step out of draft does (numbers, freezes), atop the dialogs that take it. `withHint`: for
 * quotes numbered without being sent (the list's bulk action), how to send them next.
 */
export function FinalizeNotice({
  kind,
  message,
  withHint = true,
}: {
  kind: DocumentKind;
  message: string;
  withHint?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <IconLock size={20} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
        <Text size="sm">{message}</Text>
      </Group>
      {kind === 'quote' && withHint && (
        <Text size="sm" c="dimmed">
          {t('documents.actions.sendManually')}
        </Text>
      )}
    </>
  );
}

/**
 * How many days after the company's today an issue date may be (the server's
 * ISSUE_DATE_MAX_DAYS_AHEAD): a mistyped year would otherwise hold the series, whose dates may not
 * go backwards.
 */
export const ISSUE_DATE_MAX_DAYS_AHEAD = 7;

/** `YYYY-MM-DD` of today in `timeZone` (the company's, as the server counts it). */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/**
 * The issue date of the step out of draft: empty means today, never before the series' last one,
 * nor more than a week ahead (the calendar offers no later day; `latestIssueDate` is the server's
 * own bound when it refused one, which wins).
 */
export function FinalizeDateField(props: {
  companyId: string;
  kindKey: KindConfig['key'];
  value: string | null;
  onChange: (value: string | null) => void;
  error: string | undefined;
  latestIssueDate?: string | undefined;
}) {
  const { t } = useTranslation();
  const company = useApiRoute('/api/v1/companies/{companyId}', { companyId: props.companyId });
  const timezone = company.data?.timezone;
  const maxDate =
    props.latestIssueDate ?? (timezone ? addDays(todayIn(timezone), ISSUE_DATE_MAX_DAYS_AHEAD) : undefined);
  return (
    <DateField
      label={t(`documents.kinds.${props.kindKey}.finalizeDate`)}
      description={t('documents.actions.dateHint', { days: ISSUE_DATE_MAX_DAYS_AHEAD })}
      value={props.value}
      onChange={props.onChange}
      maxDate={maxDate}
      clearable
      clearLabel={t('documents.editor.clearDate')}
      error={props.error}
      maw={260}
    />
  );
}

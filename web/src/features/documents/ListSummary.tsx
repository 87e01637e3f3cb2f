import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiRoute } from '../../lib/api/client';
import type { ApiQuery, Schemas } from '../../lib/api/types';
import { formatMoney } from '../../lib/format';
import { useReloadOn } from '../../lib/use-api';
import { useCompany } from '../companies/company-context';
import { documentRoute } from './paths';
import type { DocumentKind } from './types';

export type ListTotals = Schemas['DocumentListTotals'];
/** The filters a summary adds up over (every kind takes the same). */
export type SummaryQuery = ApiQuery<'/api/v1/companies/{companyId}/quotes/summary'>;

/**
 * What the list's filters select, counted and added up by the server (all pages, not only those
 * loaded), one line per currency: amounts of different currencies are never added together.
 */
export function ListSummary({
  kind,
  query,
  version = 0,
}: {
  kind: DocumentKind;
  query: SummaryQuery;
  /** Bumped after a change made from the list: the figures are fetched again, kept on screen meanwhile. */
  version?: number;
}) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const summary = useApiRoute(documentRoute(kind, '/summary'), { companyId }, query);
  useReloadOn(version, summary.reload);
  const data = summary.data;
  if (!data || data.count === 0) return null;
  return (
    <Group
      component="section"
      aria-label={t('documents.list.summaryLabel')}
      px="md"
      py="xs"
      gap="xl"
      wrap="wrap"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)', rowGap: 4 }}
    >
      {data.currencies.map((c) => (
        <Group key={c.currency} gap="lg" wrap="wrap" style={{ rowGap: 4 }}>
          <Text size="sm" c="dimmed">
            {t('documents.list.summaryCount', { count: c.count })}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t('documents.list.summaryExclVat')}{' '}
            </Text>
            <Text span style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(c.taxExclusive, c.currency)}
            </Text>
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t('documents.list.summaryTotal')}{' '}
            </Text>
            <Text span fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(c.taxInclusive, c.currency)}
            </Text>
          </Text>
          {c.balance !== null && (
            <Text size="sm">
              <Text span c="dimmed">
                {t('documents.list.summaryBalance')}{' '}
              </Text>
              <Text span fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(c.balance, c.currency)}
              </Text>
            </Text>
          )}
        </Group>
      ))}
    </Group>
  );
}

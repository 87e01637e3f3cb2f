import { Badge, Button, Group, SimpleGrid, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconFileTypePdf, IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DateField } from '../../components/DateField';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { routeUrl, useApiRoute } from '../../lib/api/client';
import type { ApiResponse } from '../../lib/api/types';
import { formatDate, formatMoney } from '../../lib/format';
import { ContactsBreadcrumb } from '../contacts/ContactsBreadcrumb';

const ROUTE = '/api/v1/companies/{companyId}/contacts/{contactId}/statement';
type Statement = ApiResponse<typeof ROUTE, 'get'>;
type Section = Statement['currencies'][number];

const BUCKETS = ['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
// Colours the app's badges already use (each passes AA contrast in the light variant).
const BUCKET_COLORS: Record<(typeof BUCKETS)[number], string> = {
  notDue: 'teal',
  days1to30: 'blue',
  days31to60: 'red',
  days61to90: 'red',
  over90: 'red',
};

/**
 * A customer's statement of account as of a day (today by default): per currency what is open and
 * how late, the customer's credit, the movements with their running balance, and the same as a PDF.
 */
export function StatementPage() {
  const { t } = useTranslation();
  const { companyId = '', contactId = '' } = useParams();
  const [asOf, setAsOf] = useState<string | null>(null);
  const params = { companyId, contactId };
  const asOfQuery = asOf ? { asOf } : undefined;
  const query = useApiRoute(ROUTE, params, asOfQuery);
  const statement = query.data;

  return (
    <>
      <PageHeader
        eyebrow={<ContactsBreadcrumb companyId={companyId} />}
        title={statement ? t('statement.titleOf', { name: statement.contactName }) : t('statement.title')}
        description={statement ? t('statement.asOf', { date: formatDate(statement.asOf) }) : undefined}
        actions={
          <Button
            component="a"
            href={routeUrl(`${ROUTE}/pdf`, params, asOfQuery)}
            target="_blank"
            rel="noopener"
            variant="default"
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
          >
            {t('statement.pdf')}
          </Button>
        }
      />
      <Stack gap="lg">
        <DateField
          label={t('statement.asOfLabel')}
          value={asOf ?? statement?.asOf ?? null}
          onChange={setAsOf}
          maw={220}
        />
        {query.error ? (
          <ErrorState error={query.error} onRetry={query.reload} />
        ) : !statement ? (
          <Skeleton height={240} />
        ) : statement.currencies.length === 0 ? (
          <EmptyBlock
            icon={<IconReceipt size={24} />}
            title={t('statement.title')}
            description={t('statement.empty')}
          />
        ) : (
          statement.currencies.map((s) => (
            <CurrencySection key={s.currency} section={s} from={statement.from} />
          ))
        )}
      </Stack>
    </>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

function CurrencySection({ section: s, from }: { section: Section; from: string }) {
  const { t } = useTranslation();
  const money = (v: string) => formatMoney(v, s.currency);
  const id = `statement-${s.currency}`;
  return (
    <SectionCard id={id} title={t('statement.section', { currency: s.currency })}>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure label={t('statement.totals.open')} value={money(s.totals.open)} />
          <Figure label={t('statement.totals.overdue')} value={money(s.totals.overdue)} />
          <Figure label={t('statement.totals.credit')} value={money(s.totals.unallocatedCredit)} />
          <Figure label={t('statement.totals.balance')} value={money(s.totals.balance)} />
        </SimpleGrid>

        <Table.ScrollContainer minWidth={520}>
          <Table captionSide="top">
            <Table.Caption>{t('statement.ageing')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {BUCKETS.map((b) => (
                  <Table.Th key={b} ta="right">
                    {t(`statement.buckets.${b}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                {BUCKETS.map((b) => (
                  <Table.Td key={b} ta="right">
                    {money(s.ageing[b])}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>

        <Table.ScrollContainer minWidth={640}>
          <Table captionSide="top" striped>
            <Table.Caption>{t('statement.openItems')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('statement.columns.number')}</Table.Th>
                <Table.Th>{t('statement.columns.issueDate')}</Table.Th>
                <Table.Th>{t('statement.columns.dueDate')}</Table.Th>
                <Table.Th ta="right">{t('statement.columns.amount')}</Table.Th>
                <Table.Th ta="right">{t('statement.columns.open')}</Table.Th>
                <Table.Th>{t('statement.columns.late')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.openItems.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text size="sm" c="dimmed">
                      {t('statement.noOpenItems')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                s.openItems.map((i) => (
                  <Table.Tr key={i.invoiceId}>
                    <Table.Td>{i.number}</Table.Td>
                    <Table.Td>{formatDate(i.issueDate)}</Table.Td>
                    <Table.Td>{i.dueDate ? formatDate(i.dueDate) : '—'}</Table.Td>
                    <Table.Td ta="right">{money(i.amount)}</Table.Td>
                    <Table.Td ta="right">{money(i.openBalance)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={BUCKET_COLORS[i.bucket]}>
                        {i.daysOverdue > 0
                          ? t('statement.daysLate', { count: i.daysOverdue })
                          : t('statement.buckets.notDue')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>

        <Table.ScrollContainer minWidth={640}>
          <Table captionSide="top">
            <Table.Caption>{t('statement.movements', { from: formatDate(from) })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('statement.columns.date')}</Table.Th>
                <Table.Th>{t('statement.columns.kind')}</Table.Th>
                <Table.Th>{t('statement.columns.reference')}</Table.Th>
                <Table.Th ta="right">{t('statement.columns.amount')}</Table.Th>
                <Table.Th ta="right">{t('statement.columns.balance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td colSpan={4}>{t('statement.opening')}</Table.Td>
                <Table.Td ta="right">{money(s.openingBalance)}</Table.Td>
              </Table.Tr>
              {s.movements.map((m) => (
                <Table.Tr key={`${m.kind}-${m.id}-${m.amount}`}>
                  <Table.Td>{formatDate(m.date)}</Table.Td>
                  <Table.Td>{t(`statement.kinds.${m.kind}`)}</Table.Td>
                  <Table.Td>{m.reference ?? '—'}</Table.Td>
                  <Table.Td ta="right">{money(m.amount)}</Table.Td>
                  <Table.Td ta="right">{money(m.balance)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end">
          <Text fw={600}>
            {t('statement.closing')} {money(s.closingBalance)}
          </Text>
        </Group>
      </Stack>
    </SectionCard>
  );
}

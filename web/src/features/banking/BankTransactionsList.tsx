import { Select, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateRangeField } from '../../components/DateField';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ListCard } from '../../components/list/ListCard';
import { type ListColumn, ListView } from '../../components/list/ListView';
import type { ListParams } from '../../components/list/use-list-params';
import { useCursorRoute } from '../../lib/api/client';
import { formatDate, formatMoney } from '../../lib/format';
import { useReloadOn } from '../../lib/use-api';
import { useCompany } from '../companies/company-context';
import { formatIban, formatStructuredReference, isOutgoing } from './format';
import { BANK_TRANSACTIONS_ROUTE } from './paths';
import { type BankAccount, type BankTransaction, DIRECTIONS, type Direction } from './types';

const readDirection = (v: string | null): Direction | null => DIRECTIONS.find((d) => d === v) ?? null;
const NUM = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** The list's filters as the API reads them, from the page's URL (`?accountId=…&direction=in&q=…`). */
export function transactionQuery(params: URLSearchParams) {
  return {
    accountId: params.get('accountId') ?? undefined,
    direction: readDirection(params.get('direction')) ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    q: params.get('q') || undefined,
  };
}

/**
 * The transactions of every account (or of the one chosen), newest first: when, who, what the
 * transfer said (a structured communication written as on the slip), and the amount, in or out.
 */
export function BankTransactionsList({
  accounts,
  listParams,
  version,
}: {
  accounts: readonly BankAccount[];
  listParams: ListParams;
  /** Bumped after an import: the list reloads. */
  version: number;
}) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const { params, update } = listParams;
  const query = transactionQuery(params);
  const list = useCursorRoute(BANK_TRANSACTIONS_ROUTE, { companyId }, 50, query);
  useReloadOn(version, list.reload);
  const activeFilters = [query.accountId, query.direction, query.from || query.to].filter(Boolean).length;
  const several = accounts.length > 1;
  const accountName = (id: string) => accounts.find((a) => a.id === id)?.name ?? '';

  const amount = (tx: BankTransaction) => {
    const out = isOutgoing(tx.amount);
    return (
      <Text size="sm" span fw={600} c={out ? 'red.8' : 'teal.9'} style={NUM}>
        {out ? '' : '+'}
        {formatMoney(tx.amount, tx.currency)}
      </Text>
    );
  };

  const columns: ListColumn<BankTransaction>[] = [
    {
      key: 'bookingDate',
      header: t('banking.transactions.date'),
      nowrap: true,
      cell: (tx) => <Text size="sm">{formatDate(tx.bookingDate)}</Text>,
    },
    {
      key: 'counterparty',
      header: t('banking.transactions.counterparty'),
      cell: (tx) => <Counterparty tx={tx} />,
    },
    {
      key: 'communication',
      header: t('banking.transactions.communication'),
      cell: (tx) => <Communication tx={tx} />,
    },
    ...(several
      ? [
          {
            key: 'account',
            header: t('banking.transactions.account'),
            visibleFrom: 'lg' as const,
            cell: (tx: BankTransaction) => <Text size="sm">{accountName(tx.accountId)}</Text>,
          },
        ]
      : []),
    { key: 'amount', header: t('banking.transactions.amount'), numeric: true, cell: amount },
  ];

  return (
    <ListView
      label={t('banking.transactions.title')}
      labelledBy="bank-transactions-title"
      header={
        <Title order={2} size="h4" id="bank-transactions-title" px="md" pt="md">
          {t('banking.transactions.title')}
        </Title>
      }
      list={list}
      columns={columns}
      getKey={(tx) => tx.id}
      card={(tx) => (
        <ListCard
          title={
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {tx.counterpartyName ?? t('banking.transactions.noCounterparty')}
            </Text>
          }
          aside={amount(tx)}
        >
          <Text size="xs" c="dimmed">
            {[formatDate(tx.bookingDate), several ? accountName(tx.accountId) : null]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Communication tx={tx} size="xs" />
        </ListCard>
      )}
      params={listParams}
      search={{
        label: t('banking.transactions.search'),
        placeholder: t('banking.transactions.searchPlaceholder'),
      }}
      activeFilters={activeFilters}
      onClearFilters={() => listParams.clear(['accountId', 'direction', 'from', 'to'])}
      minTableWidth={680}
      headingOrder={3}
      filters={(where) => (
        <>
          {several && (
            <Select
              label={t('banking.transactions.account')}
              placeholder={t('banking.transactions.allAccounts')}
              data={accounts.map((a) => ({ value: a.id, label: a.name }))}
              value={query.accountId ?? null}
              onChange={(value) => update({ accountId: value })}
              clearable
              clearButtonProps={{ 'aria-label': t('banking.transactions.clearAccount') }}
              comboboxProps={{ withinPortal: true }}
              w={where === 'bar' ? 200 : undefined}
            />
          )}
          <Select
            label={t('banking.transactions.direction')}
            placeholder={t('banking.transactions.bothDirections')}
            data={DIRECTIONS.map((d) => ({ value: d, label: t(`banking.transactions.directions.${d}`) }))}
            value={query.direction ?? null}
            onChange={(value) => update({ direction: value })}
            clearable
            clearButtonProps={{ 'aria-label': t('banking.transactions.clearDirection') }}
            comboboxProps={{ withinPortal: true }}
            w={where === 'bar' ? 170 : undefined}
          />
          <DateRangeField
            label={t('banking.transactions.period')}
            placeholder={t('banking.transactions.anyDate')}
            value={[query.from ?? null, query.to ?? null]}
            onChange={([from, to]) => update({ from, to })}
            clearLabel={t('banking.transactions.clearPeriod')}
            w={where === 'bar' ? 230 : undefined}
          />
        </>
      )}
      noMatch={{
        title: t('banking.transactions.noMatchTitle'),
        description: t('banking.transactions.noMatchDescription'),
      }}
      empty={
        <EmptyBlock
          size="sm"
          headingOrder={3}
          icon={<IconArrowsExchange size={24} />}
          title={t('banking.transactions.emptyTitle')}
          description={t('banking.transactions.emptyDescription')}
        />
      }
    />
  );
}

function Counterparty({ tx }: { tx: BankTransaction }) {
  const { t } = useTranslation();
  const account = tx.counterpartyIban ? formatIban(tx.counterpartyIban) : tx.counterpartyAccount;
  return (
    <Stack gap={0} miw={160}>
      <Text size="sm" fw={600} c={tx.counterpartyName ? undefined : 'dimmed'}>
        {tx.counterpartyName ?? t('banking.transactions.noCounterparty')}
      </Text>
      {account && (
        <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {account}
        </Text>
      )}
    </Stack>
  );
}

/** The structured communication first (as on the slip), else the free text the payer wrote. */
function Communication({ tx, size = 'sm' }: { tx: BankTransaction; size?: 'sm' | 'xs' }) {
  if (tx.structuredReference) {
    return (
      <Text size={size} ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {formatStructuredReference(tx.structuredReference)}
      </Text>
    );
  }
  if (!tx.remittanceText) {
    return (
      <Text span c="dimmed" size={size} aria-hidden>
        —
      </Text>
    );
  }
  return (
    <Text size={size} lineClamp={2} maw={size === 'sm' ? 320 : undefined} title={tx.remittanceText}>
      {tx.remittanceText}
    </Text>
  );
}

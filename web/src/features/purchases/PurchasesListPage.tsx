import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPencilPlus, IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ListCard } from '../../components/list/ListCard';
import { type ListColumn, ListView } from '../../components/list/ListView';
import { useListParams } from '../../components/list/use-list-params';
import { PageHeader } from '../../components/PageHeader';
import { type SearchOption, SearchSelect } from '../../components/SearchSelect';
import { useApiRoute, useCursorRoute } from '../../lib/api/client';
import { formatDate, formatMoney } from '../../lib/format';
import { useReloadOn } from '../../lib/use-api';
import { useCompany } from '../companies/company-context';
import { contactOption, useContactSearch } from '../documents/pickers';
import { PurchaseStatusBadge } from './PurchaseStatusBadge';
import { PurchaseUpload } from './PurchaseUpload';
import { PURCHASES_ROUTE, PURCHASES_WRITE, purchasesPath } from './paths';
import {
  PURCHASE_STATUSES,
  type PurchaseListQuery,
  type PurchaseStatus,
  type PurchaseSummary,
} from './types';

const DUE_CHOICES = ['overdue', 'week', 'month'] as const;
type DueChoice = (typeof DUE_CHOICES)[number];

const readStatus = (v: string | null): PurchaseStatus | null =>
  PURCHASE_STATUSES.find((s) => s === v) ?? null;
const readDue = (v: string | null): DueChoice | null => DUE_CHOICES.find((d) => d === v) ?? null;

/** A calendar date `days` from today on this device (a filter's bound, not a stored date). */
function dateIn(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The API query of the list's filters (`?status=to_pay&due=overdue` reads as the server's filters). */
export function purchaseQuery(params: URLSearchParams): Omit<PurchaseListQuery, 'limit' | 'cursor'> {
  const due = readDue(params.get('due'));
  return {
    status: readStatus(params.get('status')) ?? undefined,
    supplierId: params.get('supplierId') ?? undefined,
    q: params.get('q') || undefined,
    overdue: due === 'overdue' ? 'true' : undefined,
    dueBefore: due === 'week' ? dateIn(7) : due === 'month' ? dateIn(30) : undefined,
  };
}

/**
 * Supplier invoices: dropped or picked files become purchase invoices (read from their e-invoice, or
 * kept as a PDF to complete), listed with their due dates, overdue ones marked, and what is left to pay
 * over everything the filters select.
 */
export function PurchasesListPage() {
  const { t } = useTranslation();
  const { companyId, membership, can } = useCompany();
  const listParams = useListParams();
  const { params, update } = listParams;
  const status = readStatus(params.get('status'));
  const due = readDue(params.get('due'));
  const supplierId = params.get('supplierId');
  const writer = can(PURCHASES_WRITE);
  const [version, setVersion] = useState(0);

  const supplier = useApiRoute(
    '/api/v1/companies/{companyId}/contacts/{contactId}',
    supplierId ? { companyId, contactId: supplierId } : null,
  );
  const supplierValue: SearchOption | null = supplierId
    ? supplier.data
      ? contactOption(supplier.data)
      : { value: supplierId, label: '…' }
    : null;
  const contacts = useContactSearch(companyId);

  const query = purchaseQuery(params);
  const list = useCursorRoute(PURCHASES_ROUTE, { companyId }, 50, query);
  const activeFilters = [status, supplierId, due].filter(Boolean).length;

  const supplierLink = (p: PurchaseSummary) =>
    p.supplier ? (
      <Anchor component={Link} to={purchasesPath(companyId, p.id)} fw={600} size="sm" c="inherit">
        {p.supplier.name}
      </Anchor>
    ) : (
      <Anchor component={Link} to={purchasesPath(companyId, p.id)} size="sm" fs="italic">
        {t('purchases.list.toComplete')}
      </Anchor>
    );
  // The supplier's number under its name: the table keeps room for the amounts at tablet width.
  const supplierCell = (p: PurchaseSummary) => (
    <Stack gap={0} miw={140}>
      {supplierLink(p)}
      {p.number && (
        <Text size="xs" c="dimmed">
          {p.number}
        </Text>
      )}
    </Stack>
  );
  const dueCell = (p: PurchaseSummary) =>
    p.dueDate ? (
      <Text size="sm" span c={p.overdue ? 'red.8' : undefined} fw={p.overdue ? 600 : undefined}>
        {formatDate(p.dueDate)}
      </Text>
    ) : (
      <Dash />
    );

  const columns: ListColumn<PurchaseSummary>[] = [
    { key: 'supplier', header: t('purchases.fields.supplierAndNumber'), cell: supplierCell },
    {
      key: 'issueDate',
      header: t('purchases.fields.issueDate'),
      nowrap: true,
      visibleFrom: 'xl',
      cell: (p) => (p.issueDate ? <Text size="sm">{formatDate(p.issueDate)}</Text> : <Dash />),
    },
    { key: 'dueDate', header: t('purchases.fields.dueDate'), nowrap: true, cell: dueCell },
    {
      key: 'status',
      header: t('purchases.fields.status'),
      cell: (p) => <PurchaseStatusBadge status={p.status} overdue={p.overdue} />,
    },
    {
      key: 'total',
      header: t('purchases.fields.total'),
      numeric: true,
      visibleFrom: 'lg',
      cell: (p) => (
        <Text size="sm" span>
          {formatMoney(p.totals.payableAmount, p.currency)}
        </Text>
      ),
    },
    {
      key: 'amountDue',
      header: t('purchases.fields.amountDue'),
      numeric: true,
      cell: (p) => (
        <Text size="sm" span fw={600} c={p.overdue ? 'red.8' : undefined}>
          {formatMoney(p.totals.amountDue, p.currency)}
        </Text>
      ),
    },
  ];

  const refreshAll = () => {
    list.refresh();
    setVersion((v) => v + 1);
  };

  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t('purchases.title')}
        description={t('purchases.description')}
        actions={
          writer && (
            <Button
              component={Link}
              to={purchasesPath(companyId, 'new')}
              variant="default"
              leftSection={<IconPencilPlus size={16} aria-hidden />}
            >
              {t('purchases.list.enterByHand')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        {writer && <PurchaseUpload onImported={refreshAll} />}
        <ListView
          label={t('purchases.title')}
          list={list}
          columns={columns}
          getKey={(p) => p.id}
          href={(p) => purchasesPath(companyId, p.id)}
          card={(p) => (
            <ListCard
              title={supplierLink(p)}
              badges={<PurchaseStatusBadge status={p.status} overdue={p.overdue} size="xs" />}
              aside={
                <Text size="sm" fw={600} c={p.overdue ? 'red.8' : undefined}>
                  {formatMoney(p.totals.amountDue, p.currency)}
                </Text>
              }
            >
              <Text size="xs" c={p.overdue ? 'red.8' : 'dimmed'}>
                {[p.number, p.dueDate ? t('purchases.list.dueOn', { date: formatDate(p.dueDate) }) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </ListCard>
          )}
          params={listParams}
          search={{ label: t('purchases.list.search'), placeholder: t('purchases.list.searchPlaceholder') }}
          activeFilters={activeFilters}
          onClearFilters={() => listParams.clear(['status', 'supplierId', 'due'])}
          minTableWidth={720}
          beforeItems={<ToPaySummary query={query} version={version} />}
          filters={(where) => {
            const w = where === 'bar' ? 200 : undefined;
            return (
              <>
                <Select
                  label={t('purchases.filters.status')}
                  placeholder={t('purchases.filters.allStatuses')}
                  data={PURCHASE_STATUSES.map((s) => ({ value: s, label: t(`purchases.status.${s}`) }))}
                  value={status}
                  onChange={(value) => update({ status: value })}
                  clearable
                  clearButtonProps={{ 'aria-label': t('purchases.filters.clearStatus') }}
                  comboboxProps={{ withinPortal: true }}
                  w={w}
                />
                <SearchSelect
                  label={t('purchases.filters.supplier')}
                  placeholder={t('purchases.filters.allSuppliers')}
                  value={supplierValue}
                  onChange={(option) => update({ supplierId: option?.value ?? null })}
                  search={contacts.search}
                  nothingFound={t('documents.editor.noContactFound')}
                  clearable
                  clearLabel={t('purchases.filters.clearSupplier')}
                  w={where === 'bar' ? 220 : undefined}
                />
                <Select
                  label={t('purchases.filters.due')}
                  placeholder={t('purchases.filters.anyDue')}
                  data={DUE_CHOICES.map((d) => ({ value: d, label: t(`purchases.filters.dueChoices.${d}`) }))}
                  value={due}
                  onChange={(value) => update({ due: value })}
                  clearable
                  clearButtonProps={{ 'aria-label': t('purchases.filters.clearDue') }}
                  comboboxProps={{ withinPortal: true }}
                  w={w}
                />
              </>
            );
          }}
          noMatch={{
            title: t('purchases.list.noMatchTitle'),
            description: t('purchases.list.noMatchDescription'),
          }}
          empty={
            <EmptyBlock
              icon={<IconReceipt size={28} />}
              title={t('purchases.list.emptyTitle')}
              description={writer ? t('purchases.list.emptyDescription') : t('purchases.list.emptyReadOnly')}
              action={
                writer && (
                  <Button
                    component={Link}
                    to={purchasesPath(companyId, 'new')}
                    variant="light"
                    leftSection={<IconPencilPlus size={16} aria-hidden />}
                  >
                    {t('purchases.list.enterByHand')}
                  </Button>
                )
              }
            />
          }
        />
      </Stack>
    </>
  );
}

/** What is left to pay over every purchase invoice the filters select (all pages), per currency. */
function ToPaySummary({
  query,
  version,
}: {
  query: Omit<PurchaseListQuery, 'limit' | 'cursor'>;
  version: number;
}) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const summary = useApiRoute(PURCHASES_ROUTE, { companyId }, { ...query, limit: 1 });
  useReloadOn(version, summary.reload);
  const data = summary.data?.summary;
  if (!data || data.count === 0) return null;
  return (
    <Group
      component="section"
      aria-label={t('purchases.list.summaryLabel')}
      px="md"
      py="xs"
      gap="xl"
      wrap="wrap"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)', rowGap: 4 }}
    >
      <Text size="sm" c="dimmed">
        {t('purchases.list.summaryCount', { count: data.count })}
      </Text>
      {data.toPay.map((c) => (
        <Text size="sm" key={c.currency} data-testid="to-pay-total">
          <Text span c="dimmed">
            {t('purchases.list.summaryToPay', { count: c.count })}{' '}
          </Text>
          <Text span fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatMoney(c.amount, c.currency)}
          </Text>
        </Text>
      ))}
    </Group>
  );
}

function Dash() {
  return (
    <Text span c="dimmed" size="sm" aria-hidden>
      —
    </Text>
  );
}

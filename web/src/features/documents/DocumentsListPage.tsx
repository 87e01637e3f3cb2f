import { Anchor, Box, Button, MultiSelect, Stack, Switch, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { moduleByKey } from '../../app/modules';
import { DateRangeField } from '../../components/DateField';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ExportButton } from '../../components/ExportButton';
import { ListCard } from '../../components/list/ListCard';
import { type ListColumn, ListView } from '../../components/list/ListView';
import { useListParams } from '../../components/list/use-list-params';
import { PageHeader } from '../../components/PageHeader';
import { type SearchOption, SearchSelect } from '../../components/SearchSelect';
import { useApiRoute, useCursorRoute } from '../../lib/api/client';
import { notifySuccess } from '../../lib/errors';
import { formatDate, formatMoney } from '../../lib/format';
import { useCompany } from '../companies/company-context';
import { BulkRecordPaymentButton, usePaymentSelectionTexts } from '../payments/BulkRecordPayment';
import { isPayable, PAYMENT_PERMISSIONS } from '../payments/types';
import { BulkFinalizeButton, BulkFinalizeDialog, MAX_BULK_FINALIZE } from './BulkFinalize';
import { KINDS } from './kinds';
import { ListSummary } from './ListSummary';
import { documentRoute, documentsPath } from './paths';
import { contactOption, useContactSearch } from './pickers';
import { SelectionBar } from './SelectionBar';
import { PeppolBadge, StatusBadge } from './StatusBadge';
import { statusLabel } from './status-label';
import type { DocumentKind, DocumentListQuery, DocumentSummary } from './types';

type Sort = '-date' | 'date' | 'number' | '-number';
const SORTS: readonly Sort[] = ['-date', 'date', 'number', '-number'];

export function DocumentsListPage({ kind }: { kind: DocumentKind }) {
  const { t } = useTranslation();
  const { companyId, membership, can } = useCompany();
  const config = KINDS[kind];
  const k = config.key;
  const canWrite = can(config.write);
  const canFinalize = can(config.finalize.permission);
  const canRecordPayment = kind === 'invoice' && can(PAYMENT_PERMISSIONS.record);
  const Icon = moduleByKey(config.module).icon;

  const listParams = useListParams();
  const { params, q, update } = listParams;
  const statuses = (params.get('status') ?? '').split(',').filter((s) => config.statuses.includes(s));
  const contactId = params.get('contactId');
  const from = params.get('from');
  const to = params.get('to');
  const overdue = kind === 'invoice' && params.get('overdue') === 'true';
  const sortParam = params.get('sort') as Sort | null;
  const sort: Sort = sortParam && SORTS.includes(sortParam) ? sortParam : '-date';

  // The chosen customer's name, for the filter field after a reload.
  const contactQuery = useApiRoute(
    '/api/v1/companies/{companyId}/contacts/{contactId}',
    contactId ? { companyId, contactId } : null,
  );
  const contactValue: SearchOption | null = contactId
    ? contactQuery.data
      ? contactOption(contactQuery.data)
      : { value: contactId, label: '…' }
    : null;
  const contacts = useContactSearch(companyId);

  const query: DocumentListQuery = {
    q: q || undefined,
    status: statuses.length > 0 ? statuses.join(',') : undefined,
    contactId: contactId ?? undefined,
    from: from ?? undefined,
    to: to ?? undefined,
    overdue: overdue ? 'true' : undefined,
    sort,
  };
  const list = useCursorRoute(documentRoute(kind, ''), { companyId }, 50, query);

  // Drafts picked for issuing together, kept in list order (the order of their numbers), and open
  // invoices picked for one payment: a mixed selection offers the actions that apply to each part.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [failedId, setFailedId] = useState<string | null>(null);
  const [summaryVersion, setSummaryVersion] = useState(0);
  const queryKey = JSON.stringify(query);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another list (filters, kind, company) starts unselected
  useEffect(() => {
    setSelected(new Set());
    setFailedId(null);
  }, [queryKey, kind, companyId]);
  const isSelectableDraft = (d: DocumentSummary) => canFinalize && d.status === 'draft';
  const isSelectableOpen = (d: DocumentSummary) => canRecordPayment && isPayable(d);
  const selectable = list.items.filter((d) => isSelectableDraft(d) || isSelectableOpen(d));
  const selectedDrafts = selectable.filter((d) => selected.has(d.id) && isSelectableDraft(d));
  const selectedOpen = selectable.filter((d) => selected.has(d.id) && isSelectableOpen(d));
  const selectedCount = selectedDrafts.length + selectedOpen.length;
  const allSelected = selectable.length > 0 && selectedCount === selectable.length;
  const toggle = (id: string) => {
    // The draft the last attempt stumbled on stops standing out once the user acts on it.
    if (id === failedId) setFailedId(null);
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  };
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set(selectable.map((d) => d.id)));
  const clearSelection = () => {
    setSelected(new Set());
    setFailedId(null);
  };
  const paymentTexts = usePaymentSelectionTexts(selectedOpen);
  const tooManyId = useId();
  const paymentProblemId = useId();
  const tooMany = selectedDrafts.length > MAX_BULK_FINALIZE;
  const refreshList = () => {
    list.refresh();
    setSummaryVersion((v) => v + 1);
  };
  const { sort: _sort, ...filters } = query;
  const activeFilters = [statuses.length > 0, contactId, from || to, overdue].filter(Boolean).length;
  const newPath = documentsPath(companyId, kind, 'new');
  const href = (doc: DocumentSummary) => documentsPath(companyId, kind, doc.id);
  const total = (doc: DocumentSummary) => formatMoney(doc.totals.taxInclusive, doc.currency);

  const columns: ListColumn<DocumentSummary>[] = [
    {
      key: 'number',
      header: t('documents.fields.number'),
      nowrap: true,
      sort: { asc: 'number', desc: '-number' },
      cell: (doc) => (
        <>
          <NumberLink doc={doc} to={href(doc)} />
          {/* Narrow screens: the status goes under the number instead of its own column. */}
          <Box hiddenFrom="md" mt={4}>
            <StatusBadge
              status={doc.status}
              kind={doc.kind}
              overdue={doc.overdue}
              billingType={doc.billingType}
              peppolStatus={doc.peppolStatus}
              size="xs"
            />
          </Box>
        </>
      ),
    },
    {
      key: 'customer',
      header: t('documents.fields.customer'),
      cell: (doc) => (
        <>
          <Text size="sm" fw={500} lineClamp={1} miw={140}>
            {doc.contactName ?? <Dash />}
          </Text>
          {doc.subject && (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {doc.subject}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'date',
      header: t('documents.fields.date'),
      nowrap: true,
      sort: { asc: 'date', desc: '-date' },
      cell: (doc) => <Text size="sm">{formatDate(doc.issueDate)}</Text>,
    },
    ...(config.dateColumn
      ? [secondDateColumn(t(`documents.fields.${config.dateColumn}`), config.dateColumn)]
      : []),
    {
      key: 'status',
      header: t('documents.fields.status'),
      visibleFrom: 'md',
      // The Peppol status goes under the status: the column stays as narrow as before.
      cell: (doc) => (
        <Stack gap={4} align="flex-start">
          <StatusBadge
            status={doc.status}
            kind={doc.kind}
            overdue={doc.overdue}
            billingType={doc.billingType}
          />
          {doc.peppolStatus && <PeppolBadge status={doc.peppolStatus} />}
        </Stack>
      ),
    },
    {
      key: 'total',
      header: t('documents.fields.totalInclVat'),
      numeric: true,
      cell: (doc) => (
        <Text size="sm" fw={600} span>
          {total(doc)}
        </Text>
      ),
    },
    ...(kind === 'invoice'
      ? [
          {
            key: 'balance',
            header: t('documents.fields.balance'),
            numeric: true,
            cell: (doc: DocumentSummary) =>
              doc.balance === null ? (
                <Dash />
              ) : (
                <Text size="sm" span c={doc.balance === '0.00' ? 'dimmed' : undefined}>
                  {formatMoney(doc.balance, doc.currency)}
                </Text>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t(`documents.kinds.${k}.plural`)}
        description={t(`documents.kinds.${k}.description`)}
        actions={
          <>
            <ExportButton route={documentRoute(kind, '')} params={{ companyId }} query={query} />
            {canWrite && (
              <Button component={Link} to={newPath} leftSection={<IconPlus size={18} aria-hidden />}>
                {t(`documents.kinds.${k}.new`)}
              </Button>
            )}
          </>
        }
      />

      <ListView
        label={t(`documents.kinds.${k}.plural`)}
        list={list}
        columns={columns}
        getKey={(doc) => doc.id}
        href={href}
        card={(doc) => <DocumentCard doc={doc} to={href(doc)} dateColumn={config.dateColumn} />}
        params={listParams}
        search={{ label: t('documents.list.search'), placeholder: t('documents.list.searchPlaceholder') }}
        sort={{ value: sort, onChange: (value) => update({ sort: value === '-date' ? null : value }) }}
        activeFilters={activeFilters}
        onClearFilters={() => listParams.clear(['status', 'contactId', 'from', 'to', 'overdue'])}
        filters={(where) => {
          const w = where === 'bar' ? 220 : undefined;
          return (
            <>
              <MultiSelect
                label={t('documents.list.status')}
                placeholder={statuses.length === 0 ? t('documents.list.allStatuses') : undefined}
                data={config.statuses.map((s) => ({
                  value: s,
                  label: statusLabel(t, s, kind),
                }))}
                value={statuses}
                onChange={(value) => update({ status: value.join(',') || null })}
                clearable
                clearButtonProps={{ 'aria-label': t('documents.list.clearStatus') }}
                w={w}
              />
              <SearchSelect
                label={t('documents.list.customer')}
                placeholder={t('documents.list.allCustomers')}
                value={contactValue}
                onChange={(option) => update({ contactId: option?.value ?? null })}
                search={contacts.search}
                nothingFound={t('documents.editor.noContactFound')}
                clearable
                clearLabel={t('documents.list.clearCustomer')}
                w={w}
              />
              <DateRangeField
                label={t('documents.list.period')}
                placeholder={t('documents.list.anyDate')}
                value={[from, to]}
                onChange={([f, l]) => update({ from: f, to: l })}
                clearLabel={t('documents.list.clearDate')}
                presets={periodPresets(t)}
                w={where === 'bar' ? 230 : undefined}
              />
              {kind === 'invoice' && (
                <Switch
                  label={t('documents.list.overdueOnly')}
                  checked={overdue}
                  onChange={(event) => update({ overdue: event.currentTarget.checked ? 'true' : null })}
                  mb={where === 'bar' ? 8 : 0}
                />
              )}
            </>
          );
        }}
        beforeItems={
          <>
            <ListSummary kind={kind} query={filters} version={summaryVersion} />
            {selectedCount > 0 && (
              <SelectionBar
                summary={[
                  ...(selectedDrafts.length > 0
                    ? [t('documents.bulk.selected', { count: selectedDrafts.length })]
                    : []),
                  ...(selectedOpen.length > 0 ? [paymentTexts.summary] : []),
                ]}
                notes={[
                  ...(tooMany
                    ? [{ id: tooManyId, text: t('documents.bulk.tooMany', { max: MAX_BULK_FINALIZE }) }]
                    : []),
                  ...(paymentTexts.problem ? [{ id: paymentProblemId, text: paymentTexts.problem }] : []),
                ]}
                onClear={clearSelection}
              >
                {selectedDrafts.length > 0 && (
                  <BulkFinalizeButton
                    kind={kind}
                    count={selectedDrafts.length}
                    onFinalize={() => setBulkOpen(true)}
                    describedBy={tooManyId}
                  />
                )}
                {selectedOpen.length > 0 && (
                  <BulkRecordPaymentButton
                    companyId={companyId}
                    invoices={selectedOpen}
                    describedBy={paymentProblemId}
                    onRecorded={() => {
                      // The paid invoices leave the selection; drafts picked beside them stay.
                      setSelected(new Set(selectedDrafts.map((d) => d.id)));
                      refreshList();
                    }}
                  />
                )}
              </SelectionBar>
            )}
          </>
        }
        selection={{
          enabled: selectable.length > 0,
          selectable: (doc) => isSelectableDraft(doc) || isSelectableOpen(doc),
          selected: (doc) => selected.has(doc.id),
          toggle: (doc) => toggle(doc.id),
          allSelected,
          someSelected: selectedCount > 0,
          toggleAll,
          allLabel: canRecordPayment ? t('documents.bulk.selectAllOpen') : t('documents.bulk.selectAll'),
          itemLabel: (doc) =>
            doc.status !== 'draft'
              ? t('payments.bulk.selectInvoice', {
                  number: doc.number ?? '',
                  balance: formatMoney(doc.balance ?? '0', doc.currency),
                })
              : doc.contactName
                ? t('documents.bulk.selectDraft', { customer: doc.contactName, total: total(doc) })
                : t('documents.bulk.selectDraftNoCustomer', { total: total(doc) }),
        }}
        tone={(doc) => (doc.id === failedId ? 'failed' : selected.has(doc.id) ? 'selected' : undefined)}
        noMatch={{
          title: t('documents.list.noMatchTitle'),
          description: t('documents.list.noMatchDescription'),
        }}
        empty={
          <EmptyBlock
            icon={<Icon size={28} />}
            title={t(`documents.kinds.${k}.emptyTitle`)}
            description={t(`documents.kinds.${k}.emptyDescription`)}
            action={
              kind === 'credit_note' ? (
                // Credit notes start from an issued invoice.
                <Button component={Link} to={documentsPath(companyId, 'invoice')} variant="light">
                  {t(`documents.kinds.${k}.emptyAction`)}
                </Button>
              ) : (
                canWrite && (
                  <Button component={Link} to={newPath} leftSection={<IconPlus size={16} aria-hidden />}>
                    {t(`documents.kinds.${k}.emptyAction`)}
                  </Button>
                )
              )
            }
          />
        }
      />

      {canFinalize && (
        <BulkFinalizeDialog
          opened={bulkOpen}
          kind={kind}
          companyId={companyId}
          drafts={selectedDrafts}
          onClose={() => setBulkOpen(false)}
          onFailed={setFailedId}
          onDone={(items) => {
            setBulkOpen(false);
            clearSelection();
            notifySuccess(
              t(`documents.kinds.${k}.bulkDone`, {
                count: items.length,
                first: items[0]?.number ?? '',
                last: items[items.length - 1]?.number ?? '',
              }),
            );
            refreshList();
          }}
        />
      )}
    </>
  );
}

function secondDateColumn(header: string, field: 'validUntil' | 'dueDate'): ListColumn<DocumentSummary> {
  return {
    key: field,
    header,
    nowrap: true,
    visibleFrom: 'md',
    cell: (doc) => {
      const date = doc[field];
      return date ? (
        <Text size="sm" c={doc.overdue ? 'red.8' : undefined} fw={doc.overdue ? 600 : undefined}>
          {formatDate(date)}
        </Text>
      ) : (
        <Dash />
      );
    },
  };
}

function NumberLink({ doc, to }: { doc: DocumentSummary; to: string }) {
  const { t } = useTranslation();
  return doc.number ? (
    <Anchor component={Link} to={to} fw={600} size="sm" c="inherit">
      {doc.number}
    </Anchor>
  ) : (
    <Anchor component={Link} to={to} size="sm" c="dimmed" fs="italic">
      {t('documents.draftNumber')}
    </Anchor>
  );
}

/** On a phone: customer and total, then number, status and dates. */
function DocumentCard({
  doc,
  to,
  dateColumn,
}: {
  doc: DocumentSummary;
  to: string;
  dateColumn: 'validUntil' | 'dueDate' | null;
}) {
  const { t } = useTranslation();
  const secondDate = dateColumn ? doc[dateColumn] : null;
  return (
    <ListCard
      title={<NumberLink doc={doc} to={to} />}
      badges={
        <StatusBadge
          status={doc.status}
          kind={doc.kind}
          overdue={doc.overdue}
          billingType={doc.billingType}
          peppolStatus={doc.peppolStatus}
          size="xs"
        />
      }
      aside={
        <>
          <Text size="sm" fw={600}>
            {formatMoney(doc.totals.taxInclusive, doc.currency)}
          </Text>
          {doc.balance !== null && doc.balance !== '0.00' && doc.balance !== doc.totals.taxInclusive && (
            <Text size="xs" c="dimmed">
              {t('documents.fields.balance')} {formatMoney(doc.balance, doc.currency)}
            </Text>
          )}
        </>
      }
    >
      <Text size="sm" fw={500} lineClamp={1}>
        {doc.contactName ?? <Dash />}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDate(doc.issueDate)}
        {dateColumn && secondDate && (
          <Text span size="xs" c={doc.overdue ? 'red.8' : 'dimmed'} fw={doc.overdue ? 600 : undefined}>
            {' · '}
            {t(`documents.fields.${dateColumn}`)} {formatDate(secondDate)}
          </Text>
        )}
      </Text>
    </ListCard>
  );
}

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** This month, last month, this year, last year: the periods an invoicing list is read by. */
function periodPresets(t: TFunction): { label: string; value: [string, string] }[] {
  const now = new Date();
  const y = now.getFullYear();
  const m = now.getMonth();
  return [
    { label: t('documents.list.thisMonth'), value: [iso(new Date(y, m, 1)), iso(new Date(y, m + 1, 0))] },
    { label: t('documents.list.lastMonth'), value: [iso(new Date(y, m - 1, 1)), iso(new Date(y, m, 0))] },
    {
      label: t('documents.list.thisQuarter'),
      value: [iso(new Date(y, m - (m % 3), 1)), iso(new Date(y, m - (m % 3) + 3, 0))],
    },
    { label: t('documents.list.thisYear'), value: [`${y}-01-01`, `${y}-12-31`] },
    { label: t('documents.list.lastYear'), value: [`${y - 1}-01-01`, `${y - 1}-12-31`] },
  ];
}

function Dash(): ReactNode {
  return (
    <Text span c="dimmed" size="sm" aria-hidden>
      —
    </Text>
  );
}

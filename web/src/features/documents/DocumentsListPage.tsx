import {
  Anchor,
  Box,
  Button,
  Checkbox,
  CloseButton,
  Group,
  MultiSelect,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp, IconFilterOff, IconPlus, IconSearch } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { moduleByKey } from '../../app/modules';
import { DateRangeField } from '../../components/DateField';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { type SearchOption, SearchSelect } from '../../components/SearchSelect';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifySuccess } from '../../lib/errors';
import { formatDate, formatMoney } from '../../lib/format';
import { useApiQuery, useCursorList } from '../../lib/use-api';
import { useCompany } from '../companies/company-context';
import { contactsApiPath } from '../contacts/paths';
import type { Contact } from '../contacts/types';
import { BulkFinalizeBar, BulkFinalizeDialog } from './BulkFinalize';
import { KINDS } from './kinds';
import { ListSummary } from './ListSummary';
import { documentsApiPath, documentsPath } from './paths';
import { contactOption, useContactSearch } from './pickers';
import { StatusBadge } from './StatusBadge';
import type { DocumentKind, DocumentSummary } from './types';

type Sort = '-date' | 'date' | 'number' | '-number';
const SORTS: readonly Sort[] = ['-date', 'date', 'number', '-number'];
const NUM = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export function DocumentsListPage({ kind }: { kind: DocumentKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { companyId, membership, can } = useCompany();
  const config = KINDS[kind];
  const k = config.key;
  const canWrite = can(config.write);
  const canFinalize = can(config.finalize.permission);
  const Icon = moduleByKey(config.module).icon;

  // Filters live in the URL: they survive a visit to a document and the back button.
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const statuses = (params.get('status') ?? '').split(',').filter((s) => config.statuses.includes(s));
  const contactId = params.get('contactId');
  const from = params.get('from');
  const to = params.get('to');
  const overdue = kind === 'invoice' && params.get('overdue') === 'true';
  const sortParam = params.get('sort') as Sort | null;
  const sort: Sort = sortParam && SORTS.includes(sortParam) ? sortParam : '-date';

  const [search, setSearch] = useState(q);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const update = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on the debounced value only
  useEffect(() => {
    if (debouncedSearch !== q) update({ q: debouncedSearch || null });
  }, [debouncedSearch]);

  // The chosen customer's name, for the filter field after a reload.
  const contactQuery = useApiQuery<Contact>(contactId ? contactsApiPath(companyId, contactId) : null);
  const contactValue: SearchOption | null = contactId
    ? contactQuery.data
      ? contactOption(contactQuery.data)
      : { value: contactId, label: '…' }
    : null;
  const contacts = useContactSearch(companyId);

  const query = {
    q: q || undefined,
    status: statuses.length > 0 ? statuses.join(',') : undefined,
    contactId: contactId ?? undefined,
    from: from ?? undefined,
    to: to ?? undefined,
    overdue: overdue ? 'true' : undefined,
    sort,
  };
  const list = useCursorList<DocumentSummary>(documentsApiPath(companyId, kind), 50, query);

  // Drafts picked for issuing together; kept in list order, which is the order of their numbers.
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
  const drafts = canFinalize ? list.items.filter((d) => d.status === 'draft') : [];
  const selectedDrafts = drafts.filter((d) => selected.has(d.id));
  const allSelected = drafts.length > 0 && selectedDrafts.length === drafts.length;
  const toggle = (id: string) => {
    // The draft the last attempt stumbled on stops standing out once the user acts on it.
    if (id === failedId) setFailedId(null);
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  };
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set(drafts.map((d) => d.id)));
  const clearSelection = () => {
    setSelected(new Set());
    setFailedId(null);
  };
  const { sort: _sort, ...filters } = query;
  const filtered = Boolean(q || statuses.length || contactId || from || to || overdue);
  const clearFilters = () => {
    setSearch('');
    setParams(sort === '-date' ? new URLSearchParams() : new URLSearchParams({ sort }), { replace: true });
  };
  const newPath = documentsPath(companyId, kind, 'new');

  const sortHeader = (label: string, asc: Sort, desc: Sort, align?: 'right') => {
    const active = sort === asc || sort === desc;
    const SortIcon = sort === asc ? IconChevronUp : IconChevronDown;
    return (
      <Table.Th
        scope="col"
        style={align ? NUM : NO_WRAP}
        aria-sort={active ? (sort === asc ? 'ascending' : 'descending') : undefined}
      >
        <UnstyledButton onClick={() => update({ sort: sort === desc ? asc : desc })} fw={700} fz="sm">
          <Group gap={4} wrap="nowrap">
            {label}
            {active ? <SortIcon size={14} aria-hidden /> : null}
            {active && (
              <VisuallyHidden>
                {sort === asc ? t('documents.list.sortedAscending') : t('documents.list.sortedDescending')}
              </VisuallyHidden>
            )}
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t(`documents.kinds.${k}.plural`)}
        description={t(`documents.kinds.${k}.description`)}
        actions={
          <Group gap="sm">
            <ExportButton path={documentsApiPath(companyId, kind)} query={query} />
            {canWrite && (
              <Button component={Link} to={newPath} leftSection={<IconPlus size={18} aria-hidden />}>
                {t(`documents.kinds.${k}.new`)}
              </Button>
            )}
          </Group>
        }
      />

      <Paper withBorder radius="md">
        <Group p="md" gap="sm" wrap="wrap" align="flex-end">
          <TextInput
            type="search"
            label={t('documents.list.search')}
            placeholder={t('documents.list.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={
              search ? (
                <CloseButton
                  size="sm"
                  aria-label={t('documents.list.clearSearch')}
                  onClick={() => {
                    setSearch('');
                    update({ q: null });
                  }}
                />
              ) : null
            }
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') update({ q: search.trim() || null });
            }}
            style={{ flex: '1 1 220px' }}
          />
          <MultiSelect
            label={t('documents.list.status')}
            placeholder={statuses.length === 0 ? t('documents.list.allStatuses') : undefined}
            data={config.statuses.map((s) => ({
              value: s,
              label: t(`documents.status.${s as 'draft'}`),
            }))}
            value={statuses}
            onChange={(value) => update({ status: value.join(',') || null })}
            clearable
            clearButtonProps={{ 'aria-label': t('documents.list.clearStatus') }}
            w={220}
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
            w={220}
          />
          <DateRangeField
            label={t('documents.list.period')}
            placeholder={t('documents.list.anyDate')}
            value={[from, to]}
            onChange={([f, l]) => update({ from: f, to: l })}
            clearLabel={t('documents.list.clearDate')}
            presets={periodPresets(t)}
            w={230}
          />
          {kind === 'invoice' && (
            <Switch
              label={t('documents.list.overdueOnly')}
              checked={overdue}
              onChange={(event) => update({ overdue: event.currentTarget.checked ? 'true' : null })}
              mb={8}
            />
          )}
          {filtered && (
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={16} aria-hidden />}
              onClick={clearFilters}
              mb={2}
            >
              {t('documents.list.clearFilters')}
            </Button>
          )}
        </Group>

        <ListSummary path={documentsApiPath(companyId, kind)} query={filters} version={summaryVersion} />

        {selectedDrafts.length > 0 && (
          <BulkFinalizeBar
            kind={kind}
            count={selectedDrafts.length}
            onFinalize={() => setBulkOpen(true)}
            onClear={clearSelection}
          />
        )}

        <div aria-live="polite">
          {list.loading ? (
            <TableSkeleton rows={6} />
          ) : list.error && list.items.length === 0 ? (
            <Stack p="md">
              <ErrorState error={list.error} onRetry={list.reload} />
            </Stack>
          ) : list.items.length === 0 ? (
            filtered ? (
              <EmptyBlock
                size="sm"
                icon={<IconSearch size={24} />}
                title={t('documents.list.noMatchTitle')}
                description={t('documents.list.noMatchDescription')}
                action={
                  <Button
                    variant="light"
                    leftSection={<IconFilterOff size={16} aria-hidden />}
                    onClick={clearFilters}
                  >
                    {t('documents.list.clearFilters')}
                  </Button>
                }
              />
            ) : (
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
            )
          ) : (
            <>
              <Table.ScrollContainer minWidth={600}>
                <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
                  <Table.Thead>
                    <Table.Tr>
                      {drafts.length > 0 && (
                        <Table.Th scope="col" w={48} pr={0}>
                          <Checkbox
                            aria-label={t('documents.bulk.selectAll')}
                            checked={allSelected}
                            indeterminate={selectedDrafts.length > 0 && !allSelected}
                            onChange={toggleAll}
                          />
                        </Table.Th>
                      )}
                      {sortHeader(t('documents.fields.number'), 'number', '-number')}
                      <Table.Th scope="col">{t('documents.fields.customer')}</Table.Th>
                      {sortHeader(t('documents.fields.date'), 'date', '-date')}
                      {config.dateColumn && (
                        <Table.Th scope="col" style={NO_WRAP} visibleFrom="md">
                          {t(`documents.fields.${config.dateColumn}`)}
                        </Table.Th>
                      )}
                      <Table.Th scope="col" visibleFrom="md">
                        {t('documents.fields.status')}
                      </Table.Th>
                      <Table.Th scope="col" style={NUM}>
                        {t('documents.fields.totalInclVat')}
                      </Table.Th>
                      {kind === 'invoice' && (
                        <Table.Th scope="col" style={NUM}>
                          {t('documents.fields.balance')}
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.items.map((doc) => (
                      <DocumentRow
                        key={doc.id}
                        doc={doc}
                        to={documentsPath(companyId, kind, doc.id)}
                        dateColumn={config.dateColumn}
                        showBalance={kind === 'invoice'}
                        onOpen={(path) => navigate(path)}
                        selection={
                          drafts.length === 0
                            ? undefined
                            : {
                                selectable: canFinalize && doc.status === 'draft',
                                selected: selected.has(doc.id),
                                failed: doc.id === failedId,
                                onToggle: () => toggle(doc.id),
                              }
                        }
                      />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {list.error && (
                <Stack p="md">
                  <ErrorState error={list.error} onRetry={list.loadMore} />
                </Stack>
              )}
              <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoadMore={list.loadMore} />
            </>
          )}
        </div>
      </Paper>

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
            list.refresh();
            setSummaryVersion((v) => v + 1);
          }}
        />
      )}
    </>
  );
}

interface DocumentRowProps {
  doc: DocumentSummary;
  to: string;
  dateColumn: 'validUntil' | 'dueDate' | null;
  showBalance: boolean;
  onOpen: (to: string) => void;
  /** The list has a selection column: whether this row can be picked, and its state. */
  selection?: { selectable: boolean; selected: boolean; failed: boolean; onToggle: () => void };
}

function DocumentRow({ doc, to, dateColumn, showBalance, onOpen, selection }: DocumentRowProps) {
  const { t } = useTranslation();
  const secondDate = dateColumn ? doc[dateColumn] : null;
  const background = selection?.failed
    ? 'var(--mantine-color-red-0)'
    : selection?.selected
      ? 'var(--mantine-color-brand-0)'
      : undefined;
  return (
    <Table.Tr
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a')) return;
        if (window.getSelection()?.toString()) return;
        onOpen(to);
      }}
      style={{ cursor: 'pointer' }}
      bg={background}
    >
      {selection && (
        <Table.Td
          pr={0}
          // The whole cell toggles, a larger target than the box on a touch screen; it never opens the row.
          onClick={(event) => {
            event.stopPropagation();
            if (selection.selectable && !(event.target as HTMLElement).closest('input')) selection.onToggle();
          }}
          style={selection.selectable ? undefined : { cursor: 'default' }}
        >
          {selection.selectable && (
            <Checkbox
              aria-label={
                doc.contactName
                  ? t('documents.bulk.selectDraft', {
                      customer: doc.contactName,
                      total: formatMoney(doc.totals.taxInclusive, doc.currency),
                    })
                  : t('documents.bulk.selectDraftNoCustomer', {
                      total: formatMoney(doc.totals.taxInclusive, doc.currency),
                    })
              }
              checked={selection.selected}
              onChange={selection.onToggle}
            />
          )}
        </Table.Td>
      )}
      <Table.Td style={NO_WRAP}>
        {doc.number ? (
          <Anchor component={Link} to={to} fw={600} size="sm" c="inherit">
            {doc.number}
          </Anchor>
        ) : (
          <Anchor component={Link} to={to} size="sm" c="dimmed" fs="italic">
            {t('documents.draftNumber')}
          </Anchor>
        )}
        {/* Narrow screens: the status goes under the number instead of its own column. */}
        <Box hiddenFrom="md" mt={4}>
          <StatusBadge status={doc.status} overdue={doc.overdue} billingType={doc.billingType} size="xs" />
        </Box>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500} lineClamp={1} miw={140}>
          {doc.contactName ?? <Dash />}
        </Text>
        {doc.subject && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {doc.subject}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={NO_WRAP}>
        <Text size="sm">{formatDate(doc.issueDate)}</Text>
      </Table.Td>
      {dateColumn && (
        <Table.Td style={NO_WRAP} visibleFrom="md">
          {secondDate ? (
            <Text size="sm" c={doc.overdue ? 'red.8' : undefined} fw={doc.overdue ? 600 : undefined}>
              {formatDate(secondDate)}
            </Text>
          ) : (
            <Dash />
          )}
        </Table.Td>
      )}
      <Table.Td visibleFrom="md">
        <StatusBadge status={doc.status} overdue={doc.overdue} billingType={doc.billingType} />
      </Table.Td>
      <Table.Td style={NUM}>
        <Text size="sm" fw={600} span>
          {formatMoney(doc.totals.taxInclusive, doc.currency)}
        </Text>
      </Table.Td>
      {showBalance && (
        <Table.Td style={NUM}>
          {doc.balance === null ? (
            <Dash />
          ) : (
            <Text size="sm" span c={doc.balance === '0.00' ? 'dimmed' : undefined}>
              {formatMoney(doc.balance, doc.currency)}
            </Text>
          )}
        </Table.Td>
      )}
    </Table.Tr>
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

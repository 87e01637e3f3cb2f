import { Badge, Button, Group, SegmentedControl, Text } from '@mantine/core';
import {
  IconCalendarDue,
  IconFileTypePdf,
  IconMailbox,
  IconPlayerPause,
  IconPlayerPlay,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ListCard } from '../../components/list/ListCard';
import { type ListColumn, ListView } from '../../components/list/ListView';
import { useListParams } from '../../components/list/use-list-params';
import { callApi, routeUrl, useApiRoute } from '../../lib/api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { formatDate, formatMoney } from '../../lib/format';
import type { CursorListResult } from '../../lib/use-api';
import { useCompany } from '../companies/company-context';
import { PAUSED_ROUTE, TO_PRINT_ROUTE, UPCOMING_ROUTE } from './paths';
import { levelName } from './ReminderBadges';
import { pauseLine, resumePause } from './ReminderPause';
import { CustomerLink, InvoiceLink, SetUpRulesButton, useRulesOn } from './RemindersPage';
import type { PausedReminder, ReminderListItem, UpcomingReminder } from './types';

/** A whole (unpaginated) list read once, in the shape `ListView` shows with its states. */
function useWholeList<T>(q: {
  data: { items: T[] } | undefined;
  loading: boolean;
  error: CursorListResult<T>['error'];
  reload: () => void;
}): CursorListResult<T> {
  return {
    items: q.data?.items ?? [],
    error: q.error,
    loading: q.loading && !q.data,
    loadingMore: false,
    hasMore: false,
    loadMore: () => undefined,
    reload: q.reload,
    refresh: q.reload,
  };
}

const HORIZONS = ['7', '14', '30', '90'] as const;

/** "Due next": each open invoice's next reminder step within the chosen horizon, soonest first. */
export function UpcomingRemindersTab() {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const listParams = useListParams();
  const days = HORIZONS.find((d) => d === listParams.params.get('days')) ?? '14';
  const query = useApiRoute(UPCOMING_ROUTE, { companyId }, { days: Number(days) });
  const list = useWholeList(query);
  const rulesOn = useRulesOn();
  const today = query.data?.from;
  const when = (u: UpcomingReminder) =>
    u.on === today ? (
      <Badge size="sm" variant="light" color="orange" tt="none">
        {t('remindersPage.upcoming.today')}
      </Badge>
    ) : (
      <Text size="sm">{formatDate(u.on)}</Text>
    );
  const invoice = (u: UpcomingReminder) => (
    <InvoiceLink companyId={companyId} id={u.invoiceId} number={u.invoiceNumber} />
  );
  const customer = (u: UpcomingReminder) => (
    <CustomerLink companyId={companyId} id={u.contactId} name={u.contactName} />
  );
  const columns: ListColumn<UpcomingReminder>[] = [
    { key: 'on', header: t('remindersPage.fields.on'), nowrap: true, cell: when },
    { key: 'invoice', header: t('remindersPage.fields.invoice'), nowrap: true, cell: invoice },
    { key: 'customer', header: t('remindersPage.fields.customer'), cell: customer },
    {
      key: 'level',
      header: t('remindersPage.fields.level'),
      cell: (u) => <Text size="sm">{levelName(t, u.level, u.repeatIndex)}</Text>,
    },
    {
      key: 'dueDate',
      header: t('remindersPage.fields.dueDate'),
      nowrap: true,
      visibleFrom: 'md',
      cell: (u) => <Text size="sm">{formatDate(u.dueDate)}</Text>,
    },
    {
      key: 'amountDue',
      header: t('remindersPage.fields.amountDue'),
      numeric: true,
      cell: (u) => formatMoney(u.amountDue, u.currency),
    },
  ];
  return (
    <ListView
      label={t('remindersPage.tabs.upcoming')}
      list={list}
      columns={columns}
      getKey={(u) => `${u.invoiceId}:${u.level}:${u.repeatIndex}`}
      card={(u) => (
        <ListCard title={invoice(u)} badges={when(u)} aside={formatMoney(u.amountDue, u.currency)}>
          <Text size="sm">{customer(u)}</Text>
          <Text size="xs" c="dimmed">
            {[
              levelName(t, u.level, u.repeatIndex),
              t('remindersPage.upcoming.dueOn', { date: formatDate(u.dueDate) }),
            ].join(' · ')}
          </Text>
        </ListCard>
      )}
      params={listParams}
      activeFilters={0}
      onClearFilters={() => listParams.clear(['days'])}
      header={
        <Group justify="space-between" p="md" gap="sm" wrap="wrap">
          <Text size="sm" c="dimmed" id="horizon-label">
            {t('remindersPage.upcoming.horizon')}
          </Text>
          <SegmentedControl
            aria-labelledby="horizon-label"
            size="xs"
            value={days}
            onChange={(v) => listParams.update({ days: v === '14' ? null : v })}
            data={HORIZONS.map((d) => ({
              value: d,
              label: t('remindersPage.upcoming.days', { count: Number(d) }),
            }))}
          />
        </Group>
      }
      noMatch={{ title: '', description: '' }}
      empty={
        <EmptyBlock
          icon={<IconCalendarDue size={28} />}
          title={
            rulesOn === false ? t('remindersPage.upcoming.offTitle') : t('remindersPage.upcoming.emptyTitle')
          }
          description={
            rulesOn === false
              ? t('remindersPage.rulesOff')
              : t('remindersPage.upcoming.emptyDescription', { count: Number(days) })
          }
          action={rulesOn === false ? <SetUpRulesButton /> : undefined}
        />
      }
    />
  );
}

/** "Paused": invoices and customers whose reminders wait (a dispute), each with its reason and a Resume button. */
export function PausedRemindersTab() {
  const { t } = useTranslation();
  const { companyId, can } = useCompany();
  const listParams = useListParams();
  const query = useApiRoute(PAUSED_ROUTE, { companyId });
  const list = useWholeList(query);
  const [busy, setBusy] = useState<string | null>(null);
  const resume = async (p: PausedReminder) => {
    setBusy(p.id);
    try {
      await resumePause(companyId, p);
      notifySuccess(t('remindersPage.pause.resumed'));
      query.reload();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(null);
    }
  };
  const what = (p: PausedReminder) =>
    p.scope === 'invoice' ? (
      <InvoiceLink companyId={companyId} id={p.invoiceId ?? ''} number={p.invoiceNumber} />
    ) : (
      <Badge size="sm" variant="light" color="grape" tt="none">
        {t('remindersPage.paused.wholeCustomer')}
      </Badge>
    );
  const customer = (p: PausedReminder) => (
    <CustomerLink companyId={companyId} id={p.contactId} name={p.contactName} />
  );
  const label = (p: PausedReminder) =>
    p.scope === 'invoice'
      ? t('remindersPage.paused.resumeInvoice', { number: p.invoiceNumber ?? '' })
      : t('remindersPage.paused.resumeCustomer', { name: p.contactName ?? '' });
  const action = (p: PausedReminder) =>
    can('reminders.manage') && (
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPlayerPlay size={14} aria-hidden />}
        loading={busy === p.id}
        onClick={() => void resume(p)}
        aria-label={label(p)}
      >
        {t('remindersPage.pause.resume')}
      </Button>
    );
  const columns: ListColumn<PausedReminder>[] = [
    { key: 'what', header: t('remindersPage.fields.paused'), nowrap: true, cell: what },
    { key: 'customer', header: t('remindersPage.fields.customer'), cell: customer },
    {
      key: 'reason',
      header: t('remindersPage.fields.reason'),
      cell: (p) => (
        <Text size="sm" lineClamp={2} maw={320}>
          {p.reason}
        </Text>
      ),
    },
    {
      key: 'since',
      header: t('remindersPage.fields.since'),
      cell: (p) => (
        <Text size="sm" c="dimmed">
          {pauseLine(t, p)}
        </Text>
      ),
    },
    { key: 'action', header: t('remindersPage.fields.action'), cell: (p) => action(p) },
  ];
  return (
    <ListView
      label={t('remindersPage.tabs.paused')}
      list={list}
      columns={columns}
      getKey={(p) => p.id}
      card={(p) => (
        <ListCard
          title={p.scope === 'invoice' ? what(p) : customer(p)}
          badges={p.scope === 'invoice' ? undefined : what(p)}
          aside={action(p)}
        >
          {p.scope === 'invoice' && <Text size="sm">{customer(p)}</Text>}
          <Text size="sm">{p.reason}</Text>
          <Text size="xs" c="dimmed">
            {pauseLine(t, p)}
          </Text>
        </ListCard>
      )}
      params={listParams}
      activeFilters={0}
      onClearFilters={() => undefined}
      minTableWidth={760}
      noMatch={{ title: '', description: '' }}
      empty={
        <EmptyBlock
          icon={<IconPlayerPause size={28} />}
          title={t('remindersPage.paused.emptyTitle')}
          description={t('remindersPage.paused.emptyDescription')}
        />
      }
    />
  );
}

/** "To print": reminders to customers without an e-mail address, to print, post and mark as posted. */
export function ToPrintRemindersTab() {
  const { t } = useTranslation();
  const { companyId, can } = useCompany();
  const listParams = useListParams();
  const query = useApiRoute(TO_PRINT_ROUTE, { companyId });
  const list = useWholeList(query);
  const [busy, setBusy] = useState<string | null>(null);
  const posted = async (r: ReminderListItem) => {
    setBusy(r.id);
    try {
      await callApi('post', '/api/v1/companies/{companyId}/reminders/{reminderId}/printed', {
        path: { companyId, reminderId: r.id },
      });
      notifySuccess(t('remindersPage.toPrint.posted', { number: r.invoiceNumber ?? '' }));
      query.reload();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(null);
    }
  };
  const invoice = (r: ReminderListItem) => (
    <InvoiceLink companyId={companyId} id={r.invoiceId} number={r.invoiceNumber} />
  );
  const customer = (r: ReminderListItem) => (
    <CustomerLink companyId={companyId} id={r.contactId} name={r.contactName} />
  );
  const actions = (r: ReminderListItem) => (
    <Group gap={6} wrap="nowrap">
      <Button
        component="a"
        href={routeUrl('/api/v1/companies/{companyId}/reminders/{reminderId}/pdf', {
          companyId,
          reminderId: r.id,
        })}
        target="_blank"
        rel="noopener"
        size="xs"
        variant="default"
        leftSection={<IconFileTypePdf size={14} aria-hidden />}
        aria-label={t('remindersPage.toPrint.pdfOf', { number: r.invoiceNumber ?? '' })}
      >
        PDF
      </Button>
      {can('reminders.manage') && (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconMailbox size={14} aria-hidden />}
          loading={busy === r.id}
          onClick={() => void posted(r)}
          aria-label={t('remindersPage.toPrint.markOf', { number: r.invoiceNumber ?? '' })}
        >
          {t('remindersPage.toPrint.mark')}
        </Button>
      )}
    </Group>
  );
  const columns: ListColumn<ReminderListItem>[] = [
    { key: 'date', header: t('remindersPage.fields.date'), nowrap: true, cell: (r) => formatDate(r.date) },
    { key: 'invoice', header: t('remindersPage.fields.invoice'), nowrap: true, cell: invoice },
    { key: 'customer', header: t('remindersPage.fields.customer'), cell: customer },
    {
      key: 'level',
      header: t('remindersPage.fields.level'),
      cell: (r) => <Text size="sm">{levelName(t, r.level, r.repeatIndex)}</Text>,
    },
    {
      key: 'total',
      header: t('remindersPage.fields.total'),
      numeric: true,
      cell: (r) => formatMoney(r.total, r.currency),
    },
    { key: 'actions', header: t('remindersPage.fields.action'), cell: actions },
  ];
  return (
    <ListView
      label={t('remindersPage.tabs.toPrint')}
      list={list}
      columns={columns}
      getKey={(r) => r.id}
      card={(r) => (
        <ListCard title={invoice(r)} aside={formatMoney(r.total, r.currency)}>
          <Text size="sm">{customer(r)}</Text>
          <Text size="xs" c="dimmed">
            {[formatDate(r.date), levelName(t, r.level, r.repeatIndex)].join(' · ')}
          </Text>
          {actions(r)}
        </ListCard>
      )}
      params={listParams}
      activeFilters={0}
      onClearFilters={() => undefined}
      minTableWidth={760}
      header={
        <Text size="sm" c="dimmed" p="md">
          {t('remindersPage.toPrint.explain')}
        </Text>
      }
      noMatch={{ title: '', description: '' }}
      empty={
        <EmptyBlock
          icon={<IconMailbox size={28} />}
          title={t('remindersPage.toPrint.emptyTitle')}
          description={t('remindersPage.toPrint.emptyDescription')}
        />
      }
    />
  );
}

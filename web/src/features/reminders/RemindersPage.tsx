import { Anchor, Button, Select, Text } from '@mantine/core';
import { IconBellRinging, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router';
import { DateRangeField } from '../../components/DateField';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ExportButton } from '../../components/ExportButton';
import { LinkTabs } from '../../components/LinkTabs';
import { ListCard } from '../../components/list/ListCard';
import { type ListColumn, ListView } from '../../components/list/ListView';
import { useListParams } from '../../components/list/use-list-params';
import { PageHeader } from '../../components/PageHeader';
import { type SearchOption, SearchSelect } from '../../components/SearchSelect';
import { useApiRoute, useCursorRoute } from '../../lib/api/client';
import { formatDate, formatMoney } from '../../lib/format';
import { useCompany } from '../companies/company-context';
import { contactsPath } from '../contacts/paths';
import { documentsPath } from '../documents/paths';
import { contactOption, useContactSearch } from '../documents/pickers';
import { REMINDERS_ROUTE, type RemindersTab, RULES_ROUTE, reminderRulesPath, remindersPath } from './paths';
import { levelName, ReminderStatusBadge } from './ReminderBadges';
import { MAIL_STATUSES, type MailStatus, type ReminderListItem } from './types';

const TABS: readonly RemindersTab[] = ['sent', 'upcoming', 'paused', 'to-print'];
const TAB_LABELS = {
  sent: 'remindersPage.tabs.sent',
  upcoming: 'remindersPage.tabs.upcoming',
  paused: 'remindersPage.tabs.paused',
  'to-print': 'remindersPage.tabs.toPrint',
} as const;

/**
 * The Reminders page: what was sent (filtered, exported), what is due next, what is paused and
 * what waits for the post, one tab each (links, so each view has its address).
 */
export function RemindersLayout() {
  const { t } = useTranslation();
  const { companyId, membership } = useCompany();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const onSent = pathname === remindersPath(companyId, 'sent');
  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t('remindersPage.title')}
        description={t('remindersPage.description')}
        actions={
          onSent ? (
            <ExportButton route={REMINDERS_ROUTE} params={{ companyId }} query={sentQuery(params)} />
          ) : undefined
        }
      />
      <LinkTabs
        label={t('remindersPage.tabsLabel')}
        tabs={TABS.map((tab) => ({ to: remindersPath(companyId, tab), label: t(TAB_LABELS[tab]) }))}
      />
      <Outlet />
    </>
  );
}

/** Whether the automatic run is on: the empty states send the user to the rules when it is not. */
export function useRulesOn(): boolean | undefined {
  const { companyId } = useCompany();
  const rules = useApiRoute(RULES_ROUTE, { companyId });
  return rules.data ? rules.data.saved && rules.data.enabled : undefined;
}

/** The empty state's action when reminders do not go by themselves: set up the rules. */
export function SetUpRulesButton() {
  const { t } = useTranslation();
  const { companyId, can } = useCompany();
  if (!can('reminders.manage')) return null;
  return (
    <Button
      component={Link}
      to={reminderRulesPath(companyId)}
      variant="light"
      leftSection={<IconSettings size={16} aria-hidden />}
    >
      {t('remindersPage.setUpRules')}
    </Button>
  );
}

const readLevel = (v: string | null) => (v && /^[1-9]\d?$/.test(v) ? v : null);
const readOrigin = (v: string | null): 'automatic' | 'manual' | null =>
  v === 'automatic' || v === 'manual' ? v : null;
const readDelivery = (v: string | null): 'email' | 'print' | null =>
  v === 'email' || v === 'print' ? v : null;
const readMailStatus = (v: string | null): MailStatus | null => MAIL_STATUSES.find((m) => m === v) ?? null;

/** Links to a reminder's invoice and customer, shared by the table and the cards. */
export function InvoiceLink({
  companyId,
  id,
  number,
}: {
  companyId: string;
  id: string;
  number: string | null;
}) {
  return (
    <Anchor component={Link} to={documentsPath(companyId, 'invoice', id)} size="sm" fw={600}>
      {number ?? '—'}
    </Anchor>
  );
}

export function CustomerLink({
  companyId,
  id,
  name,
}: {
  companyId: string;
  id: string | null;
  name: string | null;
}) {
  if (!id || !name)
    return (
      <Text span c="dimmed" size="sm" aria-hidden>
        —
      </Text>
    );
  return (
    <Anchor component={Link} to={contactsPath(companyId, id)} size="sm" c="inherit">
      {name}
    </Anchor>
  );
}

/** What a reminder asked for, with its fee and interest when it charged any. */
function Charged({ r }: { r: ReminderListItem }) {
  const { t } = useTranslation();
  const extras = [
    /[1-9]/.test(r.fee) && t('remindersPage.fee', { amount: formatMoney(r.fee, r.currency) }),
    /[1-9]/.test(r.interest) && t('remindersPage.interest', { amount: formatMoney(r.interest, r.currency) }),
    /[1-9]/.test(r.damages) && t('remindersPage.damages', { amount: formatMoney(r.damages, r.currency) }),
  ].filter(Boolean);
  return (
    <div>
      <Text size="sm" fw={600} span style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatMoney(r.total, r.currency)}
      </Text>
      {extras.length > 0 && (
        <Text size="xs" c="dimmed">
          {extras.join(' · ')}
        </Text>
      )}
    </div>
  );
}

/** The Sent tab's filters, read from the address (shared by the list and its export). */
function sentQuery(params: URLSearchParams) {
  const level = readLevel(params.get('level'));
  return {
    contactId: params.get('contactId') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    level: level ? Number(level) : undefined,
    origin: readOrigin(params.get('origin')) ?? undefined,
    delivery: readDelivery(params.get('delivery')) ?? undefined,
    mailStatus: readMailStatus(params.get('mailStatus')) ?? undefined,
  };
}

/** The "Sent" tab: every reminder of the company, newest first, filtered and exported as the API's CSV. */
export function SentRemindersTab() {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const rulesOn = useRulesOn();
  const listParams = useListParams();
  const { params, update } = listParams;
  const contactId = params.get('contactId');
  const from = params.get('from');
  const to = params.get('to');
  const level = readLevel(params.get('level'));
  const origin = readOrigin(params.get('origin'));
  const delivery = readDelivery(params.get('delivery'));
  const mailStatus = readMailStatus(params.get('mailStatus'));
  const contact = useApiRoute(
    '/api/v1/companies/{companyId}/contacts/{contactId}',
    contactId ? { companyId, contactId } : null,
  );
  const contactValue: SearchOption | null = contactId
    ? contact.data
      ? contactOption(contact.data)
      : { value: contactId, label: '…' }
    : null;
  const contacts = useContactSearch(companyId);
  const query = sentQuery(params);
  const list = useCursorRoute(REMINDERS_ROUTE, { companyId }, 50, query);
  const activeFilters = [contactId, from || to, level, origin, delivery, mailStatus].filter(Boolean).length;
  const invoice = (r: ReminderListItem) => (
    <InvoiceLink companyId={companyId} id={r.invoiceId} number={r.invoiceNumber} />
  );
  const customer = (r: ReminderListItem) => (
    <CustomerLink companyId={companyId} id={r.contactId} name={r.contactName} />
  );
  const how = (r: ReminderListItem) =>
    `${t(`remindersPage.origin.${r.origin}`)} · ${t(`remindersPage.delivery.${r.delivery}`)}`;

  const columns: ListColumn<ReminderListItem>[] = [
    { key: 'date', header: t('remindersPage.fields.date'), nowrap: true, cell: (r) => formatDate(r.date) },
    { key: 'invoice', header: t('remindersPage.fields.invoice'), nowrap: true, cell: invoice },
    { key: 'customer', header: t('remindersPage.fields.customer'), cell: customer },
    {
      key: 'level',
      header: t('remindersPage.fields.level'),
      cell: (r) => <Text size="sm">{levelName(t, r.level, r.repeatIndex)}</Text>,
    },
    { key: 'total', header: t('remindersPage.fields.total'), numeric: true, cell: (r) => <Charged r={r} /> },
    {
      key: 'how',
      header: t('remindersPage.fields.how'),
      visibleFrom: 'md',
      cell: (r) => <Text size="sm">{how(r)}</Text>,
    },
    {
      key: 'status',
      header: t('remindersPage.fields.status'),
      cell: (r) => <ReminderStatusBadge reminder={r} />,
    },
  ];

  const select = (
    key: string,
    label: string,
    all: string,
    value: string | null,
    data: { value: string; label: string }[],
    w: number | undefined,
  ) => (
    <Select
      label={label}
      placeholder={all}
      data={data}
      value={value}
      onChange={(v) => update({ [key]: v })}
      clearable
      clearButtonProps={{ 'aria-label': t('remindersPage.filters.clear', { filter: label }) }}
      comboboxProps={{ withinPortal: true }}
      w={w}
    />
  );

  return (
    <ListView
      label={t('remindersPage.tabs.sent')}
      list={list}
      columns={columns}
      getKey={(r) => r.id}
      card={(r) => (
        <ListCard title={invoice(r)} badges={<ReminderStatusBadge reminder={r} />} aside={<Charged r={r} />}>
          <Text size="sm">{customer(r)}</Text>
          <Text size="xs" c="dimmed">
            {[formatDate(r.date), levelName(t, r.level, r.repeatIndex), how(r)].join(' · ')}
          </Text>
        </ListCard>
      )}
      params={listParams}
      activeFilters={activeFilters}
      onClearFilters={() =>
        listParams.clear(['contactId', 'from', 'to', 'level', 'origin', 'delivery', 'mailStatus'])
      }
      minTableWidth={820}
      filters={(where) => {
        const w = where === 'bar' ? 170 : undefined;
        return (
          <>
            <SearchSelect
              label={t('remindersPage.filters.customer')}
              placeholder={t('remindersPage.filters.allCustomers')}
              value={contactValue}
              onChange={(option) => update({ contactId: option?.value ?? null })}
              search={contacts.search}
              nothingFound={t('documents.editor.noContactFound')}
              clearable
              clearLabel={t('remindersPage.filters.clear', { filter: t('remindersPage.filters.customer') })}
              w={where === 'bar' ? 210 : undefined}
            />
            <DateRangeField
              label={t('remindersPage.filters.period')}
              placeholder={t('remindersPage.filters.anyDate')}
              value={[from, to]}
              onChange={([f, l]) => update({ from: f, to: l })}
              clearLabel={t('remindersPage.filters.clear', { filter: t('remindersPage.filters.period') })}
              w={where === 'bar' ? 220 : undefined}
            />
            {select(
              'level',
              t('remindersPage.fields.level'),
              t('remindersPage.filters.all'),
              level,
              [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: levelName(t, n) })),
              w,
            )}
            {select(
              'origin',
              t('remindersPage.filters.origin'),
              t('remindersPage.filters.all'),
              origin,
              (['automatic', 'manual'] as const).map((o) => ({
                value: o,
                label: t(`remindersPage.origin.${o}`),
              })),
              w,
            )}
            {select(
              'delivery',
              t('remindersPage.filters.delivery'),
              t('remindersPage.filters.all'),
              delivery,
              (['email', 'print'] as const).map((d) => ({
                value: d,
                label: t(`remindersPage.delivery.${d}`),
              })),
              w,
            )}
            {select(
              'mailStatus',
              t('remindersPage.filters.mailStatus'),
              t('remindersPage.filters.all'),
              mailStatus,
              MAIL_STATUSES.map((m) => ({ value: m, label: t(`documents.email.status.${m}`) })),
              w,
            )}
          </>
        );
      }}
      noMatch={{
        title: t('remindersPage.sent.noMatchTitle'),
        description: t('remindersPage.sent.noMatchDescription'),
      }}
      empty={
        <EmptyBlock
          icon={<IconBellRinging size={28} />}
          title={t('remindersPage.sent.emptyTitle')}
          description={
            rulesOn === false ? t('remindersPage.rulesOff') : t('remindersPage.sent.emptyDescription')
          }
          action={rulesOn === false ? <SetUpRulesButton /> : undefined}
        />
      }
    />
  );
}

import { Anchor, Badge, Button, Group, Select, Text } from '@mantine/core';
import { IconCash, IconFileInvoice } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateRangeField } from '../../components/DateField';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ExportButton } from '../../components/ExportButton';
import { ListCard } from '../../components/list/ListCard';
import { type ListColumn, ListView } from '../../components/list/ListView';
import { useListParams } from '../../components/list/use-list-params';
import { PageHeader } from '../../components/PageHeader';
import type { SearchOption } from '../../components/SearchSelect';
import { SearchSelect } from '../../components/SearchSelect';
import { useApiRoute, useCursorRoute } from '../../lib/api/client';
import { formatDate, formatMoney } from '../../lib/format';
import { useCompany } from '../companies/company-context';
import { contactsPath } from '../contacts/paths';
import { documentsPath } from '../documents/paths';
import { contactOption, useContactSearch } from '../documents/pickers';
import { PAYMENTS_ROUTE } from './paths';
import { PAYMENT_METHODS, type Payment, type PaymentMethod } from './types';

type Sort = '-date' | 'date';

const readMethod = (value: string | null): PaymentMethod | null =>
  PAYMENT_METHODS.find((m) => m === value) ?? null;

/**
 * Payments received, newest first: who paid, how much, how, which invoices it settled and what is
 * left as the customer's credit. Filtered by customer, period and method; exported as the API's CSV.
 * Payments are recorded from an invoice (one or several of a customer's): this page reads them.
 */
export function PaymentsListPage() {
  const { t } = useTranslation();
  const { companyId, membership } = useCompany();
  const listParams = useListParams();
  const { params, update } = listParams;
  const contactId = params.get('contactId');
  const from = params.get('from');
  const to = params.get('to');
  const method = readMethod(params.get('method'));
  const sort: Sort = params.get('sort') === 'date' ? 'date' : '-date';

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

  const query = {
    contactId: contactId ?? undefined,
    from: from ?? undefined,
    to: to ?? undefined,
    method: method ?? undefined,
    sort,
  };
  const list = useCursorRoute(PAYMENTS_ROUTE, { companyId }, 50, query);
  const activeFilters = [contactId, from || to, method].filter(Boolean).length;
  const customerLink = (p: Payment) =>
    p.contactName ? (
      <Anchor component={Link} to={contactsPath(companyId, p.contactId)} fw={600} size="sm" c="inherit">
        {p.contactName}
      </Anchor>
    ) : (
      <Dash />
    );

  const columns: ListColumn<Payment>[] = [
    {
      key: 'date',
      header: t('payments.fields.date'),
      nowrap: true,
      sort: { asc: 'date', desc: '-date' },
      cell: (p) => <Text size="sm">{formatDate(p.date)}</Text>,
    },
    { key: 'customer', header: t('payments.fields.customer'), cell: customerLink },
    {
      key: 'amount',
      header: t('payments.fields.amount'),
      numeric: true,
      cell: (p) => (
        <Text size="sm" fw={600} span>
          {formatMoney(p.amount, p.currency)}
        </Text>
      ),
    },
    {
      key: 'method',
      header: t('payments.fields.method'),
      nowrap: true,
      cell: (p) => <Text size="sm">{t(`payments.methods.${p.method}`)}</Text>,
    },
    {
      key: 'reference',
      header: t('payments.fields.reference'),
      visibleFrom: 'md',
      cell: (p) =>
        p.reference ? (
          <Text size="sm" lineClamp={1} maw={220}>
            {p.reference}
          </Text>
        ) : (
          <Dash />
        ),
    },
    {
      key: 'invoices',
      header: t('payments.fields.invoices'),
      cell: (p) => <AllocatedInvoices payment={p} companyId={companyId} />,
    },
    {
      key: 'unallocated',
      header: t('payments.fields.unallocated'),
      numeric: true,
      cell: (p) =>
        /[1-9]/.test(p.unallocated) ? (
          <Text size="sm" span c="teal.9" fw={600}>
            {formatMoney(p.unallocated, p.currency)}
          </Text>
        ) : (
          <Dash />
        ),
    },
  ];

  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t('payments.title')}
        description={t('payments.description')}
        actions={<ExportButton route={PAYMENTS_ROUTE} params={{ companyId }} query={query} />}
      />
      <ListView
        label={t('payments.title')}
        list={list}
        columns={columns}
        getKey={(p) => p.id}
        card={(p) => <PaymentCard payment={p} companyId={companyId} customer={customerLink(p)} />}
        params={listParams}
        sort={{ value: sort, onChange: (value) => update({ sort: value === '-date' ? null : value }) }}
        activeFilters={activeFilters}
        onClearFilters={() => listParams.clear(['contactId', 'from', 'to', 'method'])}
        minTableWidth={760}
        filters={(where) => {
          const w = where === 'bar' ? 220 : undefined;
          return (
            <>
              <SearchSelect
                label={t('payments.filters.customer')}
                placeholder={t('payments.filters.allCustomers')}
                value={contactValue}
                onChange={(option) => update({ contactId: option?.value ?? null })}
                search={contacts.search}
                nothingFound={t('documents.editor.noContactFound')}
                clearable
                clearLabel={t('payments.filters.clearCustomer')}
                w={w}
              />
              <DateRangeField
                label={t('payments.filters.period')}
                placeholder={t('payments.filters.anyDate')}
                value={[from, to]}
                onChange={([f, l]) => update({ from: f, to: l })}
                clearLabel={t('payments.filters.clearDate')}
                w={where === 'bar' ? 230 : undefined}
              />
              <Select
                label={t('payments.filters.method')}
                placeholder={t('payments.filters.allMethods')}
                data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))}
                value={method}
                onChange={(value) => update({ method: value })}
                clearable
                clearButtonProps={{ 'aria-label': t('payments.filters.clearMethod') }}
                comboboxProps={{ withinPortal: true }}
                w={w}
              />
            </>
          );
        }}
        noMatch={{
          title: t('payments.list.noMatchTitle'),
          description: t('payments.list.noMatchDescription'),
        }}
        empty={
          <EmptyBlock
            icon={<IconCash size={28} />}
            title={t('payments.list.emptyTitle')}
            description={t('payments.list.emptyDescription')}
            action={
              <Button
                component={Link}
                to={`${documentsPath(companyId, 'invoice')}?status=issued,sent,partially_paid`}
                variant="light"
                leftSection={<IconFileInvoice size={16} aria-hidden />}
              >
                {t('payments.list.emptyAction')}
              </Button>
            }
          />
        }
      />
    </>
  );
}

/** The invoices a payment settled, each a link with what it took. */
function AllocatedInvoices({ payment, companyId }: { payment: Payment; companyId: string }) {
  const { t } = useTranslation();
  if (payment.allocations.length === 0) return <Dash />;
  return (
    <Group gap={4} wrap="wrap" miw={140}>
      {payment.allocations.map((a) => (
        <Anchor
          key={a.id}
          component={Link}
          to={documentsPath(companyId, 'invoice', a.invoiceId)}
          size="sm"
          title={formatMoney(a.amount, a.invoiceCurrency)}
          aria-label={t('payments.list.invoiceLink', {
            number: a.invoiceNumber ?? '',
            amount: formatMoney(a.amount, a.invoiceCurrency),
          })}
        >
          {a.invoiceNumber}
        </Anchor>
      ))}
    </Group>
  );
}

/** On a phone: customer and amount, then date, method and reference, then the invoices settled. */
function PaymentCard({
  payment: p,
  companyId,
  customer,
}: {
  payment: Payment;
  companyId: string;
  customer: ReactNode;
}) {
  const { t } = useTranslation();
  const credit = /[1-9]/.test(p.unallocated);
  return (
    <ListCard
      title={customer}
      aside={
        <Text size="sm" fw={600}>
          {formatMoney(p.amount, p.currency)}
        </Text>
      }
    >
      <Text size="xs" c="dimmed">
        {[formatDate(p.date), t(`payments.methods.${p.method}`), p.reference].filter(Boolean).join(' · ')}
      </Text>
      {(p.allocations.length > 0 || credit) && (
        <Group gap={6} wrap="wrap">
          {p.allocations.length > 0 && (
            <>
              <Text size="xs" c="dimmed" span>
                {t('payments.list.settles')}
              </Text>
              <AllocatedInvoices payment={p} companyId={companyId} />
            </>
          )}
          {credit && (
            <Badge size="sm" variant="light" color="teal" tt="none">
              {t('payments.list.creditBadge', { amount: formatMoney(p.unallocated, p.currency) })}
            </Badge>
          )}
        </Group>
      )}
    </ListCard>
  );
}

function Dash() {
  return (
    <Text span c="dimmed" size="sm" aria-hidden>
      —
    </Text>
  );
}

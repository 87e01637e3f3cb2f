import { Card, SimpleGrid, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBellRinging,
  IconCash,
  IconFileCheck,
  IconFileInvoice,
  IconReceipt,
  IconRepeat,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withQuery } from '../../lib/api';
import { useApiRoute } from '../../lib/api/client';
import { formatMoney } from '../../lib/format';
import { useCompany } from '../companies/company-context';
import { KINDS } from '../documents/kinds';
import type { SummaryQuery } from '../documents/ListSummary';
import { documentRoute, documentsPath } from '../documents/paths';
import type { DocumentKind } from '../documents/types';
import { PURCHASES_READ, PURCHASES_ROUTE, purchasesPath } from '../purchases/paths';
import { recurringPath } from '../recurring/paths';
import { remindersPath, SUMMARY_ROUTE } from '../reminders/paths';

const OPEN = 'issued,sent,partially_paid';
const ISSUED = 'issued,sent,partially_paid,paid,cancelled';

const isoDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

type Amount = 'balance' | 'taxExclusive';

interface FigureProps {
  kind: DocumentKind;
  query: SummaryQuery;
  amount: Amount;
  label: 'receivable' | 'overdue' | 'invoicedMonth' | 'quotesPending';
  icon: ReactNode;
  tone?: 'red';
  /** The company's currency, for the zero shown when nothing is selected. */
  currency: string;
}

/** A key figure's card: a link to the list it sums up, its title, then its value (or loading, or error). */
function FigureCard({
  to,
  title,
  icon,
  alert,
  loading,
  error,
  value,
  hint,
  hintAlert = false,
}: {
  to: string;
  title: string;
  icon: ReactNode;
  alert: boolean;
  loading: boolean;
  error: string | undefined;
  value: ReactNode;
  hint: string;
  /** The hint needs attention (e.g. failing profiles), the value itself does not. */
  hintAlert?: boolean;
}) {
  return (
    <UnstyledButton
      component={Link}
      to={to}
      style={{ display: 'block', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Card withBorder radius="md" padding="lg" h="100%">
        <Stack gap={6}>
          <Text size="sm" c={alert ? 'red.8' : 'dimmed'} fw={500} style={{ display: 'flex', gap: 8 }}>
            <span aria-hidden style={{ display: 'inline-flex' }}>
              {icon}
            </span>
            {title}
          </Text>
          {loading ? (
            <>
              <Skeleton h={30} w="60%" />
              <Skeleton h={14} w="40%" />
            </>
          ) : error ? (
            <Text size="sm" c="red.8">
              {error}
            </Text>
          ) : (
            <>
              <Text
                fz={26}
                fw={700}
                c={alert ? 'red.8' : undefined}
                style={{ fontVariantNumeric: 'tabular-nums', lineHeight: 1.2 }}
              >
                {value}
              </Text>
              <Text size="sm" c={hintAlert ? 'red.8' : 'dimmed'} fw={hintAlert ? 500 : undefined}>
                {hint}
              </Text>
            </>
          )}
        </Stack>
      </Card>
    </UnstyledButton>
  );
}

/** One key figure: what a list filter selects, added up by the server, and a link to that list. */
function Figure({ kind, query, amount, label, icon, tone, currency }: FigureProps) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const summary = useApiRoute(documentRoute(kind, '/summary'), { companyId }, query);
  const data = summary.data;
  const lines = (data?.currencies ?? []).map((c) => formatMoney(c[amount] ?? '0', c.currency));
  const count = data?.count ?? 0;
  const alert = tone === 'red' && count > 0;
  return (
    <FigureCard
      to={withQuery(documentsPath(companyId, kind), query)}
      title={t(`dashboard.${label}.title`)}
      icon={icon}
      alert={alert}
      loading={summary.loading && !data}
      error={summary.error?.message}
      value={lines.length > 0 ? lines.join(' · ') : formatMoney('0', currency)}
      hint={count > 0 ? t(`dashboard.${label}.hint`, { count }) : t(`dashboard.${label}.none`)}
    />
  );
}

/** Reminders sent since Monday (the company's week), and a link to them on the Reminders page. */
function RemindersFigure() {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const summary = useApiRoute(SUMMARY_ROUTE, { companyId });
  const data = summary.data;
  const count = data?.sentThisWeek ?? 0;
  return (
    <FigureCard
      to={data ? withQuery(remindersPath(companyId), { from: data.weekStart }) : remindersPath(companyId)}
      title={t('remindersPage.dashboard.title')}
      icon={<IconBellRinging size={18} />}
      alert={false}
      loading={summary.loading && !data}
      error={summary.error?.message}
      value={count}
      hint={
        data && data.toPrint > 0
          ? t('remindersPage.dashboard.toPrint', { count: data.toPrint })
          : count > 0
            ? t('remindersPage.dashboard.hint')
            : t('remindersPage.dashboard.none')
      }
    />
  );
}

/**
 * What the recurring profiles invoice this month (made and still to come), per currency, and a link
 * to them; nothing at all for a company without recurring invoices (or before the summary exists).
 */
function RecurringFigure({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  // The month is the company's current one (its time zone), as the server counts it.
  const summary = useApiRoute('/api/v1/companies/{companyId}/recurring-profiles/summary', { companyId });
  const data = summary.data;
  const profiles = data?.profiles;
  if (
    summary.error ||
    (data && profiles && profiles.active + profiles.paused === 0 && data.currencies.length === 0)
  )
    return null;
  const count = (data?.currencies ?? []).reduce((n, c) => n + c.invoices, 0);
  const failing = profiles?.failing ?? 0;
  return (
    <FigureCard
      to={recurringPath(companyId)}
      title={t('recurring.dashboard.title')}
      icon={<IconRepeat size={18} />}
      alert={false}
      hintAlert={failing > 0}
      loading={summary.loading && !data}
      error={undefined}
      value={
        data && data.currencies.length > 0
          ? data.currencies.map((c) => formatMoney(c.taxExclusive, c.currency)).join(' · ')
          : formatMoney('0', currency)
      }
      hint={
        failing > 0
          ? t('recurring.dashboard.failing', { count: failing })
          : count > 0
            ? t('recurring.dashboard.hint', { count })
            : t('recurring.dashboard.none')
      }
    />
  );
}

/**
 * What is left to pay to suppliers on the approved purchase invoices, per currency, with the overdue
 * part in the hint; a link to that list.
 */
function PurchasesFigure({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const all = useApiRoute(PURCHASES_ROUTE, { companyId }, { status: 'to_pay', limit: 1 });
  const late = useApiRoute(PURCHASES_ROUTE, { companyId }, { status: 'to_pay', overdue: 'true', limit: 1 });
  const toPay = all.data?.summary.toPay ?? [];
  const overdue = late.data?.summary.toPay ?? [];
  const count = toPay.reduce((n, c) => n + c.count, 0);
  const overdueCount = overdue.reduce((n, c) => n + c.count, 0);
  return (
    <FigureCard
      to={withQuery(purchasesPath(companyId), { status: 'to_pay' })}
      title={t('purchases.dashboard.title')}
      icon={<IconReceipt size={18} />}
      alert={false}
      hintAlert={overdueCount > 0}
      loading={(all.loading && !all.data) || (late.loading && !late.data)}
      error={all.error?.message ?? late.error?.message}
      value={
        toPay.length > 0
          ? toPay.map((c) => formatMoney(c.amount, c.currency)).join(' · ')
          : formatMoney('0', currency)
      }
      hint={
        overdueCount > 0
          ? t('purchases.dashboard.overdue', {
              count,
              amount: overdue.map((c) => formatMoney(c.amount, c.currency)).join(' · '),
            })
          : count > 0
            ? t('purchases.dashboard.hint', { count })
            : t('purchases.dashboard.none')
      }
    />
  );
}

/** The dashboard's first row: money to collect, late payments, this month's invoicing, open quotes. */
export function KeyFigures() {
  const { t } = useTranslation();
  const { can, companyId } = useCompany();
  const company = useApiRoute('/api/v1/companies/{companyId}', { companyId });
  const currency = company.data?.currency ?? 'EUR';
  const now = new Date();
  const month = {
    from: isoDate(new Date(now.getFullYear(), now.getMonth(), 1)),
    to: isoDate(new Date(now.getFullYear(), now.getMonth() + 1, 0)),
  };
  const invoices = can(KINDS.invoice.read);
  const quotes = can(KINDS.quote.read);
  const purchases = can(PURCHASES_READ);
  if (!invoices && !quotes && !purchases) return null;
  return (
    <section aria-labelledby="key-figures">
      <Title order={2} fz="lg" mb="md" id="key-figures">
        {t('dashboard.figuresTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {invoices && (
          <Figure
            kind="invoice"
            query={{ status: OPEN }}
            amount="balance"
            label="receivable"
            currency={currency}
            icon={<IconCash size={18} />}
          />
        )}
        {invoices && (
          <Figure
            kind="invoice"
            query={{ overdue: 'true' }}
            amount="balance"
            label="overdue"
            currency={currency}
            icon={<IconAlertTriangle size={18} />}
            tone="red"
          />
        )}
        {invoices && (
          <Figure
            kind="invoice"
            query={{ status: ISSUED, ...month }}
            amount="taxExclusive"
            label="invoicedMonth"
            currency={currency}
            icon={<IconFileInvoice size={18} />}
          />
        )}
        {quotes && (
          <Figure
            kind="quote"
            query={{ status: 'sent' }}
            amount="taxExclusive"
            label="quotesPending"
            currency={currency}
            icon={<IconFileCheck size={18} />}
          />
        )}
        {invoices && <RemindersFigure />}
        {invoices && <RecurringFigure currency={currency} />}
        {purchases && <PurchasesFigure currency={currency} />}
      </SimpleGrid>
    </section>
  );
}

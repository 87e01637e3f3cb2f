import { ActionIcon, Anchor, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCash, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SectionCard } from '../../components/SectionCard';
import { callApi, useCursorRoute } from '../../lib/api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { formatDate, formatMoney } from '../../lib/format';
import { useCompany } from '../companies/company-context';
import { documentsPath } from '../documents/paths';
import type { SalesDocument } from '../documents/types';
import { PAYMENT_ROUTE, PAYMENTS_ROUTE, paymentsPath } from './paths';
import { PAYMENT_PERMISSIONS, type Payment } from './types';

/**
 * The payments that settled this invoice: date, the part that went to it, method and reference; a
 * payment may be deleted (the invoices it settled get their balance and status back).
 */
export function InvoicePayments({ invoice, onChanged }: { invoice: SalesDocument; onChanged: () => void }) {
  const { t } = useTranslation();
  const { companyId, can } = useCompany();
  const list = useCursorRoute(PAYMENTS_ROUTE, { companyId }, 200, { invoiceId: invoice.id, sort: 'date' });
  const [deleting, setDeleting] = useState<Payment | null>(null);
  const [busy, setBusy] = useState(false);
  // The invoice was paid or unpaid elsewhere on the page (a payment recorded, a credit note): read again.
  const changeKey = `${invoice.paid}|${invoice.status}|${invoice.updatedAt}`;
  const seen = useRef(changeKey);
  const { refresh } = list;
  useEffect(() => {
    if (seen.current === changeKey) return;
    seen.current = changeKey;
    refresh();
  }, [changeKey, refresh]);

  if (!can(PAYMENT_PERMISSIONS.read) || list.items.length === 0) return null;
  const own = (p: Payment) => p.allocations.find((a) => a.invoiceId === invoice.id);
  const others = (p: Payment) => p.allocations.filter((a) => a.invoiceId !== invoice.id);
  const describe = (p: Payment) =>
    t('payments.invoice.paymentOf', { amount: formatMoney(p.amount, p.currency), date: formatDate(p.date) });

  const remove = async () => {
    if (!deleting) return;
    setBusy(true);
    try {
      await callApi('delete', PAYMENT_ROUTE, { path: { companyId, paymentId: deleting.id } });
      notifySuccess(t('payments.invoice.deleted'));
      setDeleting(null);
      onChanged();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SectionCard
      id="invoice-payments"
      title={t('payments.invoice.title')}
      actions={
        <Anchor
          component={Link}
          to={`${paymentsPath(companyId)}?contactId=${invoice.contactId ?? ''}`}
          size="sm"
        >
          {t('payments.invoice.allOfCustomer')}
        </Anchor>
      }
    >
      <Stack gap="sm">
        {list.items.map((p) => {
          const allocation = own(p);
          const also = others(p);
          return (
            <Group key={p.id} justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
              <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                <IconCash size={18} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500}>
                    {formatDate(p.date)} ·{' '}
                    {allocation ? formatMoney(allocation.amount, allocation.invoiceCurrency) : '—'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[t(`payments.methods.${p.method}`), p.reference].filter(Boolean).join(' · ')}
                  </Text>
                  {(also.length > 0 ||
                    p.currency !== invoice.currency ||
                    p.amount !== allocation?.amount) && (
                    <Text size="xs" c="dimmed">
                      {describe(p)}
                      {also.length > 0 && (
                        <>
                          {' · '}
                          {t('payments.invoice.alsoSettles')}{' '}
                          {also.map((a, i) => (
                            <span key={a.id}>
                              {i > 0 && ', '}
                              <Anchor
                                component={Link}
                                to={documentsPath(companyId, 'invoice', a.invoiceId)}
                                size="xs"
                              >
                                {a.invoiceNumber}
                              </Anchor>
                            </span>
                          ))}
                        </>
                      )}
                    </Text>
                  )}
                </div>
              </Group>
              {can(PAYMENT_PERMISSIONS.record) && (
                <Tooltip label={t('payments.invoice.delete')}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => setDeleting(p)}
                    aria-label={`${t('payments.invoice.delete')} – ${describe(p)}`}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          );
        })}
      </Stack>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('payments.invoice.deleteTitle')}
        message={
          deleting
            ? others(deleting).length > 0
              ? t('payments.invoice.deleteManyMessage', {
                  payment: describe(deleting),
                  numbers: others(deleting)
                    .map((a) => a.invoiceNumber)
                    .join(', '),
                })
              : t('payments.invoice.deleteMessage', { payment: describe(deleting) })
            : ''
        }
        confirmLabel={t('payments.invoice.deleteConfirm')}
        danger
        loading={busy}
        onConfirm={() => void remove()}
        onClose={() => !busy && setDeleting(null)}
      />
    </SectionCard>
  );
}

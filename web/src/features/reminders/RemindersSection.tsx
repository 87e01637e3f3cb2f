import { ActionIcon, Anchor, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconBellRinging, IconFileInvoice, IconFileTypePdf, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SectionCard } from '../../components/SectionCard';
import { toApiError } from '../../lib/api';
import { callApi, routeUrl, useApiRoute } from '../../lib/api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { formatDate, formatMoney } from '../../lib/format';
import { useReloadOn } from '../../lib/use-api';
import { useCompany } from '../companies/company-context';
import { documentsPath } from '../documents/paths';
import type { SalesDocument } from '../documents/types';
import { sumOf } from '../payments/spread';
import { levelName, ReminderStatusBadge } from './ReminderBadges';
import { ReminderPauseControl } from './ReminderPause';
import type { Reminder } from './types';

/** Invoices whose reminders may still come (and so may be paused). */
const OPEN_STATUSES: readonly string[] = ['issued', 'sent', 'partially_paid'];

/**
 * The invoice's payment reminders: level, date, what they asked for, whether and how they went out,
 * and their PDF. A reminder never sent may be deleted (after a payment, say); a sent one stays.
 */
export function RemindersSection({
  invoice,
  companyId,
  version,
  onChanged,
}: {
  invoice: SalesDocument;
  companyId: string;
  version: number;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useCompany();
  const query = useApiRoute('/api/v1/companies/{companyId}/invoices/{invoiceId}/reminders', {
    companyId,
    invoiceId: invoice.id,
  });
  useReloadOn(version, query.reload);
  const [deleting, setDeleting] = useState<Reminder | null>(null);
  const [busy, setBusy] = useState(false);
  const [invoicing, setInvoicing] = useState<string | null>(null);
  const navigate = useNavigate();
  const items = query.data?.items ?? [];
  const open = OPEN_STATUSES.includes(invoice.status);
  if (items.length === 0 && !open) return null;

  /** Fee, damages and interest: what a fee invoice would charge (the invoice itself never does). */
  const chargesOf = (r: Reminder) => sumOf([r.fee, r.damages, r.interest]);
  const openInvoice = (id: string) => navigate(documentsPath(companyId, 'invoice', id));
  const invoiceCharges = async (r: Reminder) => {
    setInvoicing(r.id);
    try {
      const draft = await callApi(
        'post',
        '/api/v1/companies/{companyId}/reminders/{reminderId}/fee-invoice',
        {
          path: { companyId, reminderId: r.id },
        },
      );
      notifySuccess(t('reminders.feeInvoiceCreated'));
      openInvoice(draft.id);
    } catch (error) {
      const existing = toApiError(error).problem.existingId;
      if (typeof existing === 'string') {
        notifySuccess(t('reminders.feeInvoiceExists'));
        openInvoice(existing);
      } else notifyError(t, error);
    } finally {
      setInvoicing(null);
    }
  };
  const nameOf = (r: Reminder) => levelName(t, r.level, r.repeatIndex);
  const remove = async () => {
    if (!deleting) return;
    setBusy(true);
    try {
      await callApi('delete', '/api/v1/companies/{companyId}/reminders/{reminderId}', {
        path: { companyId, reminderId: deleting.id },
      });
      notifySuccess(t('reminders.deleted'));
      setDeleting(null);
      query.reload();
      onChanged();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SectionCard id="document-reminders" title={t('reminders.sectionTitle')}>
      <Stack gap="sm">
        {open && <ReminderPauseControl target={{ invoiceId: invoice.id }} />}
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('remindersPage.noneOnInvoice')}
          </Text>
        )}
        {items.map((r) => {
          const badge = <ReminderStatusBadge reminder={r} />;
          return (
            <Group key={r.id} justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
              <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                <IconBellRinging size={18} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500}>
                    {nameOf(r)} · {formatDate(r.date)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('reminders.line', {
                      amount: formatMoney(r.total, r.currency),
                      count: r.daysLate,
                      payBy: formatDate(r.payBy),
                    })}
                  </Text>
                  {r.feeInvoiceId ? (
                    <Anchor
                      component={Link}
                      to={documentsPath(companyId, 'invoice', r.feeInvoiceId)}
                      size="xs"
                      fw={600}
                    >
                      {t('reminders.feeInvoiceOpen')}
                    </Anchor>
                  ) : (
                    /[1-9]/.test(chargesOf(r)) &&
                    can('invoices.write') && (
                      <Button
                        variant="light"
                        size="compact-xs"
                        mt={4}
                        leftSection={<IconFileInvoice size={14} aria-hidden />}
                        loading={invoicing === r.id}
                        onClick={() => void invoiceCharges(r)}
                      >
                        {t('reminders.feeInvoice', { amount: formatMoney(chargesOf(r), r.currency) })}
                      </Button>
                    )
                  )}
                </div>
              </Group>
              <Group gap={6} wrap="nowrap">
                {badge}
                <Tooltip label={t('reminders.pdfOf', { level: nameOf(r) })}>
                  <ActionIcon
                    component="a"
                    href={routeUrl('/api/v1/companies/{companyId}/reminders/{reminderId}/pdf', {
                      companyId,
                      reminderId: r.id,
                    })}
                    target="_blank"
                    rel="noopener"
                    variant="subtle"
                    color="gray"
                    aria-label={t('reminders.pdfOf', { level: nameOf(r) })}
                  >
                    <IconFileTypePdf size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                {r.status === 'created' && can('reminders.manage') && (
                  <Tooltip label={t('reminders.deleteOf', { level: nameOf(r) })}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => setDeleting(r)}
                      aria-label={t('reminders.deleteOf', { level: nameOf(r) })}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Group>
          );
        })}
      </Stack>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('reminders.deleteTitle')}
        message={t('reminders.deleteMessage')}
        confirmLabel={t('reminders.delete')}
        danger
        loading={busy}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(null)}
      />
    </SectionCard>
  );
}

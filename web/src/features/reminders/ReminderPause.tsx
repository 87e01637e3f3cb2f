import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { callApi, useApiRoute } from '../../lib/api/client';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useCompany } from '../companies/company-context';
import { contactsPath } from '../contacts/paths';
import { PAUSED_ROUTE } from './paths';
import type { PausedReminder } from './types';

export type PauseTarget = { invoiceId: string } | { contactId: string };

/** Resumes one pause (of its invoice or of its customer). */
export async function resumePause(companyId: string, pause: PausedReminder): Promise<void> {
  if (pause.invoiceId)
    await callApi('post', '/api/v1/companies/{companyId}/invoices/{invoiceId}/reminders/resume', {
      path: { companyId, invoiceId: pause.invoiceId },
    });
  else if (pause.contactId)
    await callApi('post', '/api/v1/companies/{companyId}/contacts/{contactId}/reminders/resume', {
      path: { companyId, contactId: pause.contactId },
    });
}

/** "Paused since … by …: reason", one line. */
export function pauseLine(t: TFunction, p: PausedReminder): string {
  return p.pausedBy
    ? t('remindersPage.pause.sinceBy', { date: formatDate(p.pausedAt.slice(0, 10)), name: p.pausedBy.name })
    : t('remindersPage.pause.since', { date: formatDate(p.pausedAt.slice(0, 10)) });
}

/**
 * The reminders' pause of an invoice or a customer (a dispute): what stops them now, with its
 * reason, and the button that pauses them (asking why) or resumes them. An invoice also shows its
 * customer's pause, which stops its reminders too, with a link to the customer.
 */
export function ReminderPauseControl({ target, onChanged }: { target: PauseTarget; onChanged?: () => void }) {
  const { t } = useTranslation();
  const { companyId, can } = useCompany();
  const query = useApiRoute(PAUSED_ROUTE, { companyId }, target);
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const manage = can('reminders.manage');
  const forContact = 'contactId' in target;
  // On a contact page only the customer's own pause is its to resume; invoices' pauses show on the invoices.
  const pauses = (query.data?.items ?? []).filter((p) => !forContact || p.scope === 'customer');
  const changed = () => {
    query.reload();
    onChanged?.();
  };
  const resume = async (p: PausedReminder) => {
    setBusy(true);
    try {
      await resumePause(companyId, p);
      notifySuccess(t('remindersPage.pause.resumed'));
      changed();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  };

  if (query.loading && !query.data) return null;
  return (
    <Stack gap="sm">
      {pauses.map((p) => (
        <Alert
          key={p.id}
          color="yellow"
          variant="light"
          radius="md"
          icon={<IconPlayerPause size={18} aria-hidden />}
          title={
            p.scope === 'customer' && !forContact
              ? t('remindersPage.pause.customerPaused', { name: p.contactName ?? '' })
              : t('remindersPage.pause.paused')
          }
        >
          <Stack gap={6}>
            <Text size="sm">
              {t('remindersPage.pause.reason')} <q>{p.reason}</q>
            </Text>
            <Text size="xs" c="dimmed">
              {pauseLine(t, p)}
            </Text>
            <Group gap="sm">
              {manage && (
                <Button
                  size="xs"
                  variant="white"
                  leftSection={<IconPlayerPlay size={14} aria-hidden />}
                  loading={busy}
                  onClick={() => void resume(p)}
                >
                  {p.scope === 'customer' && !forContact
                    ? t('remindersPage.pause.resumeCustomer')
                    : t('remindersPage.pause.resume')}
                </Button>
              )}
              {p.scope === 'customer' && !forContact && p.contactId && (
                <Anchor component={Link} to={contactsPath(companyId, p.contactId)} size="sm">
                  {t('remindersPage.pause.openCustomer')}
                </Anchor>
              )}
            </Group>
          </Stack>
        </Alert>
      ))}
      {query.error && (
        <Text size="sm" c="red.8">
          {errorMessage(t, query.error)}
        </Text>
      )}
      {manage && !pauses.some((p) => p.scope === (forContact ? 'customer' : 'invoice')) && (
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlayerPause size={14} aria-hidden />}
            onClick={() => setOpened(true)}
          >
            {forContact ? t('remindersPage.pause.pauseCustomer') : t('remindersPage.pause.pauseInvoice')}
          </Button>
        </Group>
      )}
      <PauseDialog
        opened={opened}
        target={target}
        onClose={() => setOpened(false)}
        onPaused={() => {
          setOpened(false);
          changed();
        }}
      />
    </Stack>
  );
}

function PauseDialog({
  opened,
  target,
  onClose,
  onPaused,
}: {
  opened: boolean;
  target: PauseTarget;
  onClose: () => void;
  onPaused: () => void;
}) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') {
      setError(t('remindersPage.pause.reasonRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if ('invoiceId' in target)
        await callApi('post', '/api/v1/companies/{companyId}/invoices/{invoiceId}/reminders/pause', {
          path: { companyId, invoiceId: target.invoiceId },
          body: { reason },
        });
      else
        await callApi('post', '/api/v1/companies/{companyId}/contacts/{contactId}/reminders/pause', {
          path: { companyId, contactId: target.contactId },
          body: { reason },
        });
      notifySuccess(t('remindersPage.pause.done'));
      setReason('');
      onPaused();
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  const forContact = 'contactId' in target;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={forContact ? t('remindersPage.pause.titleCustomer') : t('remindersPage.pause.titleInvoice')}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">
            {forContact ? t('remindersPage.pause.explainCustomer') : t('remindersPage.pause.explainInvoice')}
          </Text>
          <Textarea
            label={t('remindersPage.pause.reasonLabel')}
            description={t('remindersPage.pause.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            required
            maxLength={500}
            autosize
            minRows={2}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} leftSection={<IconPlayerPause size={16} aria-hidden />}>
              {t('remindersPage.pause.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

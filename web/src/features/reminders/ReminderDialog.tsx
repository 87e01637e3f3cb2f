import { Alert, Anchor, Button, Group, Modal, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBellRinging, IconFileTypePdf } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError } from '../../lib/api';
import { callApi, routeUrl } from '../../lib/api/client';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatMoney } from '../../lib/format';
import { MailComposer } from '../documents/MailComposer';
import type { SalesDocument } from '../documents/types';
import { isReminderLevel, REMINDER_LEVELS, type Reminder, type ReminderLevel } from './types';

interface ReminderDialogProps {
  opened: boolean;
  invoice: SalesDocument;
  companyId: string;
  onClose: () => void;
  /** A reminder was made: the page lists it. */
  onCreated: () => void;
  /** The reminder's message is queued. */
  onSent: () => void;
}

/**
 * Sends a payment reminder of an overdue invoice in two steps: make the reminder (the next level by
 * default; reminders only escalate), then send it with the company's template, editable, and its PDF
 * attached. A reminder made earlier and never sent is offered again instead of making another one.
 */
export function ReminderDialog({
  opened,
  invoice,
  companyId,
  onClose,
  onCreated,
  onSent,
}: ReminderDialogProps) {
  const { t } = useTranslation();
  const [reminders, setReminders] = useState<Reminder[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [level, setLevel] = useState<ReminderLevel>(1);
  const [current, setCurrent] = useState<Reminder | null>(null);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const invoiceId = invoice.id;

  useEffect(() => {
    if (!opened) return;
    const controller = new AbortController();
    setReminders(null);
    setLoadError(null);
    setCurrent(null);
    setCreateError(null);
    callApi('get', '/api/v1/companies/{companyId}/invoices/{invoiceId}/reminders', {
      path: { companyId, invoiceId },
      signal: controller.signal,
    }).then(
      ({ items }) => {
        setReminders(items);
        const unsent = items.find((r) => r.status === 'created');
        if (unsent) setCurrent(unsent);
        const next = Math.max(0, ...items.map((r) => r.level)) + 1;
        if (isReminderLevel(next)) setLevel(next);
      },
      (err: unknown) => {
        if (!isAbortError(err)) setLoadError(errorMessage(t, err));
      },
    );
    return () => controller.abort();
  }, [opened, companyId, invoiceId, t]);

  const highest = Math.max(0, ...(reminders ?? []).map((r) => r.level));

  const create = async () => {
    setCreating(true);
    setCreateError(null);
    try {
      const made = await callApi('post', '/api/v1/companies/{companyId}/invoices/{invoiceId}/reminders', {
        path: { companyId, invoiceId },
        body: { level },
      });
      setCurrent(made);
      onCreated();
    } catch (error) {
      setCreateError(errorMessage(t, error));
    } finally {
      setCreating(false);
    }
  };

  const money = (amount: string) => formatMoney(amount, invoice.currency);
  let content: React.ReactNode;
  if (loadError) {
    content = (
      <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle size={18} aria-hidden />}>
        {loadError}
      </Alert>
    );
  } else if (!reminders) {
    content = (
      <Stack gap="sm" aria-busy="true">
        <span className="visually-hidden">{t('common.loading')}</span>
        <Skeleton height={24} />
        <Skeleton height={96} />
      </Stack>
    );
  } else if (current) {
    content = (
      <Stack gap="md">
        <Alert color="blue" variant="light" icon={<IconBellRinging size={18} aria-hidden />}>
          <Stack gap={4}>
            <Text size="sm">
              {t('reminders.createdNote', {
                level: t(`reminders.levels.${current.level as ReminderLevel}`),
                date: formatDate(current.date),
                amount: money(current.total),
                payBy: formatDate(current.payBy),
              })}
            </Text>
            <Anchor
              href={routeUrl('/api/v1/companies/{companyId}/reminders/{reminderId}/pdf', {
                companyId,
                reminderId: current.id,
              })}
              target="_blank"
              rel="noopener"
              size="sm"
              style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
            >
              <IconFileTypePdf size={16} aria-hidden />
              {t('reminders.viewPdf')}
            </Anchor>
          </Stack>
        </Alert>
        <MailComposer
          active={opened}
          companyId={companyId}
          reminderId={current.id}
          onSendingChange={setSending}
          onCancel={onClose}
          onSent={onSent}
        />
      </Stack>
    );
  } else if (highest >= 3) {
    content = (
      <Stack gap="md">
        <Text size="sm">{t('reminders.allDone')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  } else {
    content = (
      <Stack gap="md">
        <Text size="sm">
          {t('reminders.summary', {
            amount: money(invoice.balance ?? invoice.totals.taxInclusive),
            date: invoice.dueDate ? formatDate(invoice.dueDate) : '',
          })}
        </Text>
        <Radio.Group
          label={t('reminders.level')}
          description={t('reminders.levelHint')}
          value={String(level)}
          onChange={(v) => {
            const n = Number(v);
            if (isReminderLevel(n)) setLevel(n);
          }}
        >
          <Stack gap="xs" mt="xs">
            {REMINDER_LEVELS.map((n) => (
              <Radio
                key={n}
                value={String(n)}
                label={t(`reminders.levels.${n}`)}
                description={t(`reminders.levelDescriptions.${n}`)}
                disabled={n <= highest}
                data-autofocus={n === level ? true : undefined}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Text size="xs" c="dimmed">
          {t('reminders.frozenHint')}
        </Text>
        {createError && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {createError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={creating}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={creating}
            leftSection={<IconBellRinging size={16} aria-hidden />}
            onClick={() => void create()}
          >
            {t('reminders.create')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Modal
      opened={opened}
      onClose={() => !sending && !creating && onClose()}
      title={t('reminders.dialogTitle', { number: invoice.number ?? '' })}
      centered
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {content}
    </Modal>
  );
}

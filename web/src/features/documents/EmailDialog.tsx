import {
  Alert,
  Button,
  Group,
  Modal,
  Skeleton,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconPaperclip, IconSend } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isAbortError, toApiError } from '../../lib/api';
import type { Schemas } from '../../lib/api/types';
import { errorMessage } from '../../lib/errors';
import { documentsApiPath } from './paths';
import type { SalesDocument } from './types';

type MailPreview = Schemas['MailPreview'];

interface EmailDialogProps {
  opened: boolean;
  doc: SalesDocument;
  companyId: string;
  onClose: () => void;
  /** The message is queued (an issued invoice or credit note is now "sent"). */
  onSent: () => void;
}

/**
 * Sends the document by e-mail: the company's template in the customer's language, ready to edit,
 * to the customer's billing addresses; the outbox delivers it and the page lists it with its status.
 */
export function EmailDialog({ opened, doc, companyId, onClose, onSent }: EmailDialogProps) {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const base = documentsApiPath(companyId, doc.kind, doc.id, 'email');
  return (
    <Modal
      opened={opened}
      onClose={() => !sending && onClose()}
      title={t('documents.email.title')}
      centered
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <MailComposer
        active={opened}
        previewPath={`${base}/preview`}
        sendPath={base}
        note={
          doc.kind === 'invoice' || doc.kind === 'credit_note' ? (
            <Text size="xs" c="dimmed">
              {t('documents.email.marksSent')}
            </Text>
          ) : null
        }
        onSendingChange={setSending}
        onCancel={onClose}
        onSent={onSent}
      />
    </Modal>
  );
}

interface MailComposerProps {
  /** Loads the preview while true (the dialog is open). */
  active: boolean;
  /** POST {} → the proposed message; POST {to, cc, bcc, subject, body} → queued. */
  previewPath: string;
  sendPath: string;
  /** A line under the attachments (what sending also does). */
  note?: ReactNode;
  onSendingChange?: (sending: boolean) => void;
  onCancel: () => void;
  onSent: () => void;
}

/**
 * The message as the server proposes it (template, recipients, attachments), editable, and sent with
 * the edits. Field errors from the server are shown under their field.
 */
export function MailComposer({
  active,
  previewPath,
  sendPath,
  note,
  onSendingChange,
  onCancel,
  onSent,
}: MailComposerProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MailPreview | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSendingState] = useState(false);
  const setSending = (value: boolean) => {
    setSendingState(value);
    onSendingChange?.(value);
  };

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    setDraft(null);
    setLoadError(null);
    setErrors({});
    setMessage(null);
    api<MailPreview>(previewPath, { method: 'POST', body: {}, signal: controller.signal }).then(
      setDraft,
      (err: unknown) => {
        if (!isAbortError(err)) setLoadError(errorMessage(t, err));
      },
    );
    return () => controller.abort();
  }, [active, previewPath, t]);

  const send = async () => {
    if (!draft) return;
    if (draft.to.length === 0) {
      setErrors({ to: t('documents.email.toRequired') });
      return;
    }
    setSending(true);
    setErrors({});
    setMessage(null);
    try {
      await api(sendPath, {
        method: 'POST',
        body: { to: draft.to, cc: draft.cc, bcc: draft.bcc, subject: draft.subject, body: draft.body },
      });
      setSending(false);
      onSent();
    } catch (error) {
      const err = toApiError(error);
      const found: Record<string, string> = {};
      for (const e of err.errors) {
        const field = e.path.split('/')[0];
        if (field && ['to', 'cc', 'bcc', 'subject', 'body'].includes(field)) found[field] = e.message;
      }
      setErrors(found);
      if (Object.keys(found).length === 0) setMessage(errorMessage(t, err));
      setSending(false);
    }
  };

  const set = (patch: Partial<MailPreview>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  if (loadError)
    return (
      <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle size={18} aria-hidden />}>
        {loadError}
      </Alert>
    );
  if (!draft)
    return (
      <Stack gap="sm" aria-busy="true">
        <span className="visually-hidden">{t('common.loading')}</span>
        <Skeleton height={36} />
        <Skeleton height={36} />
        <Skeleton height={160} />
      </Stack>
    );
  return (
    <Stack gap="md">
      <TagsInput
        label={t('documents.email.to')}
        description={t('documents.email.addressesHint')}
        value={draft.to}
        onChange={(to) => set({ to })}
        error={errors.to}
        splitChars={[',', ';', ' ']}
        clearable
        data-autofocus
      />
      <Group grow align="flex-start">
        <TagsInput
          label={t('documents.email.cc')}
          value={draft.cc}
          onChange={(cc) => set({ cc })}
          error={errors.cc}
          splitChars={[',', ';', ' ']}
        />
        <TagsInput
          label={t('documents.email.bcc')}
          value={draft.bcc}
          onChange={(bcc) => set({ bcc })}
          error={errors.bcc}
          splitChars={[',', ';', ' ']}
        />
      </Group>
      <TextInput
        label={t('documents.email.subject')}
        value={draft.subject}
        onChange={(event) => set({ subject: event.currentTarget.value })}
        error={errors.subject}
        maxLength={300}
      />
      <Textarea
        label={t('documents.email.body')}
        value={draft.body}
        onChange={(event) => set({ body: event.currentTarget.value })}
        error={errors.body}
        autosize
        minRows={6}
        maxRows={16}
      />
      {draft.attachments.length > 0 && (
        <Group gap={6}>
          <IconPaperclip size={16} aria-hidden />
          <Text size="sm" c="dimmed">
            {t('documents.email.attachments', { files: draft.attachments.join(', ') })}
          </Text>
        </Group>
      )}
      {note}
      {message && (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle size={18} aria-hidden />}>
          {message}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={sending}>
          {t('common.cancel')}
        </Button>
        <Button
          loading={sending}
          leftSection={<IconSend size={16} aria-hidden />}
          onClick={() => void send()}
        >
          {t('documents.email.send')}
        </Button>
      </Group>
    </Stack>
  );
}

import {
  Alert,
  Anchor,
  Button,
  Group,
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
import { isAbortError, toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import type { Schemas } from '../../lib/api/types';
import { errorMessage } from '../../lib/errors';

/** A proposed message; a document's also says where it goes (`local`: it stays in the outbox). */
export type MailPreview = Schemas['MailPreview'] & {
  mailRoute?: Schemas['DocumentMailPreview']['mailRoute'];
};

export type MailErrors = Partial<Record<'to' | 'cc' | 'bcc' | 'subject' | 'body', string>>;

/** The server's field errors on a message, by field (`to/1` → `to`), under an optional prefix. */
export function mailErrorsOf(errors: { path: string; message: string }[], prefix = ''): MailErrors {
  const found: MailErrors = {};
  for (const e of errors) {
    if (!e.path.startsWith(prefix)) continue;
    const field = e.path.slice(prefix.length).split('/')[0];
    if (field === 'to' || field === 'cc' || field === 'bcc' || field === 'subject' || field === 'body')
      found[field] = e.message;
  }
  return found;
}

/** The fields of a message (recipients, subject, text) and its attachments, as the user edits them. */
export function MailFields({
  draft,
  onChange,
  errors,
}: {
  draft: MailPreview;
  onChange: (patch: Partial<MailPreview>) => void;
  errors: MailErrors;
}) {
  const { t } = useTranslation();
  // Copies are rare: their fields appear on demand, or when the message already has some.
  const [copies, setCopies] = useState(draft.cc.length > 0 || draft.bcc.length > 0);
  const shownCopies = copies || draft.cc.length > 0 || draft.bcc.length > 0 || !!errors.cc || !!errors.bcc;
  return (
    <Stack gap="md">
      <TagsInput
        label={t('documents.email.to')}
        description={t('documents.email.addressesHint')}
        value={draft.to}
        onChange={(to) => onChange({ to })}
        error={errors.to}
        splitChars={[',', ';', ' ']}
        clearable
        data-autofocus
      />
      {!shownCopies && (
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => setCopies(true)}
          mt={-8}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('documents.email.addCopies')}
        </Anchor>
      )}
      {shownCopies && (
        <Group grow align="flex-start" wrap="wrap">
          <TagsInput
            label={t('documents.email.cc')}
            value={draft.cc}
            onChange={(cc) => onChange({ cc })}
            error={errors.cc}
            splitChars={[',', ';', ' ']}
            miw={200}
          />
          <TagsInput
            label={t('documents.email.bcc')}
            value={draft.bcc}
            onChange={(bcc) => onChange({ bcc })}
            error={errors.bcc}
            splitChars={[',', ';', ' ']}
            miw={200}
          />
        </Group>
      )}
      <TextInput
        label={t('documents.email.subject')}
        value={draft.subject}
        onChange={(event) => onChange({ subject: event.currentTarget.value })}
        error={errors.subject}
        maxLength={300}
      />
      <Textarea
        label={t('documents.email.body')}
        value={draft.body}
        onChange={(event) => onChange({ body: event.currentTarget.value })}
        error={errors.body}
        autosize
        minRows={6}
        maxRows={16}
      />
      {draft.attachments.length > 0 && (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconPaperclip size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
          <Text size="sm" c="dimmed">
            {t('documents.email.attachments', { files: draft.attachments.join(', ') })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

interface MailComposerProps {
  /** Loads the preview while true (the dialog is open). */
  active: boolean;
  /** The reminder the message is for: its preview-email route proposes the message, its send route queues it. */
  companyId: string;
  reminderId: string;
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
  companyId,
  reminderId,
  note,
  onSendingChange,
  onCancel,
  onSent,
}: MailComposerProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MailPreview | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<MailErrors>({});
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
    callApi('post', '/api/v1/companies/{companyId}/reminders/{reminderId}/preview-email', {
      path: { companyId, reminderId },
      body: {},
      signal: controller.signal,
    }).then(setDraft, (err: unknown) => {
      if (!isAbortError(err)) setLoadError(errorMessage(t, err));
    });
    return () => controller.abort();
  }, [active, companyId, reminderId, t]);

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
      await callApi('post', '/api/v1/companies/{companyId}/reminders/{reminderId}/send', {
        path: { companyId, reminderId },
        body: { to: draft.to, cc: draft.cc, bcc: draft.bcc, subject: draft.subject, body: draft.body },
      });
      setSending(false);
      onSent();
    } catch (error) {
      const err = toApiError(error);
      const found = mailErrorsOf(err.errors);
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
  if (!draft) return <MailFieldsLoading />;
  return (
    <Stack gap="md">
      <MailFields draft={draft} onChange={set} errors={errors} />
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

/** Stands in for the message while its preview loads. */
export function MailFieldsLoading() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true">
      <span className="visually-hidden">{t('common.loading')}</span>
      <Skeleton height={36} />
      <Skeleton height={36} />
      <Skeleton height={160} />
    </Stack>
  );
}

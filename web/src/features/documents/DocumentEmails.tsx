import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/SectionCard';
import { useApiRoute } from '../../lib/api/client';
import { formatDateTime } from '../../lib/format';
import { useReloadOn } from '../../lib/use-api';
import { documentRoute } from './paths';
import type { SalesDocument } from './types';

type MailStatus = 'queued' | 'retrying' | 'sending' | 'sent' | 'local' | 'failed';
const MAIL_STATUSES: readonly string[] = ['queued', 'retrying', 'sending', 'sent', 'local', 'failed'];
const isMailStatus = (s: string): s is MailStatus => MAIL_STATUSES.includes(s);
const MAIL_COLORS: Record<MailStatus, string> = {
  queued: 'gray',
  retrying: 'yellow',
  sending: 'cyan',
  sent: 'teal',
  local: 'blue',
  failed: 'red',
};

/**
 * The messages that carried this document, with their delivery status (never silently lost): a
 * message refused or given up shows the mail server's answer.
 */
export function DocumentEmails({
  doc,
  companyId,
  version,
}: {
  doc: SalesDocument;
  companyId: string;
  version: number;
}) {
  const { t } = useTranslation();
  const query = useApiRoute(documentRoute(doc.kind, '/{documentId}/emails'), {
    companyId,
    documentId: doc.id,
  });
  useReloadOn(version, query.reload);
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <SectionCard id="document-emails" title={t('documents.email.sectionTitle')}>
      <Stack gap="sm">
        {items.map((m) => {
          const known = isMailStatus(m.status);
          const badge = (
            <Badge size="sm" variant="light" color={known ? MAIL_COLORS[m.status as MailStatus] : 'gray'}>
              {known ? t(`documents.email.status.${m.status as MailStatus}`) : m.status}
            </Badge>
          );
          return (
            <Group key={m.id} justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
              <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                <IconMail size={18} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate="end">
                    {m.subject}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end">
                    {m.to.join(', ')} · {formatDateTime(m.sentAt ?? m.createdAt)}
                  </Text>
                  {m.status === 'failed' && m.lastError && (
                    <Text size="xs" c="red.9" style={{ overflowWrap: 'anywhere' }}>
                      {t('documents.email.serverAnswer', { answer: m.lastError })}
                    </Text>
                  )}
                </div>
              </Group>
              {m.lastError && m.status !== 'failed' ? (
                <Tooltip label={m.lastError} multiline w={320}>
                  {badge}
                </Tooltip>
              ) : (
                badge
              )}
            </Group>
          );
        })}
      </Stack>
    </SectionCard>
  );
}

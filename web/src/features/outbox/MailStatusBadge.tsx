import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type MailStatus = 'queued' | 'retrying' | 'sending' | 'sent' | 'local' | 'failed';
const MAIL_STATUSES: readonly string[] = ['queued', 'retrying', 'sending', 'sent', 'local', 'failed'];
export const isMailStatus = (s: string): s is MailStatus => MAIL_STATUSES.includes(s);

const COLORS: Record<MailStatus, string> = {
  queued: 'gray',
  retrying: 'yellow',
  sending: 'cyan',
  sent: 'teal',
  local: 'blue',
  failed: 'red',
};

/** A message's delivery status, in the same words and colours as on the document's page. */
export function MailStatusBadge({ status, size = 'sm' }: { status: string; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const known = isMailStatus(status);
  return (
    <Badge size={size} variant="light" color={known ? COLORS[status] : 'gray'}>
      {known ? t(`outbox.status.${status}`) : status}
    </Badge>
  );
}

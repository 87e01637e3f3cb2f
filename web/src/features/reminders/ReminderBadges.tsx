import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isReminderLevel, MAIL_STATUSES, type MailStatus, type Reminder } from './types';

const MAIL_STATUS_COLORS: Record<MailStatus, string> = {
  queued: 'gray',
  retrying: 'yellow',
  sending: 'cyan',
  sent: 'teal',
  local: 'blue',
  failed: 'red',
};

const isMailStatus = (s: string | null): s is MailStatus => MAIL_STATUSES.some((m) => m === s);

/**
 * A level's name: the first three have their own ("Formal notice"), further levels of longer rules
 * a number; a repetition of the last level says which.
 */
export function levelName(t: TFunction, level: number, repeatIndex = 0): string {
  const name = isReminderLevel(level) ? t(`reminders.levels.${level}`) : t('remindersPage.levelN', { level });
  return repeatIndex > 0 ? t('remindersPage.repeated', { name, count: repeatIndex }) : name;
}

/** Where a reminder stands: not sent, its message's delivery status, or posted. */
export function ReminderStatusBadge({ reminder: r }: { reminder: Reminder }) {
  const { t } = useTranslation();
  if (r.status !== 'sent')
    return (
      <Badge size="sm" variant="light" color="gray" tt="none">
        {r.delivery === 'print' ? t('remindersPage.status.toPrint') : t('reminders.status.created')}
      </Badge>
    );
  if (r.delivery === 'print')
    return (
      <Badge size="sm" variant="light" color="teal" tt="none">
        {t('remindersPage.status.posted')}
      </Badge>
    );
  const status = isMailStatus(r.mailStatus) ? r.mailStatus : null;
  return (
    <Badge size="sm" variant="light" color={status ? MAIL_STATUS_COLORS[status] : 'teal'} tt="none">
      {status ? t(`documents.email.status.${status}`) : t('reminders.status.sent')}
    </Badge>
  );
}

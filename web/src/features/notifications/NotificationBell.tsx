import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import {
  IconBell,
  IconChecks,
  IconCircleCheck,
  IconCircleX,
  IconInfoCircle,
  IconMailExclamation,
  IconPlayerPause,
} from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { callApi } from '../../lib/api/client';
import type { Schemas } from '../../lib/api/types';
import { formatDateTime } from '../../lib/format';
import { documentsPath } from '../documents/paths';
import type { DocumentKind } from '../documents/types';
import { outboxPath } from '../outbox/paths';
import { recurringPath } from '../recurring/paths';
import classes from './NotificationBell.module.css';

type NotificationItem = NotificationList['items'][number];

type NotificationList = Schemas['NotificationList'];

const POLL_MS = 60_000;
const KINDS: readonly string[] = ['quote', 'order', 'invoice', 'credit_note'];

function iconOf(type: string) {
  if (type === 'mail.failed') return <IconMailExclamation size={18} color="var(--mantine-color-red-7)" />;
  if (type.endsWith('.accepted')) return <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" />;
  if (type.endsWith('.declined')) return <IconCircleX size={18} color="var(--mantine-color-red-7)" />;
  if (type === 'recurring.paused') return <IconPlayerPause size={18} color="var(--mantine-color-yellow-8)" />;
  return <IconInfoCircle size={18} />;
}

/**
 * The header's bell: the company's notifications (a customer accepted or declined a quote on its
 * public page, an e-mail could not be delivered), refreshed every minute and when the window gets
 * the focus back.
 */
export function NotificationBell({
  companyId,
  canOpenOutbox,
}: {
  companyId: string;
  /** A mail that carried no document opens in the outbox, for roles that may read it. */
  canOpenOutbox: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const navigate = useNavigate();
  const [list, setList] = useState<NotificationList | null>(null);
  const [opened, setOpened] = useState(false);
  const [nonce, setNonce] = useState(0);
  const refresh = useCallback(() => setNonce((n) => n + 1), []);

  useEffect(() => {
    void nonce;
    // The server words each notification in the UI language: fetched again when it changes.
    void language;
    const controller = new AbortController();
    // A failed poll keeps what is shown; the next one tries again.
    callApi('get', '/api/v1/companies/{companyId}/notifications', {
      path: { companyId },
      signal: controller.signal,
    }).then(setList, () => undefined);
    return () => controller.abort();
  }, [companyId, nonce, language]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);
  useWindowEvent('focus', refresh);

  const unread = list?.unread ?? 0;

  const markAllRead = async () => {
    setList((l) => l && { unread: 0, items: l.items.map((i) => ({ ...i, read: true })) });
    try {
      await callApi('post', '/api/v1/companies/{companyId}/notifications/read', { path: { companyId } });
    } catch {
      refresh();
    }
  };

  const open = (n: NotificationItem) => {
    setOpened(false);
    if (n.entityType && n.entityId && KINDS.includes(n.entityType))
      void navigate(documentsPath(companyId, n.entityType as DocumentKind, n.entityId));
    else if (n.entityType === 'recurring_profile' && n.entityId)
      void navigate(recurringPath(companyId, n.entityId));
    else if (n.entityType === 'mail' && n.entityId && canOpenOutbox)
      void navigate(outboxPath(companyId, n.entityId));
  };

  const label = unread > 0 ? t('notifications.labelUnread', { count: unread }) : t('notifications.label');
  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={18}
      offset={6}
      color="red"
      disabled={unread === 0}
      withBorder
      attributes={{ indicator: { 'aria-hidden': true } }}
    >
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={360}
        shadow="md"
        withArrow
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={label}
            title={label}
            onClick={() => {
              setOpened((o) => !o);
              if (!opened) refresh();
            }}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} aria-label={t('notifications.title')}>
          <Group justify="space-between" px="md" py="sm" gap="xs">
            <Text fw={600} size="sm" component="h2" m={0}>
              {t('notifications.title')}
            </Text>
            {unread > 0 && (
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconChecks size={14} aria-hidden />}
                onClick={() => void markAllRead()}
              >
                {t('notifications.markAllRead')}
              </Button>
            )}
          </Group>
          <Divider />
          {list === null ? (
            <Text size="sm" c="dimmed" p="md">
              {t('common.loading')}
            </Text>
          ) : list.items.length === 0 ? (
            <Text size="sm" c="dimmed" p="md">
              {t('notifications.empty')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={380} type="auto">
              <Stack gap={0} component="ul" className={classes.list}>
                {list.items.map((n) => (
                  <li key={n.id}>
                    <UnstyledButton
                      className={classes.item}
                      data-unread={n.read ? undefined : true}
                      onClick={() => open(n)}
                    >
                      <Group gap="sm" wrap="nowrap" align="flex-start">
                        <span className={classes.icon} aria-hidden>
                          {iconOf(n.type)}
                        </span>
                        <div style={{ minWidth: 0 }}>
                          <Text size="sm" fw={n.read ? 400 : 600}>
                            {n.text}
                            {!n.read && (
                              <span className="visually-hidden"> ({t('notifications.unread')})</span>
                            )}
                          </Text>
                          {n.type === 'mail.failed' && typeof n.data.error === 'string' && (
                            <Text size="xs" c="red.9" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                              {t('documents.email.serverAnswer', { answer: n.data.error })}
                            </Text>
                          )}
                          <Text size="xs" c="dimmed">
                            {formatDateTime(n.createdAt)}
                          </Text>
                        </div>
                      </Group>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

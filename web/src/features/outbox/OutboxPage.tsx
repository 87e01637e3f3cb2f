import { Alert, Anchor, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconInbox, IconInfoCircle, IconMailOff, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorListSection } from '../../components/CursorListSection';
import { useApiRoute, useCursorRoute } from '../../lib/api/client';
import { formatDateTime } from '../../lib/format';
import { companyPath, useCompany } from '../companies/company-context';
import { PERMISSIONS } from '../companies/permissions';
import { KINDS } from '../documents/kinds';
import type { DocumentKind } from '../documents/types';
import { MailStatusBadge } from './MailStatusBadge';
import { entityPath, outboxPath } from './paths';

/**
 * Settings › Outbox: every message the company sent or tried to send, newest first. Without an SMTP
 * server the messages stay here (status "local outbox"): this is where the user reads what would have
 * been sent.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const { companyId, can } = useCompany();
  const canManage = can(PERMISSIONS.settingsManage);
  const list = useCursorRoute('/api/v1/companies/{companyId}/mail-outbox', { companyId });
  const settings = useApiRoute(
    '/api/v1/companies/{companyId}/mail-settings',
    canManage ? { companyId } : null,
  );
  const local = settings.data
    ? settings.data.source === 'local'
    : list.items.some((m) => m.status === 'local');

  return (
    <Stack gap="lg">
      {local && (
        <Alert
          variant="light"
          color="blue"
          icon={<IconInfoCircle size={18} aria-hidden />}
          title={t('outbox.localTitle')}
        >
          <Text size="sm">{t('outbox.localText')}</Text>
          {canManage && (
            <Anchor component={Link} to={companyPath(companyId, 'settings/mail')} size="sm">
              {t('outbox.configure')}
            </Anchor>
          )}
        </Alert>
      )}
      <CursorListSection
        id="outbox"
        title={t('outbox.title')}
        description={t('outbox.description')}
        list={list}
        empty={{
          icon: <IconInbox size={24} />,
          title: t('outbox.emptyTitle'),
          description: t('outbox.emptyDescription'),
        }}
      >
        {(items) => (
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={170}>
                    {t('outbox.columns.date')}
                  </Table.Th>
                  <Table.Th scope="col">{t('outbox.columns.message')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.columns.document')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.columns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((m) => {
                  const doc = entityPath(companyId, m.entityType, m.entityId);
                  return (
                    <Table.Tr key={m.id}>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDateTime(m.sentAt ?? m.createdAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap" align="flex-start">
                          <Anchor component={Link} to={outboxPath(companyId, m.id)} size="sm" fw={500}>
                            {m.subject}
                          </Anchor>
                          {m.attachments.length > 0 && (
                            <IconPaperclip
                              size={14}
                              aria-label={t('outbox.hasAttachments', { count: m.attachments.length })}
                              style={{ flex: 'none', marginTop: 3, color: 'var(--mantine-color-dimmed)' }}
                            />
                          )}
                        </Group>
                        <Text size="xs" c="dimmed" truncate="end" maw={360} title={m.to.join(', ')}>
                          {t('outbox.toList', { to: m.to.join(', ') })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {doc ? (
                          <Anchor component={Link} to={doc} size="sm">
                            {t(`documents.kinds.${KINDS[m.entityType as DocumentKind].key}.singular`)}
                          </Anchor>
                        ) : (
                          <Text size="sm" c="dimmed" aria-label={t('outbox.noDocument')}>
                            —
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          {m.lastError ? (
                            <Tooltip label={m.lastError} multiline w={320}>
                              <span>
                                <MailStatusBadge status={m.status} />
                              </span>
                            </Tooltip>
                          ) : (
                            <MailStatusBadge status={m.status} />
                          )}
                          {m.lastError && (
                            <Text size="xs" c="red.8" lineClamp={2} maw={260}>
                              <IconMailOff size={12} aria-hidden /> {m.lastError}
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </CursorListSection>
    </Stack>
  );
}

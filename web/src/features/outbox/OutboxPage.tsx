import { Alert, Anchor, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconInbox, IconInfoCircle, IconMailOff, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorListSection } from '../../components/CursorListSection';
import { CardItem, CardList, ListCard } from '../../components/list/ListCard';
import { useApiRoute, useCursorRoute } from '../../lib/api/client';
import type { Schemas } from '../../lib/api/types';
import { formatDateTime } from '../../lib/format';
import { useIsPhone } from '../../lib/media';
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
  // On a phone each message is a card, not a table row scrolling sideways.
  const phone = useIsPhone();
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
        {(items) =>
          phone ? (
            <CardList label={t('outbox.title')}>
              {items.map((m) => (
                <CardItem key={m.id}>
                  <OutboxCard mail={m} companyId={companyId} />
                </CardItem>
              ))}
            </CardList>
          ) : (
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
                  {items.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDateTime(m.sentAt ?? m.createdAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <SubjectLine mail={m} companyId={companyId} />
                        <Text size="xs" c="dimmed" truncate="end" maw={360} title={m.to.join(', ')}>
                          {t('outbox.toList', { to: m.to.join(', ') })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <DocumentLink mail={m} companyId={companyId} />
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
                          <LastError mail={m} />
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </CursorListSection>
    </Stack>
  );
}

type OutboxMail = Schemas['OutboxMail'];

/** The subject as a link to the message, with a paperclip when files are attached. */
function SubjectLine({ mail, companyId }: { mail: OutboxMail; companyId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
      <Anchor
        component={Link}
        to={outboxPath(companyId, mail.id)}
        size="sm"
        fw={500}
        style={{ overflowWrap: 'anywhere' }}
      >
        {mail.subject}
      </Anchor>
      {mail.attachments.length > 0 && (
        <IconPaperclip
          size={14}
          aria-label={t('outbox.hasAttachments', { count: mail.attachments.length })}
          style={{ flex: 'none', marginTop: 3, color: 'var(--mantine-color-dimmed)' }}
        />
      )}
    </Group>
  );
}

/** "Facture" as a link to the document the message is about, or a dash. */
function DocumentLink({ mail, companyId }: { mail: OutboxMail; companyId: string }) {
  const { t } = useTranslation();
  const doc = entityPath(companyId, mail.entityType, mail.entityId);
  return doc ? (
    <Anchor component={Link} to={doc} size="sm">
      {t(`documents.kinds.${KINDS[mail.entityType as DocumentKind].key}.singular`)}
    </Anchor>
  ) : (
    <Text size="sm" c="dimmed" aria-label={t('outbox.noDocument')}>
      —
    </Text>
  );
}

function LastError({ mail }: { mail: OutboxMail }) {
  return mail.lastError ? (
    <Text size="xs" c="red.8" lineClamp={2} maw={260}>
      <IconMailOff size={12} aria-hidden /> {mail.lastError}
    </Text>
  ) : null;
}

/** On a phone: the subject and status, then the recipients, the date and the document. */
function OutboxCard({ mail, companyId }: { mail: OutboxMail; companyId: string }) {
  const { t } = useTranslation();
  const doc = entityPath(companyId, mail.entityType, mail.entityId);
  return (
    <ListCard
      title={<SubjectLine mail={mail} companyId={companyId} />}
      aside={<MailStatusBadge status={mail.status} />}
    >
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('outbox.toList', { to: mail.to.join(', ') })}
      </Text>
      <Group gap="xs" wrap="wrap">
        <Text size="xs" c="dimmed">
          {formatDateTime(mail.sentAt ?? mail.createdAt)}
        </Text>
        {doc && (
          <>
            <Text size="xs" c="dimmed" aria-hidden>
              ·
            </Text>
            <DocumentLink mail={mail} companyId={companyId} />
          </>
        )}
      </Group>
      <LastError mail={mail} />
    </ListCard>
  );
}

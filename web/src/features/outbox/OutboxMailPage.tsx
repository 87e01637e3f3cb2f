import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconDownload, IconFileText } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { SectionCard } from '../../components/SectionCard';
import { useApiRoute } from '../../lib/api/client';
import { formatDateTime } from '../../lib/format';
import { useCompany } from '../companies/company-context';
import { KINDS } from '../documents/kinds';
import type { DocumentKind } from '../documents/types';
import { MailStatusBadge } from './MailStatusBadge';
import { attachmentUrl, entityPath, outboxPath } from './paths';

const formatSize = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${Math.round(bytes / 1024)} kB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One message of the outbox as it was (or would have been) sent: headers, text and attachments. */
export function OutboxMailPage() {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const { mailId = '' } = useParams();
  const query = useApiRoute('/api/v1/companies/{companyId}/mail-outbox/{mailId}', { companyId, mailId });
  const mail = query.data;
  const back = (
    <Button
      component={Link}
      to={outboxPath(companyId)}
      variant="subtle"
      size="compact-sm"
      leftSection={<IconArrowLeft size={16} aria-hidden />}
      w="fit-content"
    >
      {t('outbox.back')}
    </Button>
  );
  if (query.error)
    return (
      <Stack gap="sm">
        {back}
        <ErrorState error={query.error} onRetry={query.reload} />
      </Stack>
    );
  if (!mail)
    return (
      <Stack gap="sm">
        {back}
        <Paper withBorder radius="md" p="lg">
          <FormSkeleton fields={4} />
        </Paper>
      </Stack>
    );
  const doc = entityPath(companyId, mail.entityType, mail.entityId);
  const row = (label: string, value: ReactNode) => (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </div>
  );
  return (
    <Stack gap="sm">
      {back}
      <SectionCard
        id="outbox-mail"
        title={mail.subject}
        actions={<MailStatusBadge status={mail.status} size="md" />}
      >
        <Stack gap="lg">
          {mail.status === 'local' && (
            <Text size="sm" c="dimmed">
              {t('outbox.localMessage')}
            </Text>
          )}
          {mail.lastError && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={18} aria-hidden />}
              role="alert"
            >
              {t('outbox.lastError', { count: mail.attempts, error: mail.lastError })}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            {row(t('outbox.columns.to'), mail.to.join(', '))}
            {mail.cc.length > 0 && row(t('outbox.cc'), mail.cc.join(', '))}
            {mail.bcc.length > 0 && row(t('outbox.bcc'), mail.bcc.join(', '))}
            {row(t('outbox.createdAt'), formatDateTime(mail.createdAt))}
            {mail.sentAt && row(t('outbox.sentAt'), formatDateTime(mail.sentAt))}
            {doc &&
              row(
                t('outbox.columns.document'),
                <Anchor component={Link} to={doc} size="sm">
                  {t('outbox.openDocument', {
                    kind: t(`documents.kinds.${KINDS[mail.entityType as DocumentKind].key}.singular`),
                  })}
                </Anchor>,
              )}
          </SimpleGrid>
          <div>
            <Text size="xs" c="dimmed" fw={500} mb={4} id="outbox-mail-text">
              {t('outbox.text')}
            </Text>
            <Paper
              withBorder
              radius="md"
              p="md"
              bg="var(--mantine-color-gray-0)"
              aria-labelledby="outbox-mail-text"
              component="section"
            >
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {mail.text}
              </Text>
            </Paper>
          </div>
          {mail.attachments.length > 0 && (
            <div>
              <Text size="xs" c="dimmed" fw={500} mb={6}>
                {t('outbox.attachments')}
              </Text>
              <Group gap="sm">
                {mail.attachments.map((a) => (
                  <Button
                    key={a.id}
                    component="a"
                    href={attachmentUrl(companyId, mail.id, a.id)}
                    download={a.filename}
                    variant="default"
                    leftSection={<IconFileText size={16} aria-hidden />}
                    rightSection={<IconDownload size={14} aria-hidden />}
                  >
                    {a.filename} · {formatSize(a.size)}
                  </Button>
                ))}
              </Group>
            </div>
          )}
        </Stack>
      </SectionCard>
    </Stack>
  );
}

import { Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CursorListSection } from '../../components/CursorListSection';
import { CardItem, CardList, ListCard } from '../../components/list/ListCard';
import { useCursorRoute } from '../../lib/api/client';
import type { Schemas } from '../../lib/api/types';
import { formatDateTime } from '../../lib/format';
import { useIsPhone } from '../../lib/media';
import { DetailsPopover, hasDetails, useDetailContext } from '../audit/DetailsList';
import { jobLabel, SubjectLink } from '../audit/subjects';
import { useCompany } from '../companies/company-context';

export type Job = Schemas['Job'];

const STATUS_COLORS: Record<string, string> = {
  queued: 'gray',
  running: 'brand',
  done: 'teal',
  failed: 'red',
};

const KNOWN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
type KnownStatus = (typeof KNOWN_STATUSES)[number];
const isKnownStatus = (s: string): s is KnownStatus => (KNOWN_STATUSES as readonly string[]).includes(s);

export function JobsPage() {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const list = useCursorRoute('/api/v1/companies/{companyId}/jobs', { companyId });
  const detailContext = useDetailContext();
  const phone = useIsPhone();
  const details = (job: Job) =>
    hasDetails(job.data) ? (
      <DetailsPopover
        name={jobLabel(t, job.name)}
        data={job.data}
        references={job.references}
        context={{ ...detailContext, action: job.name }}
      />
    ) : null;
  const dash = (
    <Text c="dimmed" span>
      —
    </Text>
  );

  return (
    <CursorListSection
      id="jobs"
      title={t('jobs.title')}
      description={t('jobs.description')}
      list={list}
      empty={{
        icon: <IconClockHour4 size={24} />,
        title: t('jobs.emptyTitle'),
        description: t('jobs.emptyDescription'),
      }}
    >
      {(items) => (
        <>
          {/* Phones: one short block per job, what it did and what it concerns first. */}
          {phone && (
            <CardList label={t('jobs.title')}>
              {items.map((job) => (
                <CardItem key={job.id}>
                  <ListCard
                    title={
                      <Text size="sm" fw={600}>
                        {jobLabel(t, job.name)}
                      </Text>
                    }
                    aside={
                      <Badge variant="light" color={STATUS_COLORS[job.status] ?? 'gray'}>
                        {isKnownStatus(job.status) ? t(`jobs.status.${job.status}`) : job.status}
                      </Badge>
                    }
                  >
                    {job.subject && <SubjectLink companyId={companyId} subject={job.subject} />}
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <Text size="xs" c="dimmed">
                        {formatDateTime(job.finishedAt ?? job.runAt ?? job.createdAt)}
                      </Text>
                      {details(job)}
                    </Group>
                    {job.lastError && (
                      <Text size="xs" c="red.8">
                        {job.lastError}
                      </Text>
                    )}
                  </ListCard>
                </CardItem>
              ))}
            </CardList>
          )}
          {!phone && (
            <Table.ScrollContainer minWidth={960} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('jobs.columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('jobs.columns.subject')}</Table.Th>
                    <Table.Th scope="col">{t('jobs.columns.status')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('jobs.columns.attempts')}
                    </Table.Th>
                    <Table.Th scope="col">{t('jobs.columns.runAt')}</Table.Th>
                    <Table.Th scope="col">{t('jobs.columns.finishedAt')}</Table.Th>
                    <Table.Th scope="col">{t('jobs.columns.lastError')}</Table.Th>
                    <Table.Th scope="col">{t('audit.columns.details')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((job) => (
                    <Table.Tr key={job.id}>
                      <Table.Td>
                        <Text size="sm">{jobLabel(t, job.name)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <SubjectLink companyId={companyId} subject={job.subject} />
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={STATUS_COLORS[job.status] ?? 'gray'}>
                          {isKnownStatus(job.status) ? t(`jobs.status.${job.status}`) : job.status}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right">
                        {job.maxAttempts ? `${job.attempts} / ${job.maxAttempts}` : job.attempts}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{job.runAt ? formatDateTime(job.runAt) : dash}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{job.finishedAt ? formatDateTime(job.finishedAt) : dash}</Text>
                      </Table.Td>
                      <Table.Td maw={280}>
                        {job.lastError ? (
                          <Tooltip label={job.lastError} multiline maw={420} withinPortal>
                            <Text size="sm" c="red.8" truncate="end" tabIndex={0}>
                              {job.lastError}
                            </Text>
                          </Tooltip>
                        ) : (
                          dash
                        )}
                      </Table.Td>
                      <Table.Td>{details(job) ?? dash}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </CursorListSection>
  );
}

import { Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CursorListSection } from '../../components/CursorListSection';
import { CardItem, CardList, ListCard } from '../../components/list/ListCard';
import { useCursorRoute } from '../../lib/api/client';
import type { Schemas } from '../../lib/api/types';
import { formatDateTime } from '../../lib/format';
import { useIsPhone } from '../../lib/media';
import { useCompany } from '../companies/company-context';
import { DetailsPopover, hasDetails, useDetailContext } from './DetailsList';
import { actionLabel, SubjectLink, subjectTypeLabel } from './subjects';

export type AuditEntry = Schemas['AuditEntry'];

export function AuditLogPage() {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const list = useCursorRoute('/api/v1/companies/{companyId}/audit-log', { companyId });
  const detailContext = useDetailContext();
  const phone = useIsPhone();
  const details = (entry: AuditEntry) => (
    <DetailsPopover
      name={actionLabel(t, entry.action)}
      data={entry.data}
      references={entry.references}
      context={{ ...detailContext, action: entry.action }}
    />
  );

  return (
    <CursorListSection
      id="audit"
      title={t('audit.title')}
      description={t('audit.description')}
      list={list}
      empty={{
        icon: <IconHistory size={24} />,
        title: t('audit.emptyTitle'),
        description: t('audit.emptyDescription'),
      }}
    >
      {(items) => (
        <>
          {/* Phones: "Émission · Facture F-2026-0003", then who and when. */}
          {phone && (
            <CardList label={t('audit.title')}>
              {items.map((entry) => (
                <CardItem key={entry.id}>
                  <ListCard
                    title={
                      <Text size="sm" fw={600}>
                        {actionLabel(t, entry.action)}
                      </Text>
                    }
                    aside={hasDetails(entry.data) ? details(entry) : undefined}
                  >
                    {entry.subject ? (
                      <SubjectLink companyId={companyId} subject={entry.subject} />
                    ) : (
                      <Text size="sm">{subjectTypeLabel(t, entry.entityType)}</Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {entry.userName ?? t('audit.system')} · {formatDateTime(entry.createdAt)}
                    </Text>
                  </ListCard>
                </CardItem>
              ))}
            </CardList>
          )}
          {!phone && (
            <Table.ScrollContainer minWidth={720} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('audit.columns.when')}</Table.Th>
                    <Table.Th scope="col">{t('audit.columns.who')}</Table.Th>
                    <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
                    <Table.Th scope="col">{t('audit.columns.entity')}</Table.Th>
                    <Table.Th scope="col" w={110}>
                      {t('audit.columns.details')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((entry) => (
                    <Table.Tr key={entry.id}>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDateTime(entry.createdAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{entry.userName ?? t('audit.system')}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{actionLabel(t, entry.action)}</Text>
                      </Table.Td>
                      <Table.Td>
                        {entry.subject ? (
                          <SubjectLink companyId={companyId} subject={entry.subject} />
                        ) : (
                          <Text size="sm">{subjectTypeLabel(t, entry.entityType)}</Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {hasDetails(entry.data) ? (
                          details(entry)
                        ) : (
                          <Text c="dimmed" span>
                            —
                          </Text>
                        )}
                      </Table.Td>
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

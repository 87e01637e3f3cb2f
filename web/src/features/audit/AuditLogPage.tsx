import { Button, Code, Popover, Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CursorListSection } from '../../components/CursorListSection';
import type { Schemas } from '../../lib/api/types';
import { formatDateTime } from '../../lib/format';
import { useCursorList } from '../../lib/use-api';
import { companyApiPath, useCompany } from '../companies/company-context';

export type AuditEntry = Schemas['AuditEntry'];

function hasData(data: unknown): boolean {
  if (data === null || data === undefined) return false;
  if (typeof data === 'object') return Object.keys(data).length > 0;
  return true;
}

export function AuditLogPage() {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const list = useCursorList<AuditEntry>(companyApiPath(companyId, '/audit-log'));

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
        <Table.ScrollContainer minWidth={720}>
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
                    <Code>{entry.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.entityType}</Text>
                    {entry.entityId && (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {entry.entityId}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {hasData(entry.data) ? (
                      <Popover width={420} position="bottom-end" shadow="md" withinPortal>
                        <Popover.Target>
                          <Button
                            variant="subtle"
                            size="compact-sm"
                            aria-label={t('audit.viewDetails', { action: entry.action })}
                          >
                            {t('audit.view')}
                          </Button>
                        </Popover.Target>
                        <Popover.Dropdown>
                          <Code block style={{ maxHeight: 320, overflow: 'auto' }}>
                            {JSON.stringify(entry.data, null, 2)}
                          </Code>
                        </Popover.Dropdown>
                      </Popover>
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
    </CursorListSection>
  );
}

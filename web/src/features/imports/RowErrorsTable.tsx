import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from './ScrollTable';
import type { RowError } from './types';

/** The errors of a dry run or a failed commit: row as in the file, column as headed there, reason. */
export function RowErrorsTable({ errors }: { errors: RowError[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('imports.check.tableCaption')} minWidth={560} maxHeight={360}>
      <Table striped verticalSpacing="xs" stickyHeader>
        <Table.Caption>{t('imports.check.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={72}>
              {t('imports.check.columns.row')}
            </Table.Th>
            <Table.Th scope="col">{t('imports.check.columns.column')}</Table.Th>
            <Table.Th scope="col">{t('imports.check.columns.value')}</Table.Th>
            <Table.Th scope="col">{t('imports.check.columns.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several errors; the list never reorders
            <Table.Tr key={`${e.row}-${i}`}>
              <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{e.row}</Table.Td>
              <Table.Td>
                {e.column ?? (
                  <Text span size="sm" c="dimmed">
                    {e.field ?? t('imports.check.wholeRow')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {e.value || (e.value === '' ? t('imports.mapping.empty') : '')}
                </Text>
              </Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

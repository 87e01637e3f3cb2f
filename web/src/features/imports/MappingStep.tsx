import { Alert, Badge, Group, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type ColumnChoices, chooseField, samplesOf } from './mapping';
import { ScrollTable } from './ScrollTable';
import {
  DELIMITERS,
  ENCODINGS,
  type ImportDelimiter,
  type ImportEncoding,
  type ImportRecord,
  type Requirements,
} from './types';
import { useFieldLabels } from './use-field-labels';

interface MappingStepProps {
  record: ImportRecord;
  choices: ColumnChoices;
  onChoices: (choices: ColumnChoices) => void;
  rules: Requirements;
  missing: { required: string[]; oneOf: string[][] };
  updateExisting: boolean;
  onUpdateExisting: (value: boolean) => void;
  /** Reads the file again with another encoding or separator. */
  onSettings: (settings: { encoding?: ImportEncoding; delimiter?: ImportDelimiter }) => void;
  busy: boolean;
}

/** Step 2: how the file is read, which column feeds which field, and the first rows as read. */
export function MappingStep(p: MappingStepProps) {
  const { t } = useTranslation();
  const label = useFieldLabels(p.record.kind);
  const { record } = p;
  const required = new Set([...p.rules.required, ...p.rules.oneOf.flat()]);
  const options = [
    { value: '', label: t('imports.mapping.ignore') },
    ...record.fields.map((f) => ({
      value: f.key,
      label: required.has(f.key) ? `${label(f.key)} *` : label(f.key),
    })),
  ];
  const list = (keys: string[]) => keys.map(label).join(', ');

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label={t('imports.settings.encoding')}
            data={ENCODINGS.map((e) => ({ value: e, label: t(`imports.settings.encodings.${e}`) }))}
            value={record.encoding}
            onChange={(v) => v && p.onSettings({ encoding: v as ImportEncoding })}
            allowDeselect={false}
            disabled={p.busy}
            w={300}
          />
          <Select
            label={t('imports.settings.delimiter')}
            data={DELIMITERS.map((d) => ({ value: d, label: t(`imports.settings.delimiters.${d}`) }))}
            value={record.delimiter}
            onChange={(v) => v && p.onSettings({ delimiter: v as ImportDelimiter })}
            allowDeselect={false}
            disabled={p.busy}
            w={220}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('imports.settings.detected')}
        </Text>
      </Stack>

      {record.updateRequirements ? (
        <Switch
          label={t('imports.mapping.updateExisting')}
          description={t('imports.mapping.updateExistingHint')}
          checked={p.updateExisting}
          onChange={(event) => p.onUpdateExisting(event.currentTarget.checked)}
        />
      ) : (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} aria-hidden />} p="sm">
          <Text size="sm">{t('imports.mapping.contactsExisting')}</Text>
        </Alert>
      )}

      <Stack gap="xs">
        <Title order={3} fz="md">
          {t('imports.mapping.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('imports.mapping.intro')}
        </Text>
        {(p.missing.required.length > 0 || p.missing.oneOf.length > 0) && (
          <Alert color="orange" variant="light" p="sm" role="status">
            {p.missing.required.length > 0 && (
              <Text size="sm">{t('imports.mapping.missing', { fields: list(p.missing.required) })}</Text>
            )}
            {p.missing.oneOf.map((group) => (
              <Text size="sm" key={group.join()}>
                {t('imports.mapping.missingOneOf', { fields: list(group) })}
              </Text>
            ))}
          </Alert>
        )}
        <ScrollTable label={t('imports.mapping.title')} minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('imports.mapping.column')}</Table.Th>
                <Table.Th scope="col">{t('imports.mapping.sample')}</Table.Th>
                <Table.Th scope="col" w={330}>
                  {t('imports.mapping.field')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {record.headers.map((header) => {
                const samples = samplesOf(record, header);
                return (
                  <Table.Tr key={header}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {header}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" lineClamp={2} style={{ wordBreak: 'break-word' }}>
                        {samples.length > 0 ? samples.join(' · ') : t('imports.mapping.empty')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={t('imports.mapping.importAs', { column: header })}
                        data={options}
                        value={p.choices[header] ?? ''}
                        onChange={(v) => p.onChoices(chooseField(p.choices, header, v ?? ''))}
                        allowDeselect={false}
                        searchable
                        comboboxProps={{ withinPortal: true }}
                        size="sm"
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Stack>

      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} fz="md">
            {t('imports.mapping.preview')}
          </Title>
          <Badge variant="light" color="gray" tt="none">
            {t('imports.file.summary', { name: record.filename ?? 'CSV', count: record.rowCount })}
          </Badge>
        </Group>
        <ScrollTable
          label={t('imports.mapping.preview')}
          minWidth={Math.max(480, record.headers.length * 140)}
        >
          <Table striped withTableBorder verticalSpacing={4} fz="xs">
            <Table.Thead>
              <Table.Tr>
                {record.headers.map((h) => (
                  <Table.Th key={h} scope="col" style={{ whiteSpace: 'nowrap' }}>
                    {h}
                    {p.choices[h] ? (
                      <Text span inherit c="dimmed" fw={400}>
                        {' → '}
                        {label(p.choices[h] ?? '')}
                      </Text>
                    ) : null}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {record.preview.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity and never reorder
                <Table.Tr key={i}>
                  {record.headers.map((h, j) => (
                    <Table.Td key={h} style={{ maxWidth: 240, overflowWrap: 'anywhere' }}>
                      {row[j]}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Stack>
    </Stack>
  );
}

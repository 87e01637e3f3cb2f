import { Alert, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { currentLanguage } from '../../lib/i18n';
import { formatRunAt } from './format';
import { periodInWords } from './schedule-words';
import type { SchedulePreviewState } from './use-schedule-preview';

/** The next 12 dates of the schedule being edited: the period each invoice covers and when it is made. */
export function SchedulePreview({
  preview,
  timeZone,
  hasStart,
  summary,
}: {
  preview: SchedulePreviewState;
  timeZone: string;
  hasStart: boolean;
  /** The schedule in words ("Tous les mois, le 1er"), when it can be said. */
  summary: string | null;
}) {
  const { t } = useTranslation();
  const { runs, error, loading } = preview;
  const language = currentLanguage();
  return (
    <Stack gap="xs" component="section" aria-labelledby="schedule-preview-title" data-schedule-preview>
      <Stack gap={0}>
        <Title order={3} fz="md" id="schedule-preview-title" style={{ display: 'flex', gap: 8 }}>
          <IconCalendarEvent size={20} aria-hidden />
          {t('recurring.preview.title')}
          {loading && <Loader size={14} aria-label={t('recurring.preview.loading')} />}
        </Title>
        <Text size="xs" c="dimmed">
          {t('recurring.preview.hint')}
        </Text>
        {summary && (
          <Text size="sm" fw={500} mt={4} data-schedule-words>
            {summary}
          </Text>
        )}
      </Stack>
      <div aria-live="polite">
        {!hasStart ? (
          <Text size="sm" c="dimmed">
            {t('recurring.preview.needStart')}
          </Text>
        ) : error ? (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            <Text size="sm">{t('recurring.preview.invalid')}</Text>
            {error.errors.length === 0 && error.detail && (
              <Text size="xs" mt={4}>
                {error.detail}
              </Text>
            )}
          </Alert>
        ) : runs && runs.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('recurring.preview.none')}
          </Text>
        ) : runs ? (
          <Table
            fz="sm"
            verticalSpacing={4}
            horizontalSpacing="xs"
            striped
            style={{ opacity: loading ? 0.6 : 1 }}
            aria-label={t('recurring.preview.title')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={{ width: 32 }}>{t('recurring.preview.number')}</Table.Th>
                <Table.Th>{t('recurring.preview.period')}</Table.Th>
                <Table.Th>{t('recurring.preview.runAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.map((r, i) => (
                <Table.Tr key={r.periodStart} data-preview-run>
                  <Table.Td c="dimmed">{i + 1}</Table.Td>
                  <Table.Td>
                    <PeriodCell start={r.periodStart} end={r.periodEnd} language={language} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatRunAt(r.dueAt, timeZone)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t('recurring.preview.loading')}
          </Text>
        )}
      </div>
    </Stack>
  );
}

/** A period by its name ("janvier 2027"), with its first and last day when the name does not say them. */
export function PeriodCell({ start, end, language }: { start: string; end: string; language: Language }) {
  const name = periodInWords(start, end, language);
  const dates = start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
  return (
    <>
      {name}
      {name !== dates && !/\d{1,2} \S+ \d{4}/.test(name) && (
        <Text span size="xs" c="dimmed" display="block">
          {dates}
        </Text>
      )}
    </>
  );
}

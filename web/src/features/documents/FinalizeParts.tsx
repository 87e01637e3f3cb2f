import { Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import type { KindConfig } from './kinds';
import type { DocumentKind } from './types';

/** What the step out of draft does (numbers, freezes), atop the dialogs that take it. */
export function FinalizeNotice({ kind, message }: { kind: DocumentKind; message: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <IconLock size={20} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
        <Text size="sm">{message}</Text>
      </Group>
      {kind === 'quote' && (
        <Text size="sm" c="dimmed">
          {t('documents.actions.sendManually')}
        </Text>
      )}
    </>
  );
}

/** The issue date of the step out of draft: empty means today, never before the series' last one. */
export function FinalizeDateField(props: {
  kindKey: KindConfig['key'];
  value: string | null;
  onChange: (value: string | null) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <DateField
      label={t(`documents.kinds.${props.kindKey}.finalizeDate`)}
      description={t('documents.actions.dateHint')}
      value={props.value}
      onChange={props.onChange}
      clearable
      clearLabel={t('documents.editor.clearDate')}
      error={props.error}
      maw={260}
    />
  );
}

import { Button, Group, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SelectionBarProps {
  /** What is selected, one line per kind of item ("3 drafts selected", "2 open invoices of …"). */
  summary: string[];
  /** Why an action is unavailable, each with the id its button points at (aria-describedby). */
  notes: { id: string; text: string }[];
  /** The actions that apply to the selection. */
  children: ReactNode;
  onClear: () => void;
}

/**
 * Shown while items of a list are selected: what is selected, the actions that apply, why one is
 * unavailable, and a way out. It sticks under the app header, in reach on a long list.
 */
export function SelectionBar({ summary, notes, children, onClear }: SelectionBarProps) {
  const { t } = useTranslation();
  return (
    <Group
      component="section"
      aria-label={t('documents.bulk.selectionLabel')}
      px="md"
      py="sm"
      gap="sm"
      wrap="wrap"
      justify="space-between"
      style={{
        position: 'sticky',
        top: 'var(--app-shell-header-offset, 0px)',
        zIndex: 3,
        background: 'var(--mantine-color-brand-0)',
        borderTop: '1px solid var(--mantine-color-brand-2)',
        borderBottom: '1px solid var(--mantine-color-brand-2)',
      }}
    >
      <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
        <Text size="sm" fw={600} role="status">
          {summary.join(' · ')}
        </Text>
        {notes.map((n) => (
          <Text key={n.id} id={n.id} size="xs" c="red.9">
            {n.text}
          </Text>
        ))}
      </Stack>
      <Group gap="xs" wrap="wrap">
        <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={onClear}>
          {t('documents.bulk.clear')}
        </Button>
        {children}
      </Group>
    </Group>
  );
}

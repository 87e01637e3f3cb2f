import { Box, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionCardProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  /** Content that should run edge to edge (tables). */
  flush?: boolean;
  id?: string;
  /** 3 for a panel inside another panel (h3 under its h2). */
  headingOrder?: 2 | 3;
}

/** A titled panel (h2) grouping one concern of a page. */
export function SectionCard({
  title,
  description,
  actions,
  children,
  flush,
  id,
  headingOrder = 2,
}: SectionCardProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <Paper withBorder radius="md" component="section" aria-labelledby={headingId} id={id}>
      <Group justify="space-between" align="flex-start" p="lg" pb={flush ? 'md' : 0} gap="sm" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 240px' }}>
          <Title order={headingOrder} fz="lg" id={headingId}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {actions}
      </Group>
      {flush ? (
        <>
          <Divider />
          {children}
        </>
      ) : (
        <Box p="lg">{children}</Box>
      )}
    </Paper>
  );
}

import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../lib/use-page-title';

export function AuthHeader({ title, subtitle }: { title: string; subtitle?: ReactNode }) {
  usePageTitle(title);
  return (
    <Stack gap={6} mb="xl">
      <Title order={1} fz={24} lh={1.25}>
        {title}
      </Title>
      {subtitle && (
        <Text c="dimmed" size="sm">
          {subtitle}
        </Text>
      )}
    </Stack>
  );
}

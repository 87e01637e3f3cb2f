import { Group, Text } from '@mantine/core';

/** The product mark: square logo and word mark (left out where the width is short). */
export function Brand({ size = 28, wordmark = true }: { size?: number; wordmark?: boolean }) {
  return (
    <Group gap={10} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill="var(--mantine-primary-color-filled)" />
        <path d="M10 8h12v3.5h-8v3h7v3.5h-7V24h-4z" fill="#fff" />
      </svg>
      {wordmark && (
        <Text fw={700} fz={size * 0.68} lh={1} style={{ letterSpacing: '-0.02em' }}>
          Facturex
        </Text>
      )}
    </Group>
  );
}

import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The counter shows from this share of the limit on: far from it, it would only be noise. */
const NEAR = 0.8;

function LengthCounter({ length, max }: { length: number; max: number }) {
  const { t } = useTranslation();
  if (length < max * NEAR) return null;
  return (
    <Text size="xs" c={length >= max ? 'orange.9' : 'dimmed'} ta="right" mt={2} aria-live="polite">
      {t('common.lengthCounter', { count: length, max })}
    </Text>
  );
}

/**
 * A Mantine input's `inputContainer` that adds "185 / 200 caractères" under the field once its text
 * nears `max` (the same limit as the field's `maxLength` and the server's schema), so nobody learns
 * the limit from a refusal.
 */
export function lengthCounter(value: string, max: number) {
  return (children: ReactNode) => (
    <>
      {children}
      <LengthCounter length={value.length} max={max} />
    </>
  );
}

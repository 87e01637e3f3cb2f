import { type MantineSpacing, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResendState } from './email-verification';

/**
 * What "Send a new link" did, in a live region that is always there (so screen readers announce
 * the change): sent to which address, or why not (too many links this hour). `children` is shown
 * instead while no link was asked for. Empty, it takes no room.
 */
export function ResendFeedback({
  state,
  children,
  mt = 'xs',
}: {
  state: ResendState;
  children?: ReactNode;
  mt?: MantineSpacing;
}) {
  const { t } = useTranslation();
  const content =
    state.status === 'sent'
      ? t('emailVerification.sent', { email: state.email })
      : state.status === 'failed'
        ? state.message
        : children;
  return (
    <div role="status" aria-live="polite">
      {content && (
        <Text
          size="sm"
          fw={500}
          mt={mt}
          c={state.status === 'failed' ? 'red.9' : 'var(--mantine-color-text)'}
        >
          {content}
        </Text>
      )}
    </div>
  );
}

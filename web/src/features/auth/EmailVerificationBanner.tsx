import { Alert, Button, Group, Text } from '@mantine/core';
import { IconMailExclamation } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { useResendVerification, useSessionRefreshWhileUnverified } from './email-verification';
import { ResendFeedback } from './ResendVerification';
import { useMe } from './session';

/**
 * Atop every signed-in page while the account's address is unconfirmed: which address, and a new
 * link on request. Nothing else waits for it but joining a company by invitation, so it informs
 * without blocking; it goes away by itself once the link is opened (in this tab or another).
 */
export function EmailVerificationBanner() {
  const { t } = useTranslation();
  const { user } = useMe();
  const { state, send } = useResendVerification();
  useSessionRefreshWhileUnverified();
  if (user.emailVerified) return null;
  return (
    <Alert
      component="section"
      role="region"
      aria-label={t('emailVerification.bannerLabel')}
      variant="light"
      color="yellow"
      radius="md"
      py="xs"
      mb="lg"
      icon={<IconMailExclamation size={20} aria-hidden />}
    >
      <div>
        <Group justify="space-between" align="center" gap="xs" wrap="wrap">
          <Text size="sm" c="var(--mantine-color-text)" style={{ overflowWrap: 'anywhere' }}>
            <Trans
              i18nKey="emailVerification.banner"
              values={{ email: user.email }}
              components={{ strong: <strong /> }}
            />
          </Text>
          {state.status !== 'sent' && (
            <Button
              size="compact-sm"
              variant="default"
              loading={state.status === 'sending'}
              onClick={() => void send()}
            >
              {t('emailVerification.resend')}
            </Button>
          )}
        </Group>
        <ResendFeedback state={state} mt={4} />
      </div>
    </Alert>
  );
}

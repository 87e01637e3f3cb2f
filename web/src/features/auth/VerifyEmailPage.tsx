import { Alert, Anchor, Button, Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { type ApiError, NETWORK_ERROR_STATUS, toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { withNext } from '../../lib/navigation';
import { AuthHeader } from './AuthHeader';
import { announceEmailVerified, pendingInvitation, useResendVerification } from './email-verification';
import { ResendFeedback } from './ResendVerification';
import { useSession } from './session';

/**
 * One request per token and page load: a link is good once, and React may mount the page twice
 * (development), so the second mount must see the first one's answer instead of "already used".
 */
const verifications = new Map<string, Promise<void>>();
function verifyOnce(token: string): Promise<void> {
  let request = verifications.get(token);
  if (!request) {
    request = callApi('post', '/api/v1/auth/verify-email', {
      body: { token },
      allowUnauthenticated: true,
    });
    verifications.set(token, request);
    // A network failure may be retried; an answer (good or bad) is final.
    request.catch((error: unknown) => {
      if (toApiError(error).status === NETWORK_ERROR_STATUS) verifications.delete(token);
    });
  }
  return request;
}

type Outcome =
  | { status: 'pending' | 'invalid' }
  /** `email`: the signed-in address, when it is the one this link confirmed. */
  | { status: 'done'; email: string | null }
  | { status: 'error'; error: ApiError };

/**
 * `/verify-email?token=…`, the link mailed at sign-up: confirms the address on load, signed in or
 * not (the mail may be read on another device). Then it leads on: to the invitation that waited for
 * it, into the app, or to sign in; a dead link offers a new one to a signed-in user.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { state, me, refresh } = useSession();
  const [outcome, setOutcome] = useState<Outcome>(token ? { status: 'pending' } : { status: 'invalid' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!token) return;
    void attempt;
    let live = true;
    setOutcome({ status: 'pending' });
    verifyOnce(token).then(
      async () => {
        announceEmailVerified();
        // The link may belong to another account than the one signed in here: name the address
        // only when the session says it is confirmed now.
        const after = await refresh();
        if (live) setOutcome({ status: 'done', email: after?.user.emailVerified ? after.user.email : null });
      },
      (error: unknown) => {
        if (!live) return;
        const err = toApiError(error);
        // token_invalid (expired, used, replaced by a newer link) or a malformed token (400).
        if (err.status === 422 || err.status === 400 || err.status === 404) setOutcome({ status: 'invalid' });
        else setOutcome({ status: 'error', error: err });
      },
    );
    return () => {
      live = false;
    };
  }, [token, attempt, refresh]);

  if (outcome.status === 'pending' || state.status === 'loading') {
    return (
      <Stack gap="md" aria-busy="true">
        <AuthHeader title={t('emailVerification.page.title')} />
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('emailVerification.page.verifying')}</Text>
        </Group>
      </Stack>
    );
  }

  if (outcome.status === 'error') {
    return (
      <>
        <AuthHeader title={t('emailVerification.page.title')} />
        <ErrorState error={outcome.error} onRetry={() => setAttempt((n) => n + 1)} />
      </>
    );
  }

  // A dead link for an address already confirmed (the link opened twice) is no failure.
  if (outcome.status === 'done') return <Verified email={outcome.email} already={false} />;
  if (me?.user.emailVerified) return <Verified email={me.user.email} already />;
  return <LinkInvalid missing={!token} />;
}

function Verified({ email, already }: { email: string | null; already: boolean }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const invitation = pendingInvitation(me?.user.email);
  const title = already ? t('emailVerification.page.alreadyTitle') : t('emailVerification.page.doneTitle');
  return (
    <>
      <Group justify="center" mb="md">
        <ThemeIcon size={56} radius="xl" variant="light" color="teal" aria-hidden>
          <IconCircleCheck size={30} />
        </ThemeIcon>
      </Group>
      <AuthHeader title={title} />
      <Stack gap="md">
        <Text size="sm" role="status">
          {email ? (
            <Trans
              i18nKey="emailVerification.page.doneFor"
              values={{ email }}
              components={{ strong: <strong /> }}
            />
          ) : (
            t('emailVerification.page.done')
          )}
        </Text>
        {invitation && (
          <Text size="sm">{t('emailVerification.page.invitation', { company: invitation.companyName })}</Text>
        )}
        {invitation ? (
          <Button
            component={Link}
            to={
              me
                ? invitation.path
                : `${withNext('/login', invitation.path)}&email=${encodeURIComponent(invitation.email)}`
            }
            fullWidth
          >
            {me ? t('emailVerification.page.toInvitation') : t('emailVerification.page.signInToInvitation')}
          </Button>
        ) : (
          <Button component={Link} to={me ? '/' : '/login'} fullWidth>
            {me ? t('emailVerification.page.continue') : t('emailVerification.page.signIn')}
          </Button>
        )}
      </Stack>
    </>
  );
}

function LinkInvalid({ missing }: { missing: boolean }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { state, send } = useResendVerification();
  return (
    <>
      <AuthHeader title={t('emailVerification.page.failedTitle')} />
      <Stack gap="md">
        <Alert color="orange" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
          {missing ? t('emailVerification.page.missing') : t('emailVerification.page.failed')}
        </Alert>
        {me ? (
          <>
            {state.status !== 'sent' && (
              <Text size="sm">
                <Trans
                  i18nKey="emailVerification.page.newLinkFor"
                  values={{ email: me.user.email }}
                  components={{ strong: <strong /> }}
                />
              </Text>
            )}
            <div>
              {state.status !== 'sent' && (
                <Button fullWidth loading={state.status === 'sending'} onClick={() => void send()}>
                  {t('emailVerification.resend')}
                </Button>
              )}
              <ResendFeedback state={state} mt={state.status === 'sent' ? 0 : 'xs'} />
            </div>
          </>
        ) : (
          <>
            <Text size="sm">{t('emailVerification.page.signInForNewLink')}</Text>
            <Button component={Link} to="/login" fullWidth>
              {t('emailVerification.page.signIn')}
            </Button>
          </>
        )}
      </Stack>
      <Text ta="center" size="sm" mt="xl">
        <Anchor component={Link} to="/" fw={500}>
          {t('invitation.goHome')}
        </Anchor>
      </Text>
    </>
  );
}

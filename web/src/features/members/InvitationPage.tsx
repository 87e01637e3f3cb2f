import { Alert, Anchor, Button, Group, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconMailExclamation, IconMailOpened, IconUserCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { toApiError } from '../../lib/api';
import { callApi, useApiRoute } from '../../lib/api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { withNext } from '../../lib/navigation';
import { AuthHeader } from '../auth/AuthHeader';
import {
  forgetInvitation,
  rememberInvitation,
  useResendVerification,
  useSessionRefreshWhileUnverified,
} from '../auth/email-verification';
import { ResendFeedback } from '../auth/ResendVerification';
import { useSession } from '../auth/session';
import { companyPath } from '../companies/company-context';

export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { state, me, refresh, logout } = useSession();
  const invitation = useApiRoute('/api/v1/invitations/{token}', { token });
  const [accepting, setAccepting] = useState(false);
  const here = `/invitations/${encodeURIComponent(token)}`;
  const data = invitation.data;
  const sameAddress =
    me !== null && data !== undefined && me.user.email.toLowerCase() === data.email.toLowerCase();
  const mustVerify = sameAddress && !me.user.emailVerified;
  useSessionRefreshWhileUnverified();

  // The confirmation link opens another page (often another tab): it offers to come back here.
  useEffect(() => {
    if (mustVerify && data)
      rememberInvitation({ path: here, email: data.email, companyName: data.companyName });
  }, [mustVerify, data, here]);

  const accept = async () => {
    setAccepting(true);
    try {
      const result = await callApi('post', '/api/v1/invitations/{token}/accept', { path: { token } });
      forgetInvitation();
      await refresh();
      notifySuccess(t('invitation.accepted', { company: invitation.data?.companyName ?? '' }));
      navigate(companyPath(result.companyId), { replace: true });
    } catch (error) {
      notifyError(t, error);
      // The account changed elsewhere (address confirmed or changed): show what holds now.
      const code = toApiError(error).code;
      if (code === 'email_unverified' || code === 'invitation_invalid') await refresh();
    } finally {
      setAccepting(false);
    }
  };

  if (invitation.loading || state.status === 'loading') {
    return (
      <Stack gap="md" aria-busy="true">
        <AuthHeader title={t('invitation.title')} />
        <Skeleton height={16} />
        <Skeleton height={16} width="70%" />
        <Skeleton height={36} mt="md" />
      </Stack>
    );
  }

  if (invitation.error) {
    const err = toApiError(invitation.error);
    const gone = err.status === 404 || err.status === 410 || err.code === 'invitation_invalid';
    return (
      <>
        <AuthHeader title={t('invitation.title')} />
        {gone ? (
          <Alert color="orange" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
            {t('invitation.invalid')}
          </Alert>
        ) : (
          <ErrorState error={err} onRetry={invitation.reload} />
        )}
        <Text ta="center" size="sm" mt="xl">
          <Anchor component={Link} to="/" fw={500}>
            {t('invitation.goHome')}
          </Anchor>
        </Text>
      </>
    );
  }

  if (!data) return null;
  const role = t(`roles.${data.role}.label`);

  return (
    <>
      <Group justify="center" mb="md">
        <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
          <IconMailOpened size={28} />
        </ThemeIcon>
      </Group>
      <AuthHeader title={t('invitation.joinTitle', { company: data.companyName })} />
      <Stack gap="sm">
        <Text size="sm">
          <Trans
            i18nKey="invitation.body"
            values={{ inviter: data.invitedByName, company: data.companyName, role }}
            components={{ strong: <strong /> }}
          />
        </Text>
        <Text size="sm" c="dimmed">
          {t('invitation.sentTo', { email: data.email })} ·{' '}
          {t('invitation.expires', { date: formatDateTime(data.expiresAt) })}
        </Text>
        {me && !sameAddress ? (
          <OtherAccount current={me.user.email} invited={data.email} onSignOut={() => void logout()} />
        ) : me && mustVerify ? (
          <ConfirmAddressFirst email={me.user.email} />
        ) : me ? (
          <Button fullWidth mt="md" loading={accepting} onClick={() => void accept()}>
            {t('invitation.accept')}
          </Button>
        ) : (
          <Stack gap="xs" mt="md">
            <Text size="sm" fw={500}>
              {t('invitation.signInFirst')}
            </Text>
            <Button
              component={Link}
              to={`${withNext('/login', here)}&email=${encodeURIComponent(data.email)}`}
              fullWidth
            >
              {t('invitation.login')}
            </Button>
            <Button
              component={Link}
              to={`${withNext('/signup', here)}&email=${encodeURIComponent(data.email)}`}
              variant="default"
              fullWidth
            >
              {t('invitation.signup')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('invitation.signupHint')}
            </Text>
          </Stack>
        )}
      </Stack>
    </>
  );
}

/** Signed in with another address than the invited one: accepting would be refused. */
function OtherAccount(props: { current: string; invited: string; onSignOut: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      mt="sm"
      icon={<IconUserCircle size={18} aria-hidden />}
      title={t('invitation.otherAccountTitle')}
    >
      <Stack gap="sm">
        <Text size="sm" c="var(--mantine-color-text)" style={{ overflowWrap: 'anywhere' }}>
          <Trans
            i18nKey="invitation.otherAccount"
            values={{ current: props.current, email: props.invited }}
            components={{ strong: <strong /> }}
          />
        </Text>
        <Button
          variant="default"
          onClick={props.onSignOut}
          w="fit-content"
          maw="100%"
          styles={{ root: { height: 'auto', minHeight: 36 }, label: { whiteSpace: 'normal' } }}
        >
          {t('invitation.switchAccount')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * The invited address, signed in but not confirmed yet: only its owner may join, so the link mailed
 * at sign-up comes first. The page notices by itself when it has been opened.
 */
function ConfirmAddressFirst({ email }: { email: string }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const { state, send } = useResendVerification();
  const [checking, setChecking] = useState(false);
  const [stillWaiting, setStillWaiting] = useState(false);
  const check = async () => {
    setChecking(true);
    setStillWaiting(false);
    const me = await refresh();
    setChecking(false);
    setStillWaiting(me !== null && !me.user.emailVerified);
  };
  return (
    <Alert
      color="brand"
      variant="light"
      mt="sm"
      icon={<IconMailExclamation size={18} aria-hidden />}
      title={t('invitation.verifyFirstTitle')}
    >
      <Stack gap="sm">
        <Text size="sm" c="var(--mantine-color-text)" style={{ overflowWrap: 'anywhere' }}>
          <Trans i18nKey="invitation.verifyFirst" values={{ email }} components={{ strong: <strong /> }} />
        </Text>
        <div>
          <Group gap="sm" wrap="wrap">
            <Button loading={checking} onClick={() => void check()}>
              {t('invitation.checkAgain')}
            </Button>
            {state.status !== 'sent' && (
              <Button variant="default" loading={state.status === 'sending'} onClick={() => void send()}>
                {t('emailVerification.resend')}
              </Button>
            )}
          </Group>
          <ResendFeedback state={state}>
            {stillWaiting ? t('invitation.stillUnverified', { email }) : null}
          </ResendFeedback>
        </div>
      </Stack>
    </Alert>
  );
}

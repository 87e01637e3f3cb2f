import { Alert, Anchor, Button, Group, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconMailOpened } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { api, toApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { withNext } from '../../lib/navigation';
import { useApiQuery } from '../../lib/use-api';
import { AuthHeader } from '../auth/AuthHeader';
import { useSession } from '../auth/session';
import { companyPath } from '../companies/company-context';
import type { InvitationPreview } from './types';

export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { state, me, refresh } = useSession();
  const invitation = useApiQuery<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`);
  const [accepting, setAccepting] = useState(false);
  const here = `/invitations/${encodeURIComponent(token)}`;

  const accept = async () => {
    setAccepting(true);
    try {
      const result = await api<{ companyId: string; role: string }>(`${here}/accept`, { method: 'POST' });
      await refresh();
      notifySuccess(t('invitation.accepted', { company: invitation.data?.companyName ?? '' }));
      navigate(companyPath(result.companyId), { replace: true });
    } catch (error) {
      notifyError(t, error);
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

  const data = invitation.data;
  if (!data) return null;
  const role = t(`roles.${data.role}.label`);
  const signedInEmail = me?.user.email;
  const otherAccount =
    signedInEmail !== undefined && signedInEmail.toLowerCase() !== data.email.toLowerCase();

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
        {otherAccount && (
          <Alert color="yellow" variant="light" icon={<IconAlertCircle size={18} aria-hidden />}>
            {t('invitation.otherAccount', { email: signedInEmail })}
          </Alert>
        )}
        {me ? (
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
          </Stack>
        )}
      </Stack>
    </>
  );
}

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Image,
  List,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyValueButton } from '../../components/CopyValueButton';
import { PasswordField } from '../../components/PasswordField';
import { SectionCard } from '../../components/SectionCard';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import type { Schemas } from '../../lib/api/types';
import { applyApiError, errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { useMe, useSession } from '../auth/session';

type TotpSetup = Schemas['TotpSetup'];

/** Groups the base32 secret by four so it can be typed into an authenticator app. */
function groupSecret(secret: string): string {
  return secret
    .replace(/\s+/g, '')
    .replace(/(.{4})/g, '$1 ')
    .trim();
}

export function TwoFactorSection() {
  const { t } = useTranslation();
  const { user } = useMe();
  return (
    <SectionCard
      id="two-factor"
      title={t('account.totp.title')}
      description={t('account.totp.description')}
      actions={
        user.totpEnabled ? (
          <Badge
            color="teal"
            variant="light"
            size="lg"
            leftSection={<IconShieldCheck size={14} aria-hidden />}
          >
            {t('account.totp.enabled')}
          </Badge>
        ) : (
          <Badge color="gray" variant="light" size="lg">
            {t('account.totp.disabled')}
          </Badge>
        )
      }
    >
      {user.totpEnabled ? <DisableTotp /> : <EnableTotp />}
    </SectionCard>
  );
}

function EnableTotp() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    setQr(null);
    if (!setup) return;
    let live = true;
    QRCode.toDataURL(setup.otpauthUrl, { margin: 1, width: 360, errorCorrectionLevel: 'M' })
      .then((url) => {
        if (live) setQr(url);
      })
      .catch(() => setQr(null));
    return () => {
      live = false;
    };
  }, [setup]);
  const [starting, setStarting] = useState(false);
  const [enabling, setEnabling] = useState(false);
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (v) => (/^\d{6}$/.test(v.trim()) ? null : t('validation.totpCode')) },
  });

  const start = async () => {
    setStarting(true);
    try {
      setSetup(await callApi('post', '/api/v1/auth/totp/setup'));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setStarting(false);
    }
  };

  const enable = form.onSubmit(async ({ code }) => {
    setEnabling(true);
    try {
      await callApi('post', '/api/v1/auth/totp/enable', { body: { code: code.trim() } });
      notifySuccess(t('account.totp.enabledNotice'));
      await refresh();
    } catch (error) {
      const err = toApiError(error);
      if ((err.code === 'totp_invalid' || err.status === 401) && err.errors.length === 0) {
        form.setFieldError('code', errorMessage(t, err));
      } else {
        applyApiError(t, form, err);
      }
    } finally {
      setEnabling(false);
    }
  });

  if (!setup) {
    return (
      <Stack gap="md" align="flex-start">
        <Text size="sm">{t('account.totp.intro')}</Text>
        <Button
          loading={starting}
          onClick={() => void start()}
          leftSection={<IconShieldCheck size={18} aria-hidden />}
        >
          {t('account.totp.setup')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <List type="ordered" spacing="md" size="sm">
        <List.Item>
          <Stack gap={6}>
            <Text size="sm">{t('account.totp.step1')}</Text>
            {qr && <Image src={qr} alt={t('account.totp.qrAlt')} w={180} h={180} radius="sm" />}
            <Anchor href={setup.otpauthUrl} size="sm" fw={500}>
              {t('account.totp.openApp')}
            </Anchor>
          </Stack>
        </List.Item>
        <List.Item>
          <Stack gap={6}>
            <Text size="sm">{t('account.totp.step2')}</Text>
            <Group gap="xs" wrap="nowrap">
              <Code fz="md" px="sm" py={6} style={{ letterSpacing: '0.08em', wordBreak: 'break-all' }}>
                {groupSecret(setup.secret)}
              </Code>
              <CopyValueButton
                value={setup.secret}
                size="xs"
                variant="default"
                label={t('account.totp.copySecret')}
              />
            </Group>
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {setup.otpauthUrl}
            </Text>
          </Stack>
        </List.Item>
        <List.Item>
          <form onSubmit={enable} noValidate>
            <Stack gap="xs">
              <Text size="sm">{t('account.totp.step3')}</Text>
              <Group align="flex-start" gap="sm">
                <TextInput
                  label={t('fields.totpCode')}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  w={180}
                  {...form.getInputProps('code')}
                />
                <Button type="submit" loading={enabling} mt={25}>
                  {t('account.totp.enable')}
                </Button>
              </Group>
            </Stack>
          </form>
        </List.Item>
      </List>
      <Group>
        <Button variant="subtle" color="gray" size="xs" onClick={() => setSetup(null)}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function DisableTotp() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: isNotEmpty(t('validation.required')) },
  });

  const submit = form.onSubmit(async ({ password }) => {
    setSaving(true);
    try {
      await callApi('post', '/api/v1/auth/totp/disable', { body: { password } });
      notifySuccess(t('account.totp.disabledNotice'));
      await refresh();
    } catch (error) {
      const err = toApiError(error);
      if (err.code === 'invalid_credentials' && err.errors.length === 0) {
        form.setFieldError('password', errorMessage(t, err));
      } else {
        applyApiError(t, form, err);
      }
    } finally {
      setSaving(false);
    }
  });

  if (!open) {
    return (
      <Stack gap="md" align="flex-start">
        <Text size="sm">{t('account.totp.activeIntro')}</Text>
        <Button
          variant="default"
          color="red"
          onClick={() => setOpen(true)}
          leftSection={<IconShieldOff size={18} aria-hidden />}
        >
          {t('account.totp.disable')}
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Alert color="orange" variant="light">
          {t('account.totp.disableWarning')}
        </Alert>
        <input type="text" name="username" autoComplete="username" hidden readOnly />
        <PasswordField
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          required
          maw={360}
          {...form.getInputProps('password')}
        />
        <Group gap="sm">
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={saving}>
            {t('account.totp.confirmDisable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { IconAlertCircle, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PasswordField } from '../../components/PasswordField';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { applyApiError, errorMessage } from '../../lib/errors';
import { safeNextPath, withNext } from '../../lib/navigation';
import { AuthHeader } from './AuthHeader';
import { useSession } from './session';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const { signedIn } = useSession();
  const [needsTotp, setNeedsTotp] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const form = useForm({
    initialValues: { email: params.get('email') ?? '', password: '', totpCode: '' },
    validate: {
      email: isEmail(t('validation.email')),
      password: isNotEmpty(t('validation.required')),
      totpCode: (value) => (needsTotp && !/^\d{6}$/.test(value.trim()) ? t('validation.totpCode') : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    setFormError(null);
    try {
      const response = await callApi('post', '/api/v1/auth/login', {
        allowUnauthenticated: true,
        body: {
          email: values.email.trim(),
          password: values.password,
          ...(needsTotp ? { totpCode: values.totpCode.trim() } : {}),
        },
      });
      await signedIn(response);
      navigate(next, { replace: true });
    } catch (error) {
      const err = toApiError(error);
      if (err.code === 'totp_required') {
        setNeedsTotp(true);
      } else if (err.code === 'totp_invalid') {
        // The server says which: a wrong code, or a right one already used (wait for the next one).
        form.setFieldError('totpCode', err.errors[0]?.message ?? errorMessage(t, err));
      } else if (err.code === 'invalid_credentials' || err.code === 'rate_limited' || err.status === 0) {
        setFormError(errorMessage(t, err));
      } else {
        applyApiError(t, form, err);
      }
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <>
      <AuthHeader title={t('auth.login.title')} subtitle={t('auth.login.subtitle')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {formError && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
              {formError}
            </Alert>
          )}
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            required
            readOnly={needsTotp}
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={t('fields.password')}
            autoComplete="current-password"
            required
            readOnly={needsTotp}
            {...form.getInputProps('password')}
          />
          {!needsTotp && (
            <Group justify="flex-end" mt={-8}>
              <Anchor component={Link} to="/forgot-password" size="sm">
                {t('auth.login.forgot')}
              </Anchor>
            </Group>
          )}
          {needsTotp && (
            <Stack gap="xs">
              <Alert color="brand" variant="light" icon={<IconShieldLock size={18} aria-hidden />}>
                {t('auth.login.totpHint')}
              </Alert>
              <TextInput
                label={t('fields.totpCode')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                required
                autoFocus
                {...form.getInputProps('totpCode')}
              />
            </Stack>
          )}
          <Button type="submit" fullWidth loading={submitting} mt="xs">
            {needsTotp ? t('auth.login.verify') : t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
      <Text ta="center" size="sm" mt="xl" c="dimmed">
        {t('auth.login.noAccount')}{' '}
        <Anchor component={Link} to={params.get('next') ? withNext('/signup', next) : '/signup'} fw={500}>
          {t('auth.login.signupLink')}
        </Anchor>
      </Text>
    </>
  );
}

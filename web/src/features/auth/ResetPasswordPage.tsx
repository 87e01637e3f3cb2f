import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { hasLength, matchesField, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PasswordField } from '../../components/PasswordField';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { applyApiError, errorMessage, notifySuccess } from '../../lib/errors';
import { AuthHeader } from './AuthHeader';
import { MIN_PASSWORD_LENGTH } from './SignupPage';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [tokenError, setTokenError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const form = useForm({
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: {
      newPassword: hasLength(
        { min: MIN_PASSWORD_LENGTH },
        t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH }),
      ),
      confirmPassword: matchesField('newPassword', t('validation.passwordsDiffer')),
    },
  });

  const submit = form.onSubmit(async ({ newPassword }) => {
    if (!token) return;
    setSubmitting(true);
    try {
      await callApi('post', '/api/v1/auth/password-reset/confirm', {
        allowUnauthenticated: true,
        body: { token, newPassword },
      });
      notifySuccess(t('auth.reset.done'));
      navigate('/login', { replace: true });
    } catch (error) {
      const err = toApiError(error);
      if (err.code === 'token_invalid' || err.status === 404) setTokenError(errorMessage(t, err));
      else applyApiError(t, form, err);
    } finally {
      setSubmitting(false);
    }
  });

  const invalid = !token || tokenError;

  return (
    <>
      <AuthHeader title={t('auth.reset.title')} subtitle={t('auth.reset.subtitle')} />
      {invalid ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
          <Stack gap="xs">
            <Text size="sm">{tokenError ?? t('auth.reset.missingToken')}</Text>
            <Anchor component={Link} to="/forgot-password" size="sm" fw={500}>
              {t('auth.reset.requestNew')}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <PasswordField
              label={t('fields.newPassword')}
              description={t('auth.passwordHint', { min: MIN_PASSWORD_LENGTH })}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordField
              label={t('fields.confirmPassword')}
              autoComplete="new-password"
              required
              {...form.getInputProps('confirmPassword')}
            />
            <Button type="submit" fullWidth loading={submitting}>
              {t('auth.reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Text ta="center" size="sm" mt="xl">
        <Anchor component={Link} to="/login" fw={500}>
          {t('auth.backToLogin')}
        </Anchor>
      </Text>
    </>
  );
}

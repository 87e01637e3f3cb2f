import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { IconArrowLeft, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { callApi } from '../../lib/api/client';
import { applyApiError } from '../../lib/errors';
import { AuthHeader } from './AuthHeader';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: isEmail(t('validation.email')) },
  });

  const submit = form.onSubmit(async ({ email }) => {
    setSubmitting(true);
    try {
      await callApi('post', '/api/v1/auth/password-reset', {
        allowUnauthenticated: true,
        body: { email: email.trim() },
      });
      setSentTo(email.trim());
    } catch (error) {
      applyApiError(t, form, error);
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <>
      <AuthHeader title={t('auth.forgot.title')} subtitle={t('auth.forgot.subtitle')} />
      {sentTo ? (
        <Alert color="teal" variant="light" icon={<IconMailForward size={18} aria-hidden />} role="status">
          {t('auth.forgot.sent', { email: sentTo })}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" fullWidth loading={submitting}>
              {t('auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Text ta="center" size="sm" mt="xl">
        <Anchor component={Link} to="/login" fw={500}>
          <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: -2 }} /> {t('auth.backToLogin')}
        </Anchor>
      </Text>
    </>
  );
}

import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { hasLength, isEmail, isNotEmpty, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PasswordField } from '../../components/PasswordField';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { applyApiError, errorMessage } from '../../lib/errors';
import { currentLanguage } from '../../lib/i18n';
import { safeNextPath, withNext } from '../../lib/navigation';
import { AuthHeader } from './AuthHeader';
import { useSession } from './session';

export const MIN_PASSWORD_LENGTH = 10;

export function SignupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const { signedIn } = useSession();
  const [submitting, setSubmitting] = useState(false);

  const form = useForm({
    initialValues: { name: '', email: params.get('email') ?? '', password: '' },
    validate: {
      name: isNotEmpty(t('validation.required')),
      email: isEmail(t('validation.email')),
      password: hasLength(
        { min: MIN_PASSWORD_LENGTH },
        t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH }),
      ),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    try {
      const response = await callApi('post', '/api/v1/auth/signup', {
        allowUnauthenticated: true,
        body: {
          name: values.name.trim(),
          email: values.email.trim(),
          password: values.password,
          language: currentLanguage(),
        },
      });
      await signedIn(response);
      navigate(next, { replace: true });
    } catch (error) {
      const err = toApiError(error);
      if (err.code === 'email_taken' && err.errors.length === 0) {
        form.setFieldError('email', errorMessage(t, err));
      } else {
        applyApiError(t, form, err);
      }
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <>
      <AuthHeader title={t('auth.signup.title')} subtitle={t('auth.signup.subtitle')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label={t('fields.name')} autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={t('fields.password')}
            description={t('auth.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" fullWidth loading={submitting} mt="xs">
            {t('auth.signup.submit')}
          </Button>
        </Stack>
      </form>
      <Text ta="center" size="sm" mt="xl" c="dimmed">
        {t('auth.signup.haveAccount')}{' '}
        <Anchor component={Link} to={params.get('next') ? withNext('/login', next) : '/login'} fw={500}>
          {t('auth.signup.loginLink')}
        </Anchor>
      </Text>
    </>
  );
}

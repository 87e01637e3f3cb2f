import { Button, Grid, Group } from '@mantine/core';
import { hasLength, isNotEmpty, matchesField, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/PasswordField';
import { SectionCard } from '../../components/SectionCard';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { applyApiError, errorMessage, notifySuccess } from '../../lib/errors';
import { MIN_PASSWORD_LENGTH } from '../auth/SignupPage';

export function PasswordSection() {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: isNotEmpty(t('validation.required')),
      newPassword: hasLength(
        { min: MIN_PASSWORD_LENGTH },
        t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH }),
      ),
      confirmPassword: matchesField('newPassword', t('validation.passwordsDiffer')),
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setSaving(true);
    try {
      await callApi('post', '/api/v1/auth/password', {
        body: { currentPassword, newPassword },
      });
      form.reset();
      notifySuccess(t('account.password.changed'));
    } catch (error) {
      const err = toApiError(error);
      if (err.code === 'invalid_credentials' && err.errors.length === 0) {
        form.setFieldError('currentPassword', errorMessage(t, err));
      } else {
        applyApiError(t, form, err);
      }
    } finally {
      setSaving(false);
    }
  });

  return (
    <SectionCard
      id="password"
      title={t('account.password.title')}
      description={t('account.password.description')}
    >
      <form onSubmit={submit} noValidate>
        <input type="text" name="username" autoComplete="username" hidden readOnly />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <PasswordField
              label={t('fields.currentPassword')}
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }} visibleFrom="sm" />
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <PasswordField
              label={t('fields.newPassword')}
              description={t('auth.passwordHint', { min: MIN_PASSWORD_LENGTH })}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <PasswordField
              label={t('fields.confirmPassword')}
              autoComplete="new-password"
              required
              {...form.getInputProps('confirmPassword')}
            />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end" mt="lg">
          <Button type="submit" loading={saving}>
            {t('account.password.submit')}
          </Button>
        </Group>
      </form>
    </SectionCard>
  );
}

import { Button, Grid, Group, Select, TextInput } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/SectionCard';
import { callApi } from '../../lib/api/client';
import { applyApiError, notifySuccess } from '../../lib/errors';
import { applyLanguage, isLanguage, LANGUAGES, type Language } from '../../lib/i18n';
import { useMe, useSession } from '../auth/session';

export function ProfileSection() {
  const { t } = useTranslation();
  const { user } = useMe();
  const { refresh } = useSession();
  const [saving, setSaving] = useState(false);
  const form = useForm<{ name: string; language: Language }>({
    initialValues: { name: user.name, language: isLanguage(user.language) ? user.language : 'fr' },
    validate: { name: isNotEmpty(t('validation.required')) },
  });

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      await callApi('patch', '/api/v1/me', { body: { name: values.name.trim(), language: values.language } });
      await applyLanguage(values.language);
      await refresh();
      form.resetDirty();
      notifySuccess(t('account.profile.saved'));
    } catch (error) {
      applyApiError(t, form, error);
    } finally {
      setSaving(false);
    }
  });

  return (
    <SectionCard
      id="profile"
      title={t('account.profile.title')}
      description={t('account.profile.description')}
    >
      <form onSubmit={submit} noValidate>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('fields.name')}
              autoComplete="name"
              required
              {...form.getInputProps('name')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('fields.email')}
              value={user.email}
              readOnly
              description={t('account.profile.emailHint')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={t('account.profile.language')}
              description={t('account.profile.languageHint')}
              data={LANGUAGES.map((language) => ({
                value: language,
                label: t(`language.names.${language}`),
              }))}
              {...form.getInputProps('language')}
            />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end" mt="lg">
          <Button type="submit" loading={saving} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </SectionCard>
  );
}

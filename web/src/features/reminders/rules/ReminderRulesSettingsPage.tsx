import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState } from '../../../components/ErrorState';
import { FormSkeleton } from '../../../components/FormSkeleton';
import { SectionCard } from '../../../components/SectionCard';
import { callApi, useApiRoute } from '../../../lib/api/client';
import { notifyError, notifySuccess } from '../../../lib/errors';
import { useCompany } from '../../companies/company-context';
import { ReminderRulesEditor } from './ReminderRulesEditor';

type Preset = 'be-b2c' | 'b2b';
const PRESETS: readonly Preset[] = ['be-b2c', 'b2b'];

/** Settings › Reminders: the company's reminder rules, a Belgian preset in one click, and previews. */
export function ReminderRulesSettingsPage() {
  const { t } = useTranslation();
  const { companyId, can } = useCompany();
  const query = useApiRoute('/api/v1/companies/{companyId}/reminder-rules', { companyId });
  const [preset, setPreset] = useState<Preset | null>(null);
  const [applying, setApplying] = useState(false);
  const canEdit = can('reminders.manage');

  if (query.error) return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!query.data)
    return (
      <Paper withBorder radius="md" p="lg">
        <FormSkeleton fields={6} />
      </Paper>
    );

  const apply = async () => {
    if (!preset) return;
    setApplying(true);
    try {
      const saved = await callApi('post', '/api/v1/companies/{companyId}/reminder-rules/preset', {
        path: { companyId },
        body: { preset },
      });
      query.setData(() => saved);
      notifySuccess(t('reminderRules.presetApplied', { name: t(`reminderRules.presets.${preset}.name`) }));
      setPreset(null);
    } catch (error) {
      notifyError(t, error);
    } finally {
      setApplying(false);
    }
  };

  return (
    <Stack gap="lg">
      {canEdit && (
        <SectionCard
          id="reminder-presets"
          title={t('reminderRules.presetsTitle')}
          description={t('reminderRules.presetsHint')}
        >
          <Group gap="sm" wrap="wrap">
            {PRESETS.map((p) => (
              <Button
                key={p}
                variant="light"
                leftSection={<IconWand size={16} aria-hidden />}
                onClick={() => setPreset(p)}
              >
                {t(`reminderRules.presets.${p}.name`)}
              </Button>
            ))}
          </Group>
          {!query.data.saved && (
            <Text size="sm" c="dimmed" mt="sm">
              {t('reminderRules.notSaved')}
            </Text>
          )}
        </SectionCard>
      )}
      <ReminderRulesEditor
        // A preset replaces the rules: the form starts over from them.
        key={query.data.updatedAt ?? 'default'}
        companyId={companyId}
        rules={query.data}
        canEdit={canEdit}
        onSave={async (body) => {
          const saved = await callApi('put', '/api/v1/companies/{companyId}/reminder-rules', {
            path: { companyId },
            body,
          });
          query.setData(() => saved);
          return saved;
        }}
      />
      <ConfirmDialog
        opened={preset !== null}
        onClose={() => !applying && setPreset(null)}
        loading={applying}
        title={
          preset
            ? t('reminderRules.presetConfirmTitle', { name: t(`reminderRules.presets.${preset}.name`) })
            : ''
        }
        message={preset ? t(`reminderRules.presets.${preset}.description`) : ''}
        confirmLabel={t('reminderRules.presetConfirm')}
        onConfirm={() => void apply()}
      />
    </Stack>
  );
}

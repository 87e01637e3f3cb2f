import { Alert, Anchor, Button, Code, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDeviceFloppy,
  IconInbox,
  IconPlugConnected,
  IconServer,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { SectionCard } from '../../components/SectionCard';
import { callApi, useApiRoute } from '../../lib/api/client';
import { applyApiError, notifyError, notifySuccess } from '../../lib/errors';
import { companyPath } from '../companies/company-context';
import type { MailTestResult } from './types';

const SMTP_URL = /^smtps?:\/\/\S+$/;

/**
 * Settings › E-mail › delivery: where the company's mail goes now (its own SMTP server, the
 * installation's, or nowhere: the local outbox), its own server's URL and sender, and a connection test.
 */
export function DeliverySection({ companyId, canReadOutbox }: { companyId: string; canReadOutbox: boolean }) {
  const { t } = useTranslation();
  const query = useApiRoute('/api/v1/companies/{companyId}/mail-settings', { companyId });
  const [saving, setSaving] = useState(false);
  const [testing, setTesting] = useState(false);
  const [test, setTest] = useState<MailTestResult | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [removing, setRemoving] = useState(false);
  const form = useForm({
    initialValues: { smtpUrl: '', from: '' },
    validate: {
      smtpUrl: (v) => (SMTP_URL.test(v.trim()) ? null : t('mail.delivery.smtpUrlInvalid')),
      from: (v) => (/@/.test(v) ? null : t('mail.delivery.fromInvalid')),
    },
  });
  const settings = query.data;

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    setTest(null);
    try {
      const saved = await callApi('put', '/api/v1/companies/{companyId}/mail-settings', {
        path: { companyId },
        body: { smtpUrl: values.smtpUrl.trim(), from: values.from.trim() },
      });
      query.setData(() => saved);
      form.setValues({ smtpUrl: '', from: '' });
      form.resetDirty({ smtpUrl: '', from: '' });
      notifySuccess(t('mail.delivery.saved'));
    } catch (error) {
      applyApiError(t, form, error);
    } finally {
      setSaving(false);
    }
  });

  const runTest = async () => {
    setTesting(true);
    setTest(null);
    try {
      setTest(
        await callApi('post', '/api/v1/companies/{companyId}/mail-settings/test', { path: { companyId } }),
      );
    } catch (error) {
      notifyError(t, error);
    } finally {
      setTesting(false);
    }
  };

  const remove = async () => {
    setRemoving(true);
    try {
      await callApi('delete', '/api/v1/companies/{companyId}/mail-settings', { path: { companyId } });
      setConfirmRemove(false);
      setTest(null);
      query.reload();
      notifySuccess(t('mail.delivery.removed'));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setRemoving(false);
    }
  };

  const outboxLink = canReadOutbox ? (
    <Anchor component={Link} to={companyPath(companyId, 'settings/outbox')} size="sm">
      {t('mail.delivery.openOutbox')}
    </Anchor>
  ) : null;

  return (
    <SectionCard
      id="mail-delivery"
      title={t('mail.delivery.title')}
      description={t('mail.delivery.description')}
      actions={
        settings && settings.source !== 'local' ? (
          <Button
            variant="default"
            loading={testing}
            leftSection={<IconPlugConnected size={16} aria-hidden />}
            onClick={() => void runTest()}
          >
            {t('mail.delivery.test')}
          </Button>
        ) : undefined
      }
    >
      {query.error ? (
        <ErrorState error={query.error} onRetry={query.reload} />
      ) : !settings ? (
        <FormSkeleton fields={2} />
      ) : (
        <Stack gap="md">
          <Alert
            variant="light"
            color={settings.source === 'local' ? 'orange' : 'teal'}
            icon={
              settings.source === 'local' ? (
                <IconInbox size={18} aria-hidden />
              ) : (
                <IconServer size={18} aria-hidden />
              )
            }
            title={t(`mail.delivery.source.${settings.source}`)}
          >
            <Stack gap={4}>
              <Text size="sm">{t(`mail.delivery.sourceHint.${settings.source}`)}</Text>
              {settings.smtpUrl && (
                <Text size="sm">
                  <Code>{settings.smtpUrl}</Code> · {t('mail.delivery.fromLabel')}{' '}
                  <Code>{settings.from}</Code>
                </Text>
              )}
              {settings.source === 'local' && outboxLink}
            </Stack>
          </Alert>
          {test && (
            <Alert
              role="status"
              variant="light"
              color={test.ok ? 'teal' : 'red'}
              icon={
                test.ok ? (
                  <IconCircleCheck size={18} aria-hidden />
                ) : (
                  <IconAlertTriangle size={18} aria-hidden />
                )
              }
            >
              {test.ok
                ? t('mail.delivery.testOk')
                : t('mail.delivery.testFailed', { error: test.error ?? '' })}
            </Alert>
          )}
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Text size="sm" fw={600}>
                {settings.source === 'company' ? t('mail.delivery.replace') : t('mail.delivery.own')}
              </Text>
              <Grid gap="md">
                <Grid.Col span={{ base: 12, sm: 7 }}>
                  <TextInput
                    label={t('mail.delivery.smtpUrl')}
                    description={t('mail.delivery.smtpUrlHint')}
                    placeholder="smtp://user:password@smtp.example.com:587"
                    autoComplete="off"
                    spellCheck={false}
                    required
                    maxLength={500}
                    {...form.getInputProps('smtpUrl')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 5 }}>
                  <TextInput
                    label={t('mail.delivery.from')}
                    description={t('mail.delivery.fromHint')}
                    placeholder={t('mail.delivery.fromPlaceholder')}
                    autoComplete="off"
                    required
                    maxLength={200}
                    {...form.getInputProps('from')}
                  />
                </Grid.Col>
              </Grid>
              <Group justify="space-between" wrap="wrap" gap="sm">
                {settings.source === 'company' ? (
                  <Button
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={16} aria-hidden />}
                    onClick={() => setConfirmRemove(true)}
                  >
                    {t('mail.delivery.remove')}
                  </Button>
                ) : (
                  <span />
                )}
                <Button
                  type="submit"
                  loading={saving}
                  disabled={!form.isDirty()}
                  leftSection={<IconDeviceFloppy size={18} aria-hidden />}
                >
                  {t('mail.delivery.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stack>
      )}
      <ConfirmDialog
        opened={confirmRemove}
        title={t('mail.delivery.removeTitle')}
        message={t('mail.delivery.removeMessage')}
        confirmLabel={t('mail.delivery.remove')}
        danger
        loading={removing}
        onConfirm={() => void remove()}
        onClose={() => setConfirmRemove(false)}
      />
    </SectionCard>
  );
}

import { Alert, Badge, Button, Code, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDeviceFloppy,
  IconFolder,
  IconKey,
  IconPlugConnected,
  IconPlugConnectedX,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { PasswordField } from '../../components/PasswordField';
import { SectionCard } from '../../components/SectionCard';
import { toApiError } from '../../lib/api';
import { callApi, useApiRoute } from '../../lib/api/client';
import type { Schemas } from '../../lib/api/types';
import { applyApiError, errorMessage, notifySuccess } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useCompany } from '../companies/company-context';

type Settings = Schemas['PeppolSettings'];
type Provider = Settings['provider'];

const PROVIDERS: Provider[] = ['none', 'einvoice_be', 'local'];
const PEPPOL_ID = /^\d{4}:[A-Za-z0-9.\-_]{1,50}$/;
const HTTP_URL = /^https?:\/\/[^\s/]+(\/\S*)?$/;
const EINVOICE_BE_URL = 'https://api.e-invoice.be';

const valuesOf = (s: Settings) => ({
  provider: s.provider,
  // The public API is the placeholder: the field holds only another address (a sandbox, a test server).
  baseUrl: s.baseUrl === EINVOICE_BE_URL ? '' : (s.baseUrl ?? ''),
  apiKey: '',
  // A derived id is shown as the placeholder: the field holds only an id the company chose.
  peppolId: s.peppolIdDerived ? '' : (s.peppolId ?? ''),
});

/**
 * Settings › Peppol: which access point sends the company's invoices and credit notes (none, the
 * e-invoice.be API with its write-only key, or a local folder for development), the company's own
 * Peppol id, and its registration as a receiver.
 */
export function PeppolSettingsPage() {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const query = useApiRoute('/api/v1/companies/{companyId}/peppol-settings', { companyId });
  const settings = query.data;
  return (
    <Stack gap="lg">
      {query.error ? (
        <ErrorState error={query.error} onRetry={query.reload} />
      ) : !settings ? (
        <SectionCard title={t('peppol.settings.title')}>
          <FormSkeleton fields={3} />
        </SectionCard>
      ) : (
        <>
          <AccessPointSection
            companyId={companyId}
            settings={settings}
            onSaved={(s) => query.setData(() => s)}
          />
          <RegistrationSection
            companyId={companyId}
            settings={settings}
            onChanged={(s) => query.setData(() => s)}
          />
        </>
      )}
    </Stack>
  );
}

function AccessPointSection({
  companyId,
  settings,
  onSaved,
}: {
  companyId: string;
  settings: Settings;
  onSaved: (s: Settings) => void;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const form = useForm({
    initialValues: valuesOf(settings),
    validate: {
      baseUrl: (v, all) =>
        all.provider === 'einvoice_be' && v.trim() && !HTTP_URL.test(v.trim())
          ? t('peppol.settings.baseUrlInvalid')
          : null,
      apiKey: (v, all) =>
        all.provider !== 'einvoice_be'
          ? null
          : v.trim()
            ? v.trim().length < 8
              ? t('peppol.settings.apiKeyShort')
              : null
            : settings.apiKeySet && settings.provider === 'einvoice_be'
              ? null
              : t('peppol.settings.apiKeyRequired'),
      peppolId: (v) => (v.trim() && !PEPPOL_ID.test(v.trim()) ? t('peppol.settings.peppolIdInvalid') : null),
    },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form follows the stored settings
  useEffect(() => {
    form.setValues(valuesOf(settings));
    form.resetDirty(valuesOf(settings));
  }, [settings]);

  const provider = form.getValues().provider;
  const keyKept = settings.apiKeySet && settings.provider === 'einvoice_be';

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      const saved = await callApi('put', '/api/v1/companies/{companyId}/peppol-settings', {
        path: { companyId },
        body: {
          provider: values.provider,
          ...(values.provider === 'einvoice_be'
            ? {
                baseUrl: values.baseUrl.trim() || null,
                ...(values.apiKey.trim() ? { apiKey: values.apiKey.trim() } : {}),
              }
            : {}),
          peppolId: values.peppolId.trim() || null,
        },
      });
      onSaved(saved);
      notifySuccess(t('peppol.settings.saved'));
    } catch (error) {
      applyApiError(t, form, error);
    } finally {
      setSaving(false);
    }
  });

  return (
    <SectionCard
      id="peppol-access-point"
      title={t('peppol.settings.title')}
      description={t('peppol.settings.description')}
    >
      <Stack gap="md">
        <CurrentState settings={settings} />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Radio.Group label={t('peppol.settings.provider')} {...form.getInputProps('provider')}>
              <Stack gap="xs" mt={6}>
                {PROVIDERS.map((p) => (
                  <Radio
                    key={p}
                    value={p}
                    label={t(`peppol.providers.${p}`)}
                    description={t(`peppol.providerHints.${p}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            {provider === 'einvoice_be' && (
              <>
                <TextInput
                  label={t('peppol.settings.baseUrl')}
                  description={t('peppol.settings.baseUrlHint')}
                  placeholder={EINVOICE_BE_URL}
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={300}
                  {...form.getInputProps('baseUrl')}
                />
                <Stack gap={6}>
                  {keyKept && (
                    <Group gap="xs">
                      <Badge color="teal" variant="light" leftSection={<IconKey size={12} aria-hidden />}>
                        {t('peppol.settings.apiKeySet')}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {t('peppol.settings.apiKeySetHint')}
                      </Text>
                    </Group>
                  )}
                  <PasswordField
                    label={keyKept ? t('peppol.settings.apiKeyReplace') : t('peppol.settings.apiKey')}
                    description={t('peppol.settings.apiKeyHint')}
                    autoComplete="new-password"
                    required={!keyKept}
                    maxLength={500}
                    {...form.getInputProps('apiKey')}
                  />
                </Stack>
              </>
            )}
            <TextInput
              label={t('peppol.settings.peppolId')}
              description={
                settings.peppolIdDerived
                  ? t('peppol.settings.peppolIdDerived', { id: settings.peppolId })
                  : t('peppol.settings.peppolIdHint')
              }
              placeholder={settings.peppolIdDerived ? (settings.peppolId ?? undefined) : '0208:0123456789'}
              autoComplete="off"
              spellCheck={false}
              maxLength={60}
              {...form.getInputProps('peppolId')}
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={saving}
                disabled={!form.isDirty()}
                leftSection={<IconDeviceFloppy size={18} aria-hidden />}
              >
                {t('peppol.settings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </SectionCard>
  );
}

/** What the company uses now, in one line: off, a local folder, or an access point at an address. */
function CurrentState({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const color = settings.provider === 'none' ? 'gray' : settings.provider === 'local' ? 'orange' : 'teal';
  const Icon =
    settings.provider === 'none'
      ? IconPlugConnectedX
      : settings.provider === 'local'
        ? IconFolder
        : IconPlugConnected;
  return (
    <Alert
      variant="light"
      color={color}
      icon={<Icon size={18} aria-hidden />}
      title={t(`peppol.state.${settings.provider}`)}
    >
      <Text size="sm">
        {t(`peppol.stateHint.${settings.provider}`)}
        {settings.baseUrl && (
          <>
            {' '}
            <Code>{settings.baseUrl}</Code>
          </>
        )}
      </Text>
    </Alert>
  );
}

const REGISTRATION_COLOR = { unregistered: 'gray', registered: 'teal', failed: 'red' } as const;

function RegistrationSection({
  companyId,
  settings,
  onChanged,
}: {
  companyId: string;
  settings: Settings;
  onChanged: (s: Settings) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const r = settings.registration;
  const off = settings.provider === 'none';

  const register = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const next = await callApi('post', '/api/v1/companies/{companyId}/peppol-settings/register', {
        path: { companyId },
      });
      onChanged(next);
      if (next.registration.status === 'registered') notifySuccess(t('peppol.registration.done'));
    } catch (error) {
      const err = toApiError(error);
      setProblem(err.errors[0]?.message ?? errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SectionCard
      id="peppol-registration"
      title={t('peppol.registration.title')}
      description={t('peppol.registration.description')}
      actions={
        off ? undefined : (
          <Button
            variant="default"
            loading={busy}
            leftSection={<IconPlugConnected size={16} aria-hidden />}
            onClick={() => void register()}
          >
            {r.status === 'registered' ? t('peppol.registration.check') : t('peppol.registration.register')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        <Group gap="sm">
          <Text size="sm" fw={600}>
            {t('peppol.registration.status')}
          </Text>
          <Badge color={REGISTRATION_COLOR[r.status]} variant="light">
            {t(`peppol.registration.statuses.${r.status}`)}
          </Badge>
          {settings.peppolId && <Code>{settings.peppolId}</Code>}
        </Group>
        {r.status === 'registered' && r.registeredAt && (
          <Text size="sm" c="dimmed">
            {t('peppol.registration.since', { date: formatDateTime(r.registeredAt) })}
          </Text>
        )}
        {r.status === 'failed' && r.error && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {r.error}
          </Alert>
        )}
        {off && (
          <Text size="sm" c="dimmed">
            {t('peppol.registration.off')}
          </Text>
        )}
        {problem && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {problem}
          </Alert>
        )}
        {r.status === 'registered' && !problem && (
          <Group gap={6}>
            <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
            <Text size="sm">{t('peppol.registration.registeredHint')}</Text>
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}

import {
  Alert,
  Button,
  Code,
  Grid,
  Group,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconDeviceFloppy, IconLock, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { SectionCard } from '../../components/SectionCard';
import { api } from '../../lib/api';
import { applyApiError, notifyError, notifySuccess } from '../../lib/errors';
import { useApiQuery } from '../../lib/use-api';
import { companyApiPath, useCompany } from '../companies/company-context';
import { PERMISSIONS } from '../companies/permissions';
import { DOCUMENT_KIND_LIST, KINDS } from './kinds';
import { previewNumber } from './number-preview';
import { documentSettingsApiPath } from './paths';
import type { DocumentKind, DocumentSettings, PaymentReferenceKind, VatRegime } from './types';

interface SettingsFormValues {
  numberFormats: Record<DocumentKind, string>;
  paymentTermsDays: number | string;
  quoteValidityDays: number | string;
  vatRegime: VatRegime;
  paymentReferenceKind: PaymentReferenceKind;
}

const toForm = (s: DocumentSettings): SettingsFormValues => ({
  numberFormats: { ...s.numberFormats },
  paymentTermsDays: s.paymentTermsDays,
  quoteValidityDays: s.quoteValidityDays,
  vatRegime: s.vatRegime,
  paymentReferenceKind: s.paymentReferenceKind,
});

/** Settings › Documents: numbering, payment terms, quote validity, VAT regime, payment reference. */
export function DocumentSettingsPage() {
  const { companyId, can } = useCompany();
  const query = useApiQuery<DocumentSettings>(documentSettingsApiPath(companyId));
  if (query.error) return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!query.data) {
    return (
      <Paper withBorder radius="md" p="lg">
        <FormSkeleton fields={8} />
      </Paper>
    );
  }
  return (
    <Stack gap="lg">
      <SettingsEditor
        settings={query.data}
        companyId={companyId}
        canEdit={can(PERMISSIONS.settingsManage)}
        onSaved={(s) => query.setData(() => s)}
      />
      {can('invoices.read') && <ChainCheck companyId={companyId} />}
    </Stack>
  );
}

interface SettingsEditorProps {
  settings: DocumentSettings;
  companyId: string;
  canEdit: boolean;
  onSaved: (settings: DocumentSettings) => void;
}

function SettingsEditor({ settings, companyId, canEdit, onSaved }: SettingsEditorProps) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const form = useForm<SettingsFormValues>({
    initialValues: toForm(settings),
    validate: {
      paymentTermsDays: (v) =>
        typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 365
          ? null
          : t('documents.validation.terms'),
      quoteValidityDays: (v) =>
        typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 365
          ? null
          : t('documents.settings.validityInvalid'),
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    try {
      const saved = await api<DocumentSettings>(documentSettingsApiPath(companyId), {
        method: 'PATCH',
        body: {
          numberFormats: v.numberFormats,
          paymentTermsDays: Number(v.paymentTermsDays),
          quoteValidityDays: Number(v.quoteValidityDays),
          vatRegime: v.vatRegime,
          paymentReferenceKind: v.paymentReferenceKind,
        },
      });
      form.setInitialValues(toForm(saved));
      form.setValues(toForm(saved));
      onSaved(saved);
      notifySuccess(t('documents.settings.saved'));
    } catch (error) {
      applyApiError(t, form, error);
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {!canEdit && (
          <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
            {t('documents.settings.readOnly')}
          </Alert>
        )}
        <SectionCard
          id="numbering"
          title={t('documents.settings.numbering')}
          description={
            <>
              {t('documents.settings.numberingHint')} <Code>{'{YYYY}'}</Code> <Code>{'{YY}'}</Code>{' '}
              <Code>{'{MM}'}</Code> <Code>{'{SEQ:5}'}</Code>
            </>
          }
        >
          <Grid gap="md">
            {DOCUMENT_KIND_LIST.map((kind) => {
              const format = values.numberFormats[kind];
              const preview = previewNumber({
                format,
                savedFormat: settings.numberFormats[kind],
                savedNext: settings.nextNumbers[kind],
              });
              return (
                <Grid.Col key={kind} span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t(`documents.kinds.${KINDS[kind].key}.plural`)}
                    maxLength={60}
                    readOnly={!canEdit}
                    styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                    {...form.getInputProps(`numberFormats.${kind}`)}
                    description={
                      preview.ok
                        ? t('documents.settings.nextNumber', { number: preview.number })
                        : t('documents.settings.formatInvalid')
                    }
                    error={form.errors[`numberFormats.${kind}`] ?? (preview.ok ? undefined : true)}
                  />
                </Grid.Col>
              );
            })}
          </Grid>
          <Text size="xs" c="dimmed" mt="md">
            {t('documents.settings.numberingLegal')}
          </Text>
        </SectionCard>

        <SectionCard id="terms" title={t('documents.settings.terms')}>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput
                label={t('documents.settings.paymentTermsDays')}
                description={t('documents.settings.paymentTermsHint')}
                min={0}
                max={365}
                allowDecimal={false}
                allowNegative={false}
                readOnly={!canEdit}
                rightSection={
                  <Text size="xs" c="dimmed" aria-hidden>
                    {t('documents.editor.daysUnit')}
                  </Text>
                }
                rightSectionWidth={48}
                {...form.getInputProps('paymentTermsDays')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput
                label={t('documents.settings.quoteValidityDays')}
                description={t('documents.settings.quoteValidityHint')}
                min={1}
                max={365}
                allowDecimal={false}
                allowNegative={false}
                readOnly={!canEdit}
                rightSection={
                  <Text size="xs" c="dimmed" aria-hidden>
                    {t('documents.editor.daysUnit')}
                  </Text>
                }
                rightSectionWidth={48}
                {...form.getInputProps('quoteValidityDays')}
              />
            </Grid.Col>
          </Grid>
        </SectionCard>

        <SectionCard id="vat-regime" title={t('documents.settings.vatRegime')}>
          <Radio.Group label={t('documents.settings.vatRegimeLabel')} {...form.getInputProps('vatRegime')}>
            <Stack gap="sm" mt="xs">
              <Radio
                value="standard"
                disabled={!canEdit}
                label={t('documents.settings.regimeStandard')}
                description={t('documents.settings.regimeStandardHint')}
              />
              <Radio
                value="franchise"
                disabled={!canEdit}
                label={t('documents.settings.regimeFranchise')}
                description={t('documents.settings.regimeFranchiseHint')}
              />
            </Stack>
          </Radio.Group>
        </SectionCard>

        <SectionCard id="payment-reference" title={t('documents.settings.paymentReference')}>
          <Radio.Group
            label={t('documents.settings.paymentReferenceLabel')}
            {...form.getInputProps('paymentReferenceKind')}
          >
            <Stack gap="sm" mt="xs">
              <Radio
                value="be-ogm"
                disabled={!canEdit}
                label={t('documents.settings.referenceOgm')}
                description="+++123/4567/89002+++"
              />
              <Radio
                value="rf"
                disabled={!canEdit}
                label={t('documents.settings.referenceRf')}
                description="RF18 5390 0754 7034"
              />
            </Stack>
          </Radio.Group>
        </SectionCard>

        {canEdit && (
          <Paper withBorder radius="md" p="md" className={form.isDirty() ? 'sticky-actions' : undefined}>
            <Group justify="space-between" wrap="wrap">
              <Text size="sm" c="dimmed">
                {form.isDirty() ? t('common.unsavedChanges') : t('common.allSaved')}
              </Text>
              <Group gap="sm">
                <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
                  {t('common.discard')}
                </Button>
                <Button
                  type="submit"
                  loading={saving}
                  disabled={!form.isDirty()}
                  leftSection={<IconDeviceFloppy size={18} aria-hidden />}
                >
                  {t('common.save')}
                </Button>
              </Group>
            </Group>
          </Paper>
        )}
      </Stack>
    </form>
  );
}

interface ChainResult {
  valid: boolean;
  documents: number;
  brokenAt: { id: string | null; kind: DocumentKind | null; number: string | null; reason: string } | null;
}

/** Re-computes the hash chain of every issued document and says whether it holds. */
function ChainCheck({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<ChainResult | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async () => {
    setBusy(true);
    try {
      setResult(await api<ChainResult>(companyApiPath(companyId, '/documents/chain')));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <SectionCard
      id="integrity"
      title={t('documents.settings.integrity')}
      description={t('documents.settings.integrityHint')}
      actions={
        <Button
          variant="default"
          loading={busy}
          leftSection={<IconShieldCheck size={16} aria-hidden />}
          onClick={() => void check()}
        >
          {t('documents.settings.verify')}
        </Button>
      }
    >
      {result === null ? (
        <Text size="sm" c="dimmed">
          {t('documents.settings.notVerified')}
        </Text>
      ) : result.valid ? (
        <Alert color="teal" variant="light" icon={<IconShieldCheck size={18} aria-hidden />} role="status">
          {t('documents.settings.chainValid', { count: result.documents })}
        </Alert>
      ) : (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} role="alert">
          {t('documents.settings.chainBroken', {
            number: result.brokenAt?.number ?? '?',
            reason: result.brokenAt?.reason ?? '',
          })}
        </Alert>
      )}
    </SectionCard>
  );
}

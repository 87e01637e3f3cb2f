import {
  Alert,
  Anchor,
  Box,
  Button,
  Code,
  ColorInput,
  Grid,
  Group,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  IconAlertTriangle,
  IconDeviceFloppy,
  IconExternalLink,
  IconLock,
  IconShieldCheck,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { SectionCard } from '../../components/SectionCard';
import { callApi, routeUrl, useApiRoute } from '../../lib/api/client';
import type { Schemas } from '../../lib/api/types';
import { applyApiError, notifyError, notifySuccess } from '../../lib/errors';
import { useCompany } from '../companies/company-context';
import { PERMISSIONS } from '../companies/permissions';
import { DOCUMENT_KIND_LIST, KINDS } from './kinds';
import { previewNumber } from './number-preview';
import type {
  DocumentSettings as BaseDocumentSettings,
  DocumentKind,
  PaymentReferenceKind,
  VatRegime,
} from './types';

type PdfTemplate = 'classic' | 'modern';
type MailAttachment = 'pdf' | 'facturx';
type DocumentSettings = BaseDocumentSettings & {
  pdfTemplate: PdfTemplate;
  accentColor: string | null;
  mailAttachment: MailAttachment;
};

/** The PDF renderer's accent when the company has none. */
const DEFAULT_ACCENT = '#1F4E79';
const ACCENT_SWATCHES = [
  '#1F4E79',
  '#0F766E',
  '#15803D',
  '#B45309',
  '#B91C1C',
  '#7E22CE',
  '#334155',
  '#111827',
];

interface SettingsFormValues {
  pdfTemplate: PdfTemplate;
  /** '' = the default accent. */
  accentColor: string;
  numberFormats: Record<DocumentKind, string>;
  paymentTermsDays: number | string;
  quoteValidityDays: number | string;
  vatRegime: VatRegime;
  paymentReferenceKind: PaymentReferenceKind;
  mailAttachment: MailAttachment;
}

const toForm = (s: DocumentSettings): SettingsFormValues => ({
  numberFormats: { ...s.numberFormats },
  paymentTermsDays: s.paymentTermsDays,
  quoteValidityDays: s.quoteValidityDays,
  vatRegime: s.vatRegime,
  paymentReferenceKind: s.paymentReferenceKind,
  pdfTemplate: s.pdfTemplate,
  accentColor: s.accentColor ?? '',
  mailAttachment: s.mailAttachment,
});

/** Settings › Documents: numbering, payment terms, quote validity, VAT regime, payment reference. */
export function DocumentSettingsPage() {
  const { companyId, can } = useCompany();
  const query = useApiRoute('/api/v1/companies/{companyId}/document-settings', { companyId });
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
      accentColor: (v) => (v === '' || /^#[0-9a-fA-F]{6}$/.test(v) ? null : t('settings.pdf.colorInvalid')),
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    try {
      const saved = await callApi('patch', '/api/v1/companies/{companyId}/document-settings', {
        path: { companyId },
        body: {
          numberFormats: v.numberFormats,
          paymentTermsDays: Number(v.paymentTermsDays),
          quoteValidityDays: Number(v.quoteValidityDays),
          vatRegime: v.vatRegime,
          paymentReferenceKind: v.paymentReferenceKind,
          pdfTemplate: v.pdfTemplate,
          accentColor: v.accentColor === '' ? null : v.accentColor,
          mailAttachment: v.mailAttachment,
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

        <SectionCard
          id="mail-attachment"
          title={t('documents.settings.mailAttachment')}
          description={t('documents.settings.mailAttachmentHint')}
        >
          <Radio.Group
            label={t('documents.settings.mailAttachmentLabel')}
            {...form.getInputProps('mailAttachment')}
          >
            <Stack gap="sm" mt="xs">
              <Radio
                value="pdf"
                disabled={!canEdit}
                label={t('documents.settings.attachPdf')}
                description={t('documents.settings.attachPdfHint')}
              />
              <Radio
                value="facturx"
                disabled={!canEdit}
                label={t('documents.settings.attachFacturx')}
                description={t('documents.settings.attachFacturxHint')}
              />
            </Stack>
          </Radio.Group>
        </SectionCard>

        <SectionCard
          id="pdf-look"
          title={t('settings.pdf.title')}
          description={t('settings.pdf.description')}
          actions={
            <PdfPreviewLink
              companyId={companyId}
              dirty={form.isDirty('pdfTemplate') || form.isDirty('accentColor')}
            />
          }
        >
          <Stack gap="lg">
            <Radio.Group label={t('settings.pdf.template')} {...form.getInputProps('pdfTemplate')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="xs">
                {(['classic', 'modern'] as const).map((template) => (
                  <Radio.Card
                    key={template}
                    value={template}
                    disabled={!canEdit}
                    radius="md"
                    p="md"
                    style={{
                      borderColor:
                        values.pdfTemplate === template ? 'var(--mantine-primary-color-filled)' : undefined,
                    }}
                  >
                    <Group wrap="nowrap" align="flex-start" gap="md">
                      <Radio.Indicator />
                      <Box style={{ flex: 1 }}>
                        <Text fw={600} size="sm">
                          {t(`settings.pdf.${template}`)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t(`settings.pdf.${template}Hint`)}
                        </Text>
                      </Box>
                      <PageSketch template={template} accent={values.accentColor || DEFAULT_ACCENT} />
                    </Group>
                  </Radio.Card>
                ))}
              </SimpleGrid>
            </Radio.Group>
            <ColorInput
              label={t('settings.pdf.accent')}
              description={t('settings.pdf.accentHint')}
              placeholder={t('settings.pdf.accentDefault', { color: DEFAULT_ACCENT })}
              format="hex"
              swatches={ACCENT_SWATCHES}
              swatchesPerRow={8}
              maw={360}
              readOnly={!canEdit}
              disallowInput={!canEdit}
              withPicker={canEdit}
              closeOnColorSwatchClick
              eyeDropperButtonProps={{ 'aria-label': t('settings.pdf.eyeDropper') }}
              {...form.getInputProps('accentColor')}
            />
            {canEdit && values.accentColor !== '' && (
              <Anchor
                component="button"
                type="button"
                size="sm"
                w="fit-content"
                mt={-8}
                onClick={() => form.setFieldValue('accentColor', '')}
              >
                {t('settings.pdf.useDefault')}
              </Anchor>
            )}
          </Stack>
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

/** A thumbnail of the first page of each PDF template, in the chosen accent colour. */
function PageSketch({ template, accent }: { template: PdfTemplate; accent: string }) {
  const line = (w: string, color = 'var(--mantine-color-gray-3)', h = 3) => (
    <Box h={h} w={w} bg={color} style={{ borderRadius: 1 }} />
  );
  return (
    <Box
      aria-hidden
      w={64}
      h={86}
      bg="white"
      style={{
        flex: 'none',
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 3,
        overflow: 'hidden',
        boxShadow: 'var(--mantine-shadow-xs)',
      }}
    >
      {template === 'modern' ? (
        <Box h={18} bg={accent} mb={6} />
      ) : (
        <Stack gap={3} p={6} pb={0}>
          {line('45%', accent, 4)}
          {line('30%')}
        </Stack>
      )}
      <Stack gap={3} px={6} pt={template === 'classic' ? 6 : 0}>
        {line('100%', template === 'modern' ? accent : 'var(--mantine-color-gray-4)', 4)}
        {line('90%')}
        {line('80%')}
        {line('90%')}
        {line('50%')}
        <Box ml="auto" mt={2}>
          {line('24px', accent, 4)}
        </Box>
      </Stack>
    </Box>
  );
}

/**
 * Opens the PDF of the latest draft invoice (or quote) in a new tab: drafts are rendered with the
 * saved look on every request, whereas an issued document keeps the PDF made when it was issued.
 */
function PdfPreviewLink({ companyId, dirty }: { companyId: string; dirty: boolean }) {
  const { t } = useTranslation();
  const invoices = useApiRoute(
    '/api/v1/companies/{companyId}/invoices',
    { companyId },
    { status: 'draft', limit: 1 },
  );
  const noInvoice = invoices.data !== undefined && invoices.data.items.length === 0;
  const quotes = useApiRoute('/api/v1/companies/{companyId}/quotes', noInvoice ? { companyId } : null, {
    status: 'draft',
    limit: 1,
  });
  const invoice = invoices.data?.items[0];
  const quote = quotes.data?.items[0];
  const href = invoice
    ? routeUrl('/api/v1/companies/{companyId}/invoices/{documentId}/pdf', {
        companyId,
        documentId: invoice.id,
      })
    : quote
      ? routeUrl('/api/v1/companies/{companyId}/quotes/{documentId}/pdf', { companyId, documentId: quote.id })
      : null;
  if (!href) return null;
  return (
    <Stack gap={2} align="flex-end">
      <Button
        component="a"
        href={href}
        target="_blank"
        rel="noopener"
        variant="default"
        leftSection={<IconExternalLink size={16} aria-hidden />}
      >
        {t('settings.pdf.preview')}
      </Button>
      <Text size="xs" c="dimmed">
        {dirty ? t('settings.pdf.previewSaveFirst') : t('settings.pdf.previewHint')}
      </Text>
    </Stack>
  );
}

type ChainResult = Schemas['ChainVerification'];

/** Re-computes the hash chain of every issued document and says whether it holds. */
function ChainCheck({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<ChainResult | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async () => {
    setBusy(true);
    try {
      setResult(
        await callApi('get', '/api/v1/companies/{companyId}/documents/chain', { path: { companyId } }),
      );
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

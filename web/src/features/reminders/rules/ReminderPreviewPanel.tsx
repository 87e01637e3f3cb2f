import { Alert, Anchor, Box, Group, Loader, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileTypePdf } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, isAbortError, toApiError } from '../../../lib/api';
import { callApi, useApiRoute } from '../../../lib/api/client';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatMoney } from '../../../lib/format';
import { useIsPhone } from '../../../lib/media';
import { type ReminderPreview, RULE_LANGUAGES, type RulesBody } from './rules-form';

/** A balance of zero or less (a decimal string: compared as text, never as a float). */
const NOTHING_DUE = /^(-|0+(\.0+)?$)/;

/** Waits for typing to pause before asking the server again. */
const DEBOUNCE_MS = 500;

interface Props {
  companyId: string;
  contactId?: string;
  /** The rules as the form holds them now (unsaved). */
  body: RulesBody;
  /** 1-based. */
  level: number;
}

/** A PDF given as base64, as an object URL for the frame and the link (revoked when replaced). */
function usePdfUrl(base64: string | undefined): string | null {
  const url = useMemo(() => {
    if (!base64) return null;
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  }, [base64]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}

/**
 * What one level sends for a real invoice, from the rules being edited: the message (recipient,
 * subject, text), the amounts and the letter. Nothing is stored by the server.
 */
export function ReminderPreviewPanel({ companyId, contactId, body, level }: Props) {
  const { t } = useTranslation();
  const [invoiceId, setInvoiceId] = useState<string | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const [preview, setPreview] = useState<ReminderPreview | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [loading, setLoading] = useState(true);
  const invoices = useApiRoute(
    '/api/v1/companies/{companyId}/invoices',
    { companyId },
    { status: 'issued,sent,partially_paid', limit: 100, ...(contactId ? { contactId } : {}) },
  );
  const request = JSON.stringify({
    ...body,
    level,
    ...(invoiceId ? { invoiceId } : {}),
    ...(contactId ? { contactId } : {}),
    ...(language ? { language } : {}),
  });

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    const timer = setTimeout(() => {
      callApi('post', '/api/v1/companies/{companyId}/reminder-rules/preview', {
        path: { companyId },
        body: JSON.parse(request),
        signal: controller.signal,
      }).then(
        (p) => {
          setPreview(p);
          setError(undefined);
          setLoading(false);
        },
        (e: unknown) => {
          if (isAbortError(e) || controller.signal.aborted) return;
          setError(toApiError(e));
          setLoading(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [companyId, request]);

  const isPhone = useIsPhone();
  const pdfUrl = usePdfUrl(error ? undefined : preview?.pdf.base64);
  const options = [...(invoices.data?.items ?? [])]
    .filter((i) => i.dueDate && i.balance !== null && !NOTHING_DUE.test(i.balance))
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''))
    .map((i) => ({
      value: i.id,
      label: `${i.number ?? '—'} · ${i.contactName ?? ''} · ${t('reminderRules.dueOn', { date: formatDate(i.dueDate ?? '') })}`,
    }));
  const money = (v: string) => (preview ? formatMoney(v, preview.currency) : '');

  return (
    <Paper withBorder radius="md" p="md" mt="sm" bg="var(--mantine-color-gray-0)">
      <Stack gap="sm" aria-busy={loading}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('reminderRules.previewInvoice')}
            placeholder={t('reminderRules.mostOverdue')}
            data={options}
            value={invoiceId}
            onChange={setInvoiceId}
            clearable
            searchable
            nothingFoundMessage={t('reminderRules.noInvoices')}
          />
          <Select
            label={t('reminderRules.previewLanguage')}
            placeholder={t('reminderRules.customerLanguage')}
            data={RULE_LANGUAGES.map((l) => ({ value: l, label: t(`language.names.${l}`) }))}
            value={language}
            onChange={setLanguage}
            clearable
          />
        </SimpleGrid>
        {loading && !preview && !error && (
          <Group gap="xs">
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              {t('reminderRules.previewLoading')}
            </Text>
          </Group>
        )}
        {error && (
          <Alert
            color={error.status === 422 ? 'gray' : 'orange'}
            variant="light"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={
              error.status === 422 ? t('reminderRules.noPreviewTitle') : t('reminderRules.previewFailed')
            }
          >
            {error.errors.length > 0
              ? error.errors.map((e) => (
                  <Text key={e.path} size="sm">
                    {e.message}
                  </Text>
                ))
              : errorMessage(t, error)}
          </Alert>
        )}
        {preview && !error && (
          <Stack gap="sm">
            <Text size="sm">
              {loading && <Loader size={12} mr={6} aria-hidden />}
              {t('reminderRules.previewFor', {
                number: preview.invoice.number ?? '—',
                customer: preview.invoice.contactName ?? '',
                date: formatDate(preview.date),
                days: preview.daysLate,
              })}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
              {(['amountDue', 'fee', 'interest', 'damages', 'total'] as const).map((k) => (
                <Box key={k}>
                  <Text size="xs" c="dimmed">
                    {t(`reminderRules.amounts.${k}`)}
                  </Text>
                  <Text size="sm" fw={k === 'total' ? 700 : 500} data-amount={k}>
                    {money(preview[k])}
                  </Text>
                </Box>
              ))}
            </SimpleGrid>
            <Paper withBorder radius="sm" p="sm" component="section" aria-label={t('reminderRules.mail')}>
              <Text size="xs" c="dimmed">
                {preview.delivery === 'print'
                  ? t('reminderRules.toPrint')
                  : t('reminderRules.to', { to: preview.mail.to.join(', ') })}
              </Text>
              <Text fw={600} size="sm" mt={4} data-preview-subject>
                {preview.mail.subject}
              </Text>
              <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {preview.mail.body}
              </Text>
              <Text size="xs" c="dimmed" mt="xs">
                {t('reminderRules.attachments', { names: preview.mail.attachments.join(', ') })}
              </Text>
            </Paper>
            {pdfUrl && (
              <Stack gap={6}>
                <Anchor
                  href={pdfUrl}
                  download={preview.pdf.filename}
                  size="sm"
                  fw={600}
                  style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
                >
                  <IconFileTypePdf size={16} aria-hidden />
                  {t('reminderRules.openLetter', { title: preview.title })}
                </Anchor>
                {/* Phones' browsers seldom show a PDF in a frame: the link opens it in their viewer. */}
                {!isPhone && (
                  <iframe
                    src={pdfUrl}
                    title={t('reminderRules.letter', { title: preview.title })}
                    style={{
                      width: '100%',
                      height: 480,
                      border: '1px solid var(--mantine-color-gray-3)',
                      borderRadius: 4,
                    }}
                  />
                )}
              </Stack>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

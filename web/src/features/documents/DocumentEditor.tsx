import {
  Alert,
  Button,
  Grid,
  Group,
  Kbd,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconDeviceFloppy, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { lengthCounter } from '../../components/LengthCounter';
import { type SearchOption, SearchSelect } from '../../components/SearchSelect';
import { SectionCard } from '../../components/SectionCard';
import { ApiError, toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { applyApiError } from '../../lib/errors';
import { vatLabel } from '../catalog/catalog-format';
import { currencyOptions } from '../companies/options';
import { DecimalInput } from './DecimalInput';
import { numberFieldError } from './decimal-text';
import {
  type DocumentFormValues,
  defaultVatKey,
  errorPathToField,
  formToPayload,
  LIMITS,
  liveTotals,
  validateDocument,
  vatKey,
} from './document-form';
import { KINDS } from './kinds';
import { LinesEditor, type VatOption } from './LinesEditor';
import { documentRoute } from './paths';
import { useContactSearch } from './pickers';
import { TotalsBlock } from './TotalsBlock';
import { DOCUMENT_LANGUAGES, type DocumentKind, type SalesDocument, type VatLine } from './types';
import type { DocumentRefs } from './use-document-refs';

interface DocumentEditorProps {
  kind: DocumentKind;
  companyId: string;
  refs: DocumentRefs;
  initialValues: DocumentFormValues;
  /** Editing this draft; creating when absent. */
  document?: SalesDocument;
  initialContact: SearchOption | null;
  onSaved: (doc: SalesDocument) => void;
  onCancel: () => void;
}

function focusFirstError() {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('[data-document-form] [aria-invalid="true"]');
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field?.focus({ preventScroll: true });
  });
}

export function DocumentEditor(props: DocumentEditorProps) {
  const { kind, companyId, refs, document: doc } = props;
  const { t } = useTranslation();
  const k = KINDS[kind].key;
  const franchise = (doc?.vatRegime ?? refs.settings.vatRegime) === 'franchise';
  const [saving, setSaving] = useState(false);
  const saved = useRef(false);
  const [contact, setContact] = useState<SearchOption | null>(props.initialContact);
  const [contactTerms, setContactTerms] = useState<number | null>(null);
  const contacts = useContactSearch(companyId);

  const form = useForm<DocumentFormValues>({ initialValues: props.initialValues });
  const values = form.getValues();
  const live = useMemo(() => liveTotals(values, franchise), [values, franchise]);

  const vatOptions: VatOption[] = useMemo(
    () =>
      refs.vatRates.items.map((r) => ({
        value: vatKey(r.category, r.rate),
        label: vatLabel(r, refs.vatRates.country),
      })),
    [refs.vatRates.items, refs.vatRates.country],
  );
  const defaultVat = defaultVatKey(refs.vatRates.items, franchise);
  const currencies = useMemo(() => currencyOptions(), []);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    return !saved.current && form.isDirty() && currentLocation.pathname !== nextLocation.pathname;
  });

  const submit = async () => {
    const current = form.getValues();
    const errors = validateDocument(
      current,
      {
        required: t('documents.validation.required'),
        description: t('documents.validation.description'),
        percent: t('documents.validation.percent'),
        terms: t('documents.validation.terms'),
      },
      (parsed, kind, maxDecimals) => numberFieldError(t, parsed, kind, maxDecimals),
    );
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstError();
      return;
    }
    const { body, lineIndex } = formToPayload(current, franchise);
    // A PATCH with lines replaces them all: untouched lines stay as they are, with their link to the
    // lines of the document they came from (what a credit note already credited is counted by it).
    if (doc && !form.isDirty('lines')) delete body.lines;
    setSaving(true);
    try {
      const result = doc
        ? await callApi('patch', documentRoute(kind, '/{documentId}'), {
            path: { companyId, documentId: doc.id },
            body,
          })
        : await callApi('post', documentRoute(kind, ''), { path: { companyId }, body });
      saved.current = true;
      form.resetDirty();
      props.onSaved(result);
    } catch (error) {
      const err = toApiError(error);
      const mapped = new ApiError(err.status, {
        ...err.problem,
        errors: err.errors.map((e) => ({
          ...e,
          path: errorPathToField(e.path, lineIndex).replace(/\./g, '/'),
        })),
      });
      applyApiError(t, form, mapped);
      focusFirstError();
    } finally {
      setSaving(false);
    }
  };

  useHotkeys([['mod+S', () => void submit()]], []);

  const chooseContact = (option: SearchOption | null) => {
    setContact(option);
    form.setFieldValue('contactId', option?.value ?? null);
    form.clearFieldError('contactId');
    const found = option ? contacts.get(option.value) : undefined;
    setContactTerms(found?.paymentTermsDays ?? null);
    // The customer's language and currency, as the server would default them.
    if (found && !doc) {
      form.setFieldValue('language', found.language);
      form.setFieldValue('currency', found.currency ?? refs.company.currency);
    }
  };

  const termsDefault = contactTerms ?? refs.settings.paymentTermsDays;
  const err = (path: string) => {
    const e = form.errors[path];
    return typeof e === 'string' ? e : undefined;
  };

  return (
    <form
      data-document-form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="lg">
        <SectionCard id="document-customer" title={t('documents.editor.customerSection')}>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <SearchSelect
                label={t('documents.fields.customer')}
                placeholder={t('documents.editor.customerPlaceholder')}
                value={contact}
                onChange={chooseContact}
                search={contacts.search}
                nothingFound={t('documents.editor.noContactFound')}
                error={err('contactId')}
                description={t('documents.editor.customerHint')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <TextInput
                label={t('documents.fields.subject')}
                placeholder={t(`documents.kinds.${k}.subjectPlaceholder`)}
                maxLength={200}
                inputContainer={lengthCounter(values.subject, 200)}
                {...form.getInputProps('subject')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
              <TextInput
                label={t('documents.fields.buyerReference')}
                description={t('documents.editor.buyerReferenceHint')}
                maxLength={100}
                inputContainer={lengthCounter(values.buyerReference, 100)}
                {...form.getInputProps('buyerReference')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 4 }}>
              <Select
                label={t('documents.fields.language')}
                description={t('documents.editor.languageHint')}
                data={DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: t(`documents.languages.${l}`) }))}
                {...form.getInputProps('language')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 4 }}>
              <Select
                label={t('documents.fields.currency')}
                data={currencies}
                searchable
                {...form.getInputProps('currency')}
              />
            </Grid.Col>

            {kind === 'quote' && (
              <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
                <DateField
                  label={t('documents.fields.validUntil')}
                  description={t('documents.editor.validUntilHint', {
                    count: refs.settings.quoteValidityDays,
                  })}
                  clearable
                  clearLabel={t('documents.editor.clearDate')}
                  value={values.validUntil}
                  onChange={(v) => form.setFieldValue('validUntil', v)}
                  error={err('validUntil')}
                />
              </Grid.Col>
            )}
            {kind === 'invoice' && (
              <>
                <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
                  <TextInput
                    label={t('documents.fields.paymentTermsDays')}
                    description={t('documents.editor.paymentTermsHint')}
                    placeholder={t('documents.editor.daysPlaceholder', { count: termsDefault })}
                    inputMode="numeric"
                    rightSection={
                      <Text size="xs" c="dimmed" aria-hidden>
                        {t('documents.editor.daysUnit')}
                      </Text>
                    }
                    rightSectionWidth={48}
                    {...form.getInputProps('paymentTermsDays')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
                  <DateField
                    label={t('documents.fields.dueDate')}
                    description={t('documents.editor.dueDateHint')}
                    clearable
                    clearLabel={t('documents.editor.clearDate')}
                    value={values.dueDate}
                    onChange={(v) => form.setFieldValue('dueDate', v)}
                    error={err('dueDate')}
                  />
                </Grid.Col>
              </>
            )}
            {kind !== 'quote' && (
              <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
                <DateField
                  label={t('documents.fields.deliveryDate')}
                  description={t('documents.editor.deliveryDateHint')}
                  clearable
                  clearLabel={t('documents.editor.clearDate')}
                  value={values.deliveryDate}
                  onChange={(v) => form.setFieldValue('deliveryDate', v)}
                  error={err('deliveryDate')}
                />
              </Grid.Col>
            )}
          </Grid>
        </SectionCard>

        <SectionCard
          id="document-lines"
          title={t('documents.lines.title')}
          description={t('documents.lines.hint')}
          flush
          actions={
            <Stack gap={4} align="flex-end">
              <Text size="xs" fw={600} id="prices-mode-label">
                {t('documents.editor.pricesMode')}
              </Text>
              <SegmentedControl
                size="xs"
                aria-labelledby="prices-mode-label"
                value={values.pricesIncludeVat ? 'incl' : 'excl'}
                onChange={(v) => form.setFieldValue('pricesIncludeVat', v === 'incl')}
                data={[
                  { value: 'excl', label: t('documents.editor.pricesExcl') },
                  { value: 'incl', label: t('documents.editor.pricesIncl') },
                ]}
              />
            </Stack>
          }
        >
          {doc?.lines.some((l) => l.sourceLineId) && (
            <Alert color="blue" variant="light" radius={0} icon={<IconInfoCircle size={18} aria-hidden />}>
              {t('documents.editor.derivedLinesNotice')}
            </Alert>
          )}
          {franchise && (
            <Alert color="gray" variant="light" radius={0} icon={<IconInfoCircle size={18} aria-hidden />}>
              {t('documents.editor.franchiseNotice')}
            </Alert>
          )}
          <LinesEditor
            form={form}
            companyId={companyId}
            units={refs.units}
            vatOptions={vatOptions}
            defaultVat={defaultVat}
            franchise={franchise}
            lineAmounts={live.lineAmounts}
          />
          <Grid gap="lg" p="lg" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Grid.Col span={{ base: 12, sm: 5, md: 6 }}>
              <DecimalInput
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                label={t('documents.fields.discountPercent')}
                description={t('documents.editor.discountHint')}
                {...LIMITS.percent}
                kind="percent"
                placeholder="0"
                rightSection={
                  <Text size="sm" c="dimmed" aria-hidden>
                    %
                  </Text>
                }
                maw={220}
                value={values.discountPercent}
                onChange={(v) => form.setFieldValue('discountPercent', v)}
                error={err('discountPercent')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 7, md: 6 }}>
              <div aria-live="polite">
                <TotalsBlock
                  label={t('documents.totals.title')}
                  currency={values.currency}
                  totals={live.totals}
                  vat={live.totals.vat.map((v) => ({ ...v, category: v.category as VatLine['category'] }))}
                />
              </div>
            </Grid.Col>
          </Grid>
        </SectionCard>

        <SectionCard id="document-notes" title={t('documents.editor.notesSection')}>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                label={t('documents.fields.notes')}
                description={t('documents.editor.notesHint')}
                autosize
                minRows={3}
                maxRows={10}
                maxLength={5000}
                inputContainer={lengthCounter(values.notes, 5000)}
                {...form.getInputProps('notes')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                label={t('documents.fields.conditions')}
                description={t('documents.editor.conditionsHint')}
                autosize
                minRows={3}
                maxRows={10}
                maxLength={5000}
                inputContainer={lengthCounter(values.conditions, 5000)}
                {...form.getInputProps('conditions')}
              />
            </Grid.Col>
          </Grid>
        </SectionCard>

        <Paper withBorder radius="md" p="md" className="sticky-actions">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" c="dimmed">
              {form.isDirty() ? t('documents.editor.unsaved') : t(`documents.kinds.${k}.draftNote`)}{' '}
              <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">S</Kbd>
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={props.onCancel}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
                {t('documents.editor.saveDraft')}
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>

      <ConfirmDialog
        opened={blocker.state === 'blocked'}
        title={t('documents.editor.leaveTitle')}
        message={t('documents.editor.leaveMessage')}
        confirmLabel={t('documents.editor.leaveConfirm')}
        danger
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      />
    </form>
  );
}

import {
  Alert,
  Button,
  Code,
  Grid,
  Group,
  NumberInput,
  Paper,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy, IconInfoCircle } from '@tabler/icons-react';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { lengthCounter } from '../../components/LengthCounter';
import { type SearchOption, SearchSelect } from '../../components/SearchSelect';
import { SectionCard } from '../../components/SectionCard';
import { ApiError, toApiError } from '../../lib/api';
import { callApi, useApiRoute } from '../../lib/api/client';
import { applyApiError } from '../../lib/errors';
import { currentLanguage } from '../../lib/i18n';
import { vatLabel } from '../catalog/catalog-format';
import { currencyOptions, timezoneOptions } from '../companies/options';
import { defaultVatKey, vatKey } from '../documents/document-form';
import { useContactSearch } from '../documents/pickers';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../documents/types';
import type { DocumentRefs } from '../documents/use-document-refs';
import { PROFILE_ROUTE, PROFILES_ROUTE } from './paths';
import { errorField, type ProfileForm, toBody, toSchedule } from './profile-form';
import { RecurringLines } from './RecurringLines';
import { SchedulePreview } from './SchedulePreview';
import { dayOrdinal, fillPlaceholders, periodExample, scheduleInWords } from './schedule-words';
import { FREQUENCIES, MONTH_BASED, PERIOD_PLACEHOLDERS, type RecurringProfileDetail } from './types';
import { useSchedulePreview } from './use-schedule-preview';

interface RecurringEditorProps {
  companyId: string;
  refs: DocumentRefs;
  initialValues: ProfileForm;
  /** Editing this profile; creating when absent. */
  profile?: RecurringProfileDetail;
  initialContact: SearchOption | null;
  /** Above the form (e.g. "From invoice F-2026-0003: check…"). */
  notice?: ReactNode;
  onSaved: (profile: RecurringProfileDetail) => void;
  onCancel: () => void;
}

/** The schedule's fields, by the names the server's problems use under `schedule/`. */
const SCHEDULE_FIELDS = [
  'frequency',
  'interval',
  'dayOfMonth',
  'startDate',
  'endDate',
  'count',
  'timeOfDay',
  'timeZone',
  'billing',
];

/** The calendar month a date falls in, as a period (`2027-02-10` → 1–28 February 2027). */
function monthOf(date: string): { start: string; end: string } {
  const [y = 0, m = 1] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const ym = date.slice(0, 7);
  return { start: `${ym}-01`, end: `${ym}-${String(last).padStart(2, '0')}` };
}

function focusFirstError() {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('[data-recurring-form] [aria-invalid="true"]');
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field?.focus({ preventScroll: true });
  });
}

/** Puts the server's problem at the fields it names (`schedule/endDate` → the end date). */
function fieldProblem(error: unknown): ApiError {
  const err = toApiError(error);
  return new ApiError(err.status, {
    ...err.problem,
    errors: err.errors.map((e) => ({ ...e, path: errorField(e.path).replace(/\./g, '/') })),
  });
}

/**
 * A recurring profile's editor: the customer and the invoice's texts, its lines (from the catalogue
 * or free, with period placeholders), the schedule with the next 12 dates as the server computes
 * them, and what each period makes (a draft or a sent invoice). The server checks on save; its
 * problems are shown at the fields they name, as they are for the schedule while it is typed.
 */
export function RecurringEditor(props: RecurringEditorProps) {
  const { companyId, refs, profile } = props;
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const saved = useRef(false);
  const [contact, setContact] = useState<SearchOption | null>(props.initialContact);
  const contacts = useContactSearch(companyId);
  const form = useForm<ProfileForm>({ initialValues: props.initialValues });
  const values = form.getValues();
  const franchise = refs.settings.vatRegime === 'franchise';

  const vatOptions = useMemo(
    () =>
      refs.vatRates.items.map((r) => ({
        value: vatKey(r.category, r.rate),
        label: vatLabel(r, refs.vatRates.country),
      })),
    [refs.vatRates.items, refs.vatRates.country],
  );
  const defaultVat = defaultVatKey(refs.vatRates.items, franchise);
  const currencies = useMemo(() => currencyOptions(), []);
  const zones = useMemo(() => timezoneOptions(), []);

  // The customer's language: what the placeholders' example is written in when the profile sets none.
  const customer = useApiRoute(
    '/api/v1/companies/{companyId}/contacts/{contactId}',
    values.contactId ? { companyId, contactId: values.contactId } : null,
  );
  const language: DocumentLanguage = values.language || customer.data?.language || currentLanguage();

  const schedule = toSchedule(values);
  const preview = useSchedulePreview(companyId, values.startDate ? schedule : null);
  // The schedule's problems show at its fields while it is typed, not only on save.
  const scheduleErrors = JSON.stringify(preview.error?.errors ?? []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the serialised problems
  useEffect(() => {
    for (const f of SCHEDULE_FIELDS) form.clearFieldError(f);
    for (const e of preview.error?.errors ?? []) {
      const field = errorField(e.path);
      if (SCHEDULE_FIELDS.includes(field)) form.setFieldError(field, e.message);
    }
  }, [scheduleErrors]);

  // The first period the server previews; until it answers, the start date's month.
  const firstRun = preview.runs?.[0];
  const sample = firstRun
    ? { start: firstRun.periodStart, end: firstRun.periodEnd }
    : values.startDate
      ? monthOf(values.startDate)
      : null;
  const example = sample ? periodExample(sample.start, sample.end, language) : null;

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !saved.current && form.isDirty() && currentLocation.pathname !== nextLocation.pathname,
  );

  const submit = async () => {
    const body = toBody(form.getValues());
    setSaving(true);
    try {
      const result = profile
        ? await callApi('patch', PROFILE_ROUTE, { path: { companyId, profileId: profile.id }, body })
        : await callApi('post', PROFILES_ROUTE, { path: { companyId }, body });
      saved.current = true;
      form.resetDirty();
      props.onSaved(result);
    } catch (error) {
      applyApiError(t, form, fieldProblem(error));
      focusFirstError();
    } finally {
      setSaving(false);
    }
  };

  const chooseContact = (option: SearchOption | null) => {
    setContact(option);
    form.setFieldValue('contactId', option?.value ?? null);
    form.clearFieldError('contactId');
    const found = option ? contacts.get(option.value) : undefined;
    if (found && !profile && found.currency) form.setFieldValue('currency', found.currency);
  };

  const err = (path: string) => {
    const e = form.errors[path];
    return typeof e === 'string' ? e : undefined;
  };
  const monthly = MONTH_BASED.has(values.frequency);
  const uiLanguage = currentLanguage();
  const dayValue = values.dayMode === 'day' ? values.dayOfMonth : values.dayMode;

  return (
    <form
      data-recurring-form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="lg">
        {props.notice}
        {profile && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
            {t('recurring.editor.editNotice')}
          </Alert>
        )}

        <SectionCard id="recurring-invoice" title={t('recurring.editor.invoiceSection')}>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('recurring.editor.name')}
                description={t('recurring.editor.nameHint')}
                required
                maxLength={200}
                {...form.getInputProps('name')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <SearchSelect
                label={t('recurring.editor.customer')}
                placeholder={t('recurring.editor.customerPlaceholder')}
                description={t('recurring.editor.customerHint')}
                required
                value={contact}
                onChange={chooseContact}
                search={contacts.search}
                nothingFound={t('recurring.editor.noContactFound')}
                error={err('contactId')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, xs: 4 }}>
              <Select
                label={t('recurring.editor.language')}
                allowDeselect={false}
                data={[
                  { value: '', label: t('recurring.editor.languageCustomer') },
                  ...DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: t(`documents.languages.${l}`) })),
                ]}
                {...form.getInputProps('language')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, xs: 4 }}>
              <Select
                label={t('recurring.editor.currency')}
                data={currencies}
                searchable
                allowDeselect={false}
                {...form.getInputProps('currency')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, xs: 4 }}>
              <TextInput
                label={t('recurring.editor.paymentTerms')}
                description={t('recurring.editor.paymentTermsHint')}
                inputMode="numeric"
                rightSection={
                  <Text size="xs" c="dimmed" aria-hidden>
                    {t('recurring.editor.daysUnit')}
                  </Text>
                }
                rightSectionWidth={48}
                {...form.getInputProps('paymentTermsDays')}
              />
            </Grid.Col>
          </Grid>
        </SectionCard>

        <SectionCard
          id="recurring-lines"
          title={t('recurring.editor.linesSection')}
          description={t('recurring.editor.linesHint')}
          flush
        >
          <RecurringLines
            form={form}
            companyId={companyId}
            language={language}
            vatOptions={vatOptions}
            defaultVat={defaultVat}
            franchise={franchise}
            example={example}
          />
          <Stack gap="md" p="lg" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Textarea
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              label={t('recurring.editor.notes')}
              description={t('recurring.editor.notesHint')}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={5000}
              inputContainer={lengthCounter(values.notes, 5000)}
              {...form.getInputProps('notes')}
            />
            {example && /\{\{/.test(values.notes) && (
              <Text size="xs" c="dimmed" mt={-8} style={{ whiteSpace: 'pre-line' }}>
                {t('recurring.editor.example', { text: fillPlaceholders(values.notes, example) })}
              </Text>
            )}
            <PlaceholderHelp language={language} example={example} />
          </Stack>
        </SectionCard>

        <SectionCard
          id="recurring-schedule"
          title={t('recurring.editor.scheduleSection')}
          description={t('recurring.editor.scheduleHint')}
        >
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Grid gap="md">
                <Grid.Col span={{ base: 12, xs: 6 }}>
                  <Select
                    label={t('recurring.editor.frequency')}
                    allowDeselect={false}
                    data={FREQUENCIES.map((f) => ({
                      value: f,
                      label: t(`recurring.editor.frequencies.${f}`),
                    }))}
                    {...form.getInputProps('frequency')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, xs: 6 }}>
                  <NumberInput
                    label={t('recurring.editor.interval')}
                    description={t('recurring.editor.intervalHint')}
                    min={1}
                    max={999}
                    allowDecimal={false}
                    allowNegative={false}
                    {...form.getInputProps('interval')}
                  />
                </Grid.Col>
                {monthly && (
                  <Grid.Col span={{ base: 12, xs: 6 }}>
                    <Select
                      label={t('recurring.editor.dayOfMonth')}
                      description={t('recurring.editor.dayHint')}
                      allowDeselect={false}
                      data={[
                        { value: 'start', label: t('recurring.editor.dayStart') },
                        ...Array.from({ length: 28 }, (_, i) => ({
                          value: String(i + 1),
                          label: t('recurring.editor.dayOption', { day: dayOrdinal(i + 1, uiLanguage) }),
                        })),
                        { value: 'last', label: t('recurring.editor.dayLast') },
                      ]}
                      value={dayValue}
                      onChange={(v) => {
                        if (v === 'start' || v === 'last') form.setFieldValue('dayMode', v);
                        else if (v) {
                          form.setFieldValue('dayMode', 'day');
                          form.setFieldValue('dayOfMonth', v);
                        }
                      }}
                      error={err('dayOfMonth')}
                    />
                  </Grid.Col>
                )}
                <Grid.Col span={{ base: 12, xs: 6 }}>
                  <DateField
                    label={t('recurring.editor.startDate')}
                    description={t('recurring.editor.startDateHint')}
                    required
                    value={values.startDate}
                    onChange={(v) => form.setFieldValue('startDate', v)}
                    error={err('startDate')}
                  />
                </Grid.Col>
                <Grid.Col span={12}>
                  <Stack gap={6}>
                    <Text size="sm" fw={500} id="recurring-end-label">
                      {t('recurring.editor.end')}
                    </Text>
                    <SegmentedControl
                      aria-labelledby="recurring-end-label"
                      value={values.endMode}
                      onChange={(v) => form.setFieldValue('endMode', v as ProfileForm['endMode'])}
                      data={[
                        { value: 'never', label: t('recurring.editor.endNever') },
                        { value: 'date', label: t('recurring.editor.endDate') },
                        { value: 'count', label: t('recurring.editor.endCount') },
                      ]}
                      style={{ alignSelf: 'flex-start' }}
                    />
                  </Stack>
                </Grid.Col>
                {values.endMode === 'date' && (
                  <Grid.Col span={{ base: 12, xs: 6 }}>
                    <DateField
                      label={t('recurring.editor.endDateLabel')}
                      description={t('recurring.editor.endDateHint')}
                      value={values.endDate}
                      onChange={(v) => form.setFieldValue('endDate', v)}
                      error={err('endDate')}
                    />
                  </Grid.Col>
                )}
                {values.endMode === 'count' && (
                  <Grid.Col span={{ base: 12, xs: 6 }}>
                    <NumberInput
                      label={t('recurring.editor.countLabel')}
                      min={1}
                      max={10_000}
                      allowDecimal={false}
                      allowNegative={false}
                      {...form.getInputProps('count')}
                    />
                  </Grid.Col>
                )}
                <Grid.Col span={{ base: 12, xs: 6 }}>
                  <TimePicker
                    label={t('recurring.editor.timeOfDay')}
                    description={t('recurring.editor.timeOfDayHint')}
                    format="24h"
                    hoursInputLabel={t('recurring.editor.hours')}
                    minutesInputLabel={t('recurring.editor.minutes')}
                    {...form.getInputProps('timeOfDay')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, xs: 6 }}>
                  <Select
                    label={t('recurring.editor.timeZone')}
                    data={zones}
                    searchable
                    allowDeselect={false}
                    {...form.getInputProps('timeZone')}
                  />
                </Grid.Col>
                <Grid.Col span={12}>
                  <Radio.Group label={t('recurring.editor.billing')} {...form.getInputProps('billing')}>
                    <Group gap="lg" mt={6}>
                      <Radio value="advance" label={t('recurring.billing.advance')} />
                      <Radio value="arrears" label={t('recurring.billing.arrears')} />
                    </Group>
                  </Radio.Group>
                </Grid.Col>
              </Grid>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
                <SchedulePreview
                  preview={preview}
                  timeZone={values.timeZone}
                  hasStart={Boolean(values.startDate)}
                  summary={
                    values.startDate && Number(schedule.interval) >= 1
                      ? scheduleInWords(t, schedule, uiLanguage)
                      : null
                  }
                />
              </Paper>
            </Grid.Col>
          </Grid>
        </SectionCard>

        <SectionCard id="recurring-generation" title={t('recurring.editor.generationSection')}>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Radio.Group label={t('recurring.editor.mode')} {...form.getInputProps('mode')}>
                <Stack gap="sm" mt={6}>
                  <Radio
                    value="draft"
                    label={t('recurring.modes.draft')}
                    description={t('recurring.editor.modeDraftHint')}
                  />
                  <Radio
                    value="issue_and_send"
                    label={t('recurring.modes.issue_and_send')}
                    description={t('recurring.editor.modeSendHint')}
                  />
                </Stack>
              </Radio.Group>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Radio.Group
                label={t('recurring.editor.issueDateRule')}
                description={t('recurring.editor.issueDateRuleHint')}
                {...form.getInputProps('issueDateRule')}
              >
                <Stack gap="sm" mt={6}>
                  <Radio value="run_date" label={t('recurring.issueDateRules.run_date')} />
                  <Radio value="period_date" label={t('recurring.issueDateRules.period_date')} />
                </Stack>
              </Radio.Group>
            </Grid.Col>
          </Grid>
        </SectionCard>

        <Paper withBorder radius="md" p="md" className="sticky-actions">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" c="dimmed" role="status">
              {form.isDirty() ? t('recurring.editor.unsaved') : t('recurring.editor.nothingYet')}
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={props.onCancel}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
                {profile ? t('recurring.editor.save') : t('recurring.editor.create')}
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

/** The five placeholders, each with what it says for the first period in the customer's language. */
function PlaceholderHelp({
  language,
  example,
}: {
  language: DocumentLanguage;
  example: ReturnType<typeof periodExample> | null;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-gray-0)" data-placeholder-help>
      <Text size="sm" fw={600}>
        {t('recurring.editor.placeholders')}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {t('recurring.editor.placeholdersHint', { language: t(`documents.languages.${language}`) })}
      </Text>
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 12px' }}>
        {PERIOD_PLACEHOLDERS.map((p) => (
          <div key={p} style={{ display: 'contents' }}>
            <dt>
              <Code>{`{{${p}}}`}</Code>
            </dt>
            <dd style={{ margin: 0 }}>
              <Text size="sm">{example ? example[p] : '—'}</Text>
            </dd>
          </div>
        ))}
      </dl>
    </Paper>
  );
}

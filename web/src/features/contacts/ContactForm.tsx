import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { IconAlertTriangle, IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AddressFields } from '../../components/AddressFields';
import { SectionCard } from '../../components/SectionCard';
import { ApiError, toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { applyApiError } from '../../lib/errors';
import { formatEnterpriseNumber } from '../companies/enterprise-number';
import { useCompanyOptions } from '../companies/use-company-options';
import {
  type ContactFormValues,
  DELIVERY_PREFERENCES,
  EMAIL_RE,
  emptyPerson,
  formToContactPayload,
  PEPPOL_RE,
} from './contact-form';
import { contactsPath } from './paths';
import { CONTACT_ROLES, CONTACT_TYPES, type Contact, DOCUMENT_LANGUAGES } from './types';
import { hasLookupPanel, VatLookupButton, VatLookupPanel } from './VatLookupPanel';
import { useVatLookup, type VatLookupResult } from './vat-lookup';

/** Hints under the field, like the theme does for text inputs, so that a row's inputs stay aligned. */
const HINT_BELOW: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

interface ContactFormProps {
  companyId: string;
  /** Editing this contact; creating when absent. */
  contact?: Contact;
  initialValues: ContactFormValues;
  onSaved: (contact: Contact) => void;
  onCancel: () => void;
}

/** Moves focus to the first field in error, once React has rendered the messages. */
function focusFirstError() {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('[data-contact-form] [aria-invalid="true"]');
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field?.focus({ preventScroll: true });
  });
}

function validateEmail(t: TFunction, value: string): string | null {
  return value.trim() && !EMAIL_RE.test(value.trim()) ? t('validation.email') : null;
}

export function ContactForm({ companyId, contact, initialValues, onSaved, onCancel }: ContactFormProps) {
  const { t } = useTranslation();
  const options = useCompanyOptions();
  const [saving, setSaving] = useState(false);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);

  const form = useForm<ContactFormValues>({
    initialValues,
    validate: {
      roles: (value) => (value.length === 0 ? t('contacts.form.rolesRequired') : null),
      name: isNotEmpty(t('validation.required')),
      emails: (value) => {
        const bad = value.find((email) => !EMAIL_RE.test(email.trim()));
        return bad ? `${bad} — ${t('validation.email')}` : null;
      },
      peppolId: (value) =>
        value.trim() && !PEPPOL_RE.test(value.replace(/\s+/g, '')) ? t('contacts.form.peppolFormat') : null,
      persons: {
        name: isNotEmpty(t('validation.required')),
        email: (value) => validateEmail(t, value),
      },
    },
  });

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    setDuplicateOf(null);
    try {
      const body = formToContactPayload(values);
      const saved = contact
        ? await callApi('patch', '/api/v1/companies/{companyId}/contacts/{contactId}', {
            path: { companyId, contactId: contact.id },
            body,
          })
        : await callApi('post', '/api/v1/companies/{companyId}/contacts', { path: { companyId }, body });
      form.resetDirty();
      onSaved(saved);
    } catch (error) {
      handleError(error);
    } finally {
      setSaving(false);
    }
  }, focusFirstError);

  const handleError = (error: unknown) => {
    const err = toApiError(error);
    if (err.status === 409 && err.code === 'duplicate_vat') {
      const existingId = typeof err.problem.existingId === 'string' ? err.problem.existingId : null;
      setDuplicateOf(existingId ?? '');
      form.setFieldError('vatNumber', t('contacts.form.duplicateVatField'));
      focusFirstError();
      return;
    }
    // `emails/1` names one entry of the e-mail list: it lands on the list, prefixed with the address.
    const emailErrors = err.errors.filter((e) => /^\/?emails\/\d+$/.test(e.path));
    for (const e of emailErrors) {
      const index = Number(e.path.split('/').pop());
      const email = form.getValues().emails[index];
      form.setFieldError('emails', email ? `${email} — ${e.message}` : e.message);
    }
    const rest = err.errors.filter((e) => !emailErrors.includes(e));
    if (rest.length > 0 || emailErrors.length === 0) {
      applyApiError(t, form, new ApiError(err.status, { ...err.problem, errors: rest }));
    }
    if (err.errors.length > 0) focusFirstError();
  };

  const vies = useVatLookup(companyId, {
    initialVatNumber: initialValues.vatNumber,
    onFieldError: (message) => form.setFieldError('vatNumber', message),
  });

  const applyLookup = (r: VatLookupResult) => {
    const current = form.getValues();
    form.setValues({
      type: 'company',
      name: r.name ?? current.name,
      vatNumber: r.vatNumber,
      enterpriseNumber: r.enterpriseNumber
        ? formatEnterpriseNumber(r.enterpriseNumber)
        : current.enterpriseNumber,
      peppolId: r.peppolId ?? current.peppolId,
      address: r.address
        ? {
            line1: r.address.line1 ?? '',
            line2: r.address.line2 ?? '',
            postalCode: r.address.postalCode ?? '',
            city: r.address.city ?? '',
            country: r.address.country ?? current.address.country,
          }
        : current.address,
    });
    vies.setState({ status: 'applied', result: r });
  };

  const addressFields = (prefix: 'address' | 'deliveryAddress') => (
    <AddressFields
      form={form}
      prefix={prefix}
      countries={options.countries}
      labels="contacts.fields"
      autoCompleteSection={prefix === 'address' ? 'billing' : 'shipping'}
    />
  );

  const values = form.getValues();
  const isPerson = values.type === 'person';

  return (
    <form onSubmit={submit} noValidate data-contact-form>
      <Stack gap="lg">
        <SectionCard
          id="identity"
          title={t('contacts.form.sections.identity')}
          description={t('contacts.form.sections.identityHint')}
        >
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Checkbox.Group label={t('contacts.fields.roles')} required {...form.getInputProps('roles')}>
                <Group gap="lg" mt="xs">
                  {CONTACT_ROLES.map((role) => (
                    <Checkbox key={role} value={role} label={t(`contacts.roles.${role}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Radio.Group label={t('contacts.fields.type')} {...form.getInputProps('type')}>
                <Group gap="lg" mt="xs">
                  {CONTACT_TYPES.map((type) => (
                    <Radio key={type} value={type} label={t(`contacts.types.${type}`)} />
                  ))}
                </Group>
              </Radio.Group>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={isPerson ? t('contacts.fields.fullName') : t('contacts.fields.name')}
                required
                autoComplete="off"
                {...form.getInputProps('name')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('contacts.fields.legalName')}
                description={t('contacts.fields.legalNameHint')}
                {...form.getInputProps('legalName')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('contacts.fields.vatNumber')}
                description={vies.off ? undefined : t('contacts.vatLookup.hint')}
                inputWrapperOrder={HINT_BELOW}
                placeholder="BE0123456749"
                autoComplete="off"
                {...form.getInputProps('vatNumber')}
                onBlur={(event) => {
                  form.getInputProps('vatNumber').onBlur?.(event);
                  vies.lookupOnBlur(form.getValues().vatNumber);
                }}
                rightSection={<VatLookupButton vies={vies} vatNumber={values.vatNumber} />}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('contacts.fields.enterpriseNumber')}
                description={t('contacts.fields.enterpriseNumberHint')}
                autoComplete="off"
                {...form.getInputProps('enterpriseNumber')}
              />
            </Grid.Col>
            {hasLookupPanel(vies.state) && (
              <Grid.Col span={12}>
                <VatLookupPanel
                  state={vies.state}
                  vatNumber={values.vatNumber}
                  onApply={applyLookup}
                  onDismiss={vies.reset}
                  onRetry={vies.lookup}
                />
              </Grid.Col>
            )}
            {duplicateOf !== null && (
              <Grid.Col span={12}>
                <Alert
                  color="orange"
                  variant="light"
                  role="alert"
                  icon={<IconAlertTriangle size={18} aria-hidden />}
                  title={t('contacts.form.duplicateVatTitle')}
                >
                  <Text size="sm">{t('contacts.form.duplicateVatMessage')}</Text>
                  {duplicateOf && (
                    <Anchor component={Link} to={contactsPath(companyId, duplicateOf)} size="sm" fw={600}>
                      {t('contacts.form.duplicateVatLink')}
                    </Anchor>
                  )}
                </Alert>
              </Grid.Col>
            )}
          </Grid>
        </SectionCard>

        <SectionCard id="communication" title={t('contacts.form.sections.communication')}>
          <Grid gap="md">
            <Grid.Col span={12}>
              <TagsInput
                inputWrapperOrder={HINT_BELOW}
                label={t('contacts.fields.emails')}
                description={t('contacts.fields.emailsHint')}
                placeholder={values.emails.length === 0 ? t('contacts.fields.emailsPlaceholder') : undefined}
                splitChars={[',', ' ', ';']}
                acceptValueOnBlur
                clearable
                {...form.getInputProps('emails')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('contacts.fields.phone')}
                type="tel"
                autoComplete="off"
                {...form.getInputProps('phone')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('contacts.fields.website')}
                type="url"
                placeholder="https://"
                autoComplete="off"
                {...form.getInputProps('website')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('contacts.fields.language')}
                description={t('contacts.fields.languageHint')}
                data={DOCUMENT_LANGUAGES.map((lang) => ({
                  value: lang,
                  label: t(`contacts.languages.${lang}`),
                }))}
                allowDeselect={false}
                {...form.getInputProps('language')}
              />
            </Grid.Col>
          </Grid>
        </SectionCard>

        <SectionCard
          id="billing"
          title={t('contacts.form.sections.billing')}
          description={t('contacts.form.sections.billingHint')}
        >
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput
                inputWrapperOrder={HINT_BELOW}
                label={t('contacts.fields.paymentTermsDays')}
                placeholder={t('contacts.fields.companyDefault')}
                min={0}
                max={365}
                allowDecimal={false}
                allowNegative={false}
                rightSection={
                  <Text size="xs" c="dimmed" pr="xs">
                    {t('contacts.fields.days')}
                  </Text>
                }
                rightSectionWidth={56}
                {...form.getInputProps('paymentTermsDays')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('contacts.fields.currency')}
                placeholder={t('contacts.fields.companyDefault')}
                data={options.currencies}
                searchable
                clearable
                {...form.getInputProps('currency')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput
                label={t('contacts.fields.iban')}
                placeholder="BE68 5390 0754 7034"
                autoComplete="off"
                {...form.getInputProps('iban')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={t('contacts.fields.bic')} autoComplete="off" {...form.getInputProps('bic')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput
                label={t('contacts.fields.peppolId')}
                description={t('contacts.fields.peppolIdHint')}
                placeholder="0208:0123456789"
                autoComplete="off"
                {...form.getInputProps('peppolId')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <Select
                label={t('contacts.fields.deliveryPreference')}
                description={t('contacts.fields.deliveryPreferenceHint')}
                data={DELIVERY_PREFERENCES.map((p) => ({
                  value: p,
                  label: t(`contacts.deliveryPreferences.${p}`),
                }))}
                allowDeselect={false}
                {...form.getInputProps('deliveryPreference')}
              />
            </Grid.Col>
          </Grid>
        </SectionCard>

        <SectionCard id="address" title={t('contacts.form.sections.address')}>
          <Stack gap="lg">
            {addressFields('address')}
            <Checkbox
              label={t('contacts.fields.sameDeliveryAddress')}
              {...form.getInputProps('sameDeliveryAddress', { type: 'checkbox' })}
            />
            {!values.sameDeliveryAddress && (
              <Stack gap="sm">
                <Text fw={600} size="sm" component="h3">
                  {t('contacts.fields.deliveryAddress')}
                </Text>
                {addressFields('deliveryAddress')}
              </Stack>
            )}
          </Stack>
        </SectionCard>

        <SectionCard
          id="persons"
          title={t('contacts.form.sections.persons')}
          description={t('contacts.form.sections.personsHint')}
        >
          <Stack gap="md">
            {values.persons.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('contacts.form.noPersons')}
              </Text>
            )}
            {values.persons.map((person, index) => (
              <Paper key={person.key} withBorder radius="md" p="md" component="fieldset" m={0}>
                <legend className="visually-hidden">
                  {t('contacts.form.personN', { index: index + 1 })}
                </legend>
                <Group justify="space-between" mb="xs" wrap="nowrap">
                  <Text fw={600} size="sm" aria-hidden>
                    {person.name.trim() || t('contacts.form.personN', { index: index + 1 })}
                  </Text>
                  <Tooltip label={t('contacts.form.removePerson')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('contacts.form.removePersonNamed', {
                        name: person.name.trim() || t('contacts.form.personN', { index: index + 1 }),
                      })}
                      onClick={() => form.removeListItem('persons', index)}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Group>
                <Grid gap="sm">
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={t('contacts.fields.personName')}
                      required
                      autoComplete="off"
                      {...form.getInputProps(`persons.${index}.name`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={t('contacts.fields.personRole')}
                      placeholder={t('contacts.fields.personRolePlaceholder')}
                      autoComplete="off"
                      {...form.getInputProps(`persons.${index}.role`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={t('contacts.fields.personEmail')}
                      type="email"
                      autoComplete="off"
                      {...form.getInputProps(`persons.${index}.email`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={t('contacts.fields.personPhone')}
                      type="tel"
                      autoComplete="off"
                      {...form.getInputProps(`persons.${index}.phone`)}
                    />
                  </Grid.Col>
                </Grid>
              </Paper>
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem('persons', emptyPerson())}
              >
                {t('contacts.form.addPerson')}
              </Button>
            </Group>
          </Stack>
        </SectionCard>

        <SectionCard id="organisation" title={t('contacts.form.sections.organisation')}>
          <Grid gap="md">
            <Grid.Col span={12}>
              <TagsInput
                inputWrapperOrder={HINT_BELOW}
                label={t('contacts.fields.tags')}
                description={t('contacts.fields.tagsHint')}
                splitChars={[',']}
                acceptValueOnBlur
                clearable
                {...form.getInputProps('tags')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                inputWrapperOrder={HINT_BELOW}
                label={t('contacts.fields.notes')}
                description={t('contacts.fields.notesHint')}
                autosize
                minRows={3}
                maxRows={10}
                {...form.getInputProps('notes')}
              />
            </Grid.Col>
          </Grid>
        </SectionCard>

        <Paper withBorder radius="md" p="md" className="sticky-actions">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" c="dimmed">
              {form.isDirty() ? t('common.unsavedChanges') : contact ? t('common.allSaved') : ''}
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
                {contact ? t('common.save') : t('contacts.form.create')}
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}

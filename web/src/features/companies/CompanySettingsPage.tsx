import { Alert, Button, Grid, Group, Paper, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { IconDeviceFloppy, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressFields } from '../../components/AddressFields';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { SectionCard } from '../../components/SectionCard';
import { callApi, useApiRoute } from '../../lib/api/client';
import { applyApiError, notifySuccess } from '../../lib/errors';
import { useSession } from '../auth/session';
import { useVatLookup, type VatLookupResult } from '../contacts/vat-lookup';
import { CompanyVatFields } from './CompanyVatFields';
import { useCompany } from './company-context';
import {
  COMPANY_FIELD_ALIASES,
  type CompanyFormValues,
  companyToForm,
  formToCompanyPatch,
} from './company-form';
import { LogoSection } from './LogoSection';
import { PERMISSIONS } from './permissions';
import type { Company } from './types';
import { useCompanyOptions } from './use-company-options';

export function CompanySettingsPage() {
  const { companyId, can } = useCompany();
  const query = useApiRoute('/api/v1/companies/{companyId}', { companyId });

  if (query.error) return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!query.data) {
    return (
      <Paper withBorder radius="md" p="lg">
        <FormSkeleton fields={8} />
      </Paper>
    );
  }
  return (
    <CompanyEditor
      key={query.data.id}
      company={query.data}
      canEdit={can(PERMISSIONS.settingsManage)}
      canLookUp={can(PERMISSIONS.settingsManage) && can('contacts.write')}
      onSaved={(company) => query.setData(() => company)}
    />
  );
}

interface CompanyEditorProps {
  company: Company;
  canEdit: boolean;
  /** May ask VIES about the VAT number (the lookup route needs contacts.write). */
  canLookUp: boolean;
  onSaved: (company: Company) => void;
}

function CompanyEditor({ company, canEdit, canLookUp, onSaved }: CompanyEditorProps) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const options = useCompanyOptions();
  const [saving, setSaving] = useState(false);

  const form = useForm<CompanyFormValues>({
    initialValues: companyToForm(company),
    validate: {
      name: isNotEmpty(t('validation.required')),
      country: isNotEmpty(t('validation.required')),
      email: (value) => (value.trim() && isEmail(t('validation.email'))(value.trim())) || null,
    },
  });

  const vies = useVatLookup(company.id, {
    initialVatNumber: company.vatNumber ?? '',
    onFieldError: (message) => form.setFieldError('vatNumber', message),
  });
  /** The register's name is the legal one; the address is the registered office. */
  const applyLookup = (r: VatLookupResult) => {
    const current = form.getValues();
    form.setValues({
      vatNumber: r.vatNumber,
      legalName: r.name ?? current.legalName,
      address: r.address
        ? {
            line1: r.address.line1 ?? '',
            line2: r.address.line2 ?? '',
            postalCode: r.address.postalCode ?? '',
            city: r.address.city ?? '',
          }
        : current.address,
    });
    vies.setState({ status: 'applied', result: r });
  };

  // Read-only roles see the values as plain, readable fields (disabled inputs are too faint to read).
  const field = (path: string) => ({ ...form.getInputProps(path), readOnly: !canEdit });

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      const updated = await callApi('patch', '/api/v1/companies/{companyId}', {
        path: { companyId: company.id },
        body: formToCompanyPatch(values),
      });
      form.setInitialValues(companyToForm(updated));
      form.setValues(companyToForm(updated));
      onSaved(updated);
      notifySuccess(t('companies.settings.saved'));
      // The company name shows in the switcher.
      if (updated.name !== company.name) void refresh();
    } catch (error) {
      applyApiError(t, form, error, COMPANY_FIELD_ALIASES);
    } finally {
      setSaving(false);
    }
  });

  return (
    <Stack gap="lg">
      {!canEdit && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
          {t('companies.settings.readOnly')}
        </Alert>
      )}
      <LogoSection
        companyId={company.id}
        companyName={company.name}
        hasLogo={company.hasLogo}
        canEdit={canEdit}
        onChange={(hasLogo) => onSaved({ ...company, hasLogo })}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <SectionCard
            id="identity"
            title={t('companies.settings.identity')}
            description={t('companies.settings.identityHint')}
          >
            <Grid gap="md">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label={t('companies.fields.name')} required {...field('name')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label={t('companies.fields.legalName')} {...field('legalName')} />
              </Grid.Col>
              <CompanyVatFields
                form={form}
                vies={vies}
                canLookUp={canLookUp}
                readOnly={!canEdit}
                onApply={applyLookup}
              />
            </Grid>
          </SectionCard>

          <SectionCard id="address" title={t('companies.settings.address')}>
            <AddressFields
              form={form}
              prefix="address"
              countryPath="country"
              countries={options.countries}
              labels="companies.fields"
              readOnly={!canEdit}
              countryRequired
            />
          </SectionCard>

          <SectionCard id="contact" title={t('companies.settings.contact')}>
            <Grid gap="md">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('companies.fields.email')}
                  type="email"
                  autoComplete="email"
                  {...field('email')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('companies.fields.phone')}
                  type="tel"
                  autoComplete="tel"
                  {...field('phone')}
                />
              </Grid.Col>
            </Grid>
          </SectionCard>

          <SectionCard
            id="payments"
            title={t('companies.settings.payments')}
            description={t('companies.settings.paymentsHint')}
          >
            <Grid gap="md">
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <TextInput
                  label={t('companies.fields.iban')}
                  placeholder="BE68 5390 0754 7034"
                  {...field('iban')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput label={t('companies.fields.bic')} {...field('bic')} />
              </Grid.Col>
              <Grid.Col span={12}>
                <Radio.Group
                  label={t('companies.fields.paymentReferenceKind')}
                  {...form.getInputProps('paymentReferenceKind')}
                >
                  <Stack gap="xs" mt="xs">
                    <Radio
                      disabled={!canEdit}
                      value="be-ogm"
                      label={t('companies.paymentReference.beOgm')}
                      description="+++123/4567/89002+++"
                    />
                    <Radio
                      value="rf"
                      label={t('companies.paymentReference.rf')}
                      description="RF18 5390 0754 7034"
                    />
                  </Stack>
                </Radio.Group>
              </Grid.Col>
            </Grid>
          </SectionCard>

          <SectionCard id="regional" title={t('companies.settings.regional')}>
            <Grid gap="md">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('companies.fields.currency')}
                  data={options.currencies}
                  searchable
                  required
                  {...field('currency')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('companies.fields.timezone')}
                  data={options.timezones}
                  searchable
                  limit={50}
                  required
                  {...field('timezone')}
                />
              </Grid.Col>
            </Grid>
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
    </Stack>
  );
}

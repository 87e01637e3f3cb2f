import { Button, Grid, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { IconBuildingStore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { callApi } from '../../lib/api/client';
import { applyApiError, notifySuccess } from '../../lib/errors';
import { useSession } from '../auth/session';
import { useVatLookup, type VatLookupResult } from '../contacts/vat-lookup';
import { CompanyVatFields } from './CompanyVatFields';
import { companyPath } from './company-context';
import { COMPANY_FIELD_ALIASES, enterpriseNumberOf } from './company-form';
import { DEFAULT_TIMEZONE, defaultsForCountry } from './options';
import { useCompanyOptions } from './use-company-options';

export function CreateCompanyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, refresh } = useSession();
  const options = useCompanyOptions();
  const [submitting, setSubmitting] = useState(false);
  const first = (me?.memberships.length ?? 0) === 0;

  const form = useForm({
    initialValues: {
      name: '',
      legalName: '',
      country: 'BE',
      vatNumber: '',
      enterpriseNumber: '',
      address: { line1: '', postalCode: '', city: '' },
      iban: '',
      currency: 'EUR',
      timezone: DEFAULT_TIMEZONE,
    },
    validate: {
      name: isNotEmpty(t('validation.required')),
      country: isNotEmpty(t('validation.required')),
      currency: isNotEmpty(t('validation.required')),
      timezone: isNotEmpty(t('validation.required')),
    },
  });

  const vies = useVatLookup(null, { onFieldError: (message) => form.setFieldError('vatNumber', message) });
  /** The register's name is the legal one (the name typed stays the one shown in the app). */
  const applyLookup = (r: VatLookupResult) => {
    const current = form.getValues();
    form.setValues({
      vatNumber: r.vatNumber,
      legalName: r.name ?? current.legalName,
      name: current.name.trim() || (r.name ?? ''),
      address: r.address
        ? {
            line1: [r.address.line1, r.address.line2].filter(Boolean).join(', '),
            postalCode: r.address.postalCode ?? '',
            city: r.address.city ?? '',
          }
        : current.address,
    });
    vies.setState({ status: 'applied', result: r });
  };

  const onCountryChange = (country: string | null) => {
    if (!country) return;
    const defaults = defaultsForCountry(country);
    form.setValues({ country, timezone: defaults.timezone, currency: defaults.currency });
  };

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    try {
      const company = await callApi('post', '/api/v1/companies', {
        body: {
          name: values.name.trim(),
          legalName: values.legalName.trim() || null,
          country: values.country,
          vatNumber: values.vatNumber.trim() || null,
          enterpriseNumber: enterpriseNumberOf(values.country, values.vatNumber, values.enterpriseNumber),
          address: {
            line1: values.address.line1.trim() || null,
            postalCode: values.address.postalCode.trim() || null,
            city: values.address.city.trim() || null,
            country: values.country,
          },
          iban: values.iban.replace(/\s+/g, '') || null,
          currency: values.currency,
          timezone: values.timezone,
        },
      });
      await refresh();
      notifySuccess(t('companies.create.created', { name: company.name }));
      navigate(companyPath(company.id), { replace: true });
    } catch (error) {
      applyApiError(t, form, error, COMPANY_FIELD_ALIASES);
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <Stack maw={720} mx="auto">
      <PageHeader
        eyebrow={first ? t('companies.create.welcome') : undefined}
        title={t('companies.create.title')}
        description={t('companies.create.description')}
      />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Grid gap="md">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('companies.fields.name')}
                  description={t('companies.fields.nameHint')}
                  required
                  autoComplete="organization"
                  {...form.getInputProps('name')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('companies.fields.legalName')}
                  description={t('companies.fields.legalNameHint')}
                  {...form.getInputProps('legalName')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('companies.fields.country')}
                  data={options.countries}
                  searchable
                  required
                  {...form.getInputProps('country')}
                  onChange={onCountryChange}
                />
              </Grid.Col>
              <CompanyVatFields form={form} vies={vies} onApply={applyLookup} />
              <Grid.Col span={12}>
                <TextInput
                  label={t('companies.fields.line1')}
                  autoComplete="street-address"
                  {...form.getInputProps('address.line1')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 5, sm: 4 }}>
                <TextInput
                  label={t('companies.fields.postalCode')}
                  autoComplete="postal-code"
                  {...form.getInputProps('address.postalCode')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 7, sm: 8 }}>
                <TextInput
                  label={t('companies.fields.city')}
                  autoComplete="address-level2"
                  {...form.getInputProps('address.city')}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <TextInput
                  label={t('companies.fields.iban')}
                  description={t('companies.fields.ibanHint')}
                  placeholder="BE68 5390 0754 7034"
                  autoComplete="off"
                  {...form.getInputProps('iban')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('companies.fields.currency')}
                  data={options.currencies}
                  searchable
                  required
                  {...form.getInputProps('currency')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('companies.fields.timezone')}
                  data={options.timezones}
                  searchable
                  limit={50}
                  required
                  {...form.getInputProps('timezone')}
                />
              </Grid.Col>
            </Grid>
            <Group justify="space-between" mt="sm" wrap="wrap">
              <Text size="sm" c="dimmed" style={{ flex: '1 1 260px' }}>
                {t('companies.create.later')}
              </Text>
              <Group>
                {!first && (
                  <Button variant="default" onClick={() => navigate(-1)}>
                    {t('common.cancel')}
                  </Button>
                )}
                <Button
                  type="submit"
                  loading={submitting}
                  leftSection={<IconBuildingStore size={18} aria-hidden />}
                >
                  {t('companies.create.submit')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

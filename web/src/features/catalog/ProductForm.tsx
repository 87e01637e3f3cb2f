import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lengthCounter } from '../../components/LengthCounter';
import { SectionCard } from '../../components/SectionCard';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { applyApiError } from '../../lib/errors';
import { currentLanguage } from '../../lib/i18n';
import { DecimalInput } from '../documents/DecimalInput';
import { numberFieldError, parseDecimal } from '../documents/decimal-text';
import { vatKey, vatLabel } from './catalog-format';
import { flattenCategories, PATH_SEPARATOR } from './category-tree';
import { productsPath } from './paths';
import {
  formToCreatePayload,
  formToUpdatePayload,
  PRICE_LIMITS,
  type ProductFormValues,
  toDecimalString,
} from './product-form';
import {
  type Category,
  PRODUCT_KINDS,
  PRODUCT_LANGUAGES,
  type Product,
  type ProductLanguage,
  type Unit,
  type VatRate,
} from './types';

interface ProductFormProps {
  companyId: string;
  /** Editing this product; creating when absent. */
  product?: Product;
  initialValues: ProductFormValues;
  currency: string;
  units: Unit[];
  vatRates: VatRate[];
  /** The company's country: names the article of a Belgian exemption. */
  vatCountry?: string;
  categories: Category[];
  onSaved: (product: Product) => void;
  onCancel: () => void;
}

function focusFirstError() {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('[data-product-form] [aria-invalid="true"]');
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field?.focus({ preventScroll: true });
  });
}

function firstLanguageWithError(errors: Record<string, unknown>): ProductLanguage | null {
  for (const lang of PRODUCT_LANGUAGES) {
    if (errors[`names.${lang}`] || errors[`descriptions.${lang}`]) return lang;
  }
  return null;
}

export function ProductForm(props: ProductFormProps) {
  const { companyId, product, initialValues, currency, units, vatRates, vatCountry, categories } = props;
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const uiLanguage = currentLanguage();
  const [tab, setTab] = useState<ProductLanguage>(
    // The first language that has a name, else the UI language.
    PRODUCT_LANGUAGES.find((l) => initialValues.names[l]) ?? uiLanguage,
  );

  const form = useForm<ProductFormValues>({
    initialValues,
    validate: {
      // A new product may go without a SKU (the server numbers it P-0001…); a saved one keeps one.
      sku: (v) => (product && !v.trim() ? t('validation.required') : null),
      names: (names) =>
        PRODUCT_LANGUAGES.some((l) => names[l].trim()) ? null : t('catalog.form.nameRequired'),
      unitCode: (v) => (v ? null : t('validation.required')),
      unitPrice: (v) =>
        numberFieldError(t, parseDecimal(v, PRICE_LIMITS), 'amount', PRICE_LIMITS.maxDecimals),
      vat: (v) => (v ? null : t('validation.required')),
    },
  });

  const unitOptions = useMemo(
    () =>
      units
        .map((u) => ({ value: u.code, label: `${u.name[uiLanguage]} (${u.code})` }))
        .sort((a, b) => a.label.localeCompare(b.label, uiLanguage)),
    [units, uiLanguage],
  );
  const vatOptions = useMemo(() => {
    const options = vatRates.map((r) => ({ value: vatKey(r), label: vatLabel(r, vatCountry) }));
    // A rate the company no longer offers stays visible on the product that has it.
    const current = form.getValues().vat;
    if (current && !options.some((o) => o.value === current)) {
      const [category = '', rate = ''] = current.split('|');
      options.push({
        value: current,
        label: vatLabel({ rate, category: category as VatRate['category'] }, vatCountry),
      });
    }
    return options;
  }, [vatRates, vatCountry, form]);
  const categoryOptions = useMemo(
    () =>
      flattenCategories(categories).map((n) => ({
        value: n.category.id,
        label: n.path.join(PATH_SEPARATOR),
      })),
    [categories],
  );

  const showErrors = () => {
    const lang = firstLanguageWithError(form.errors);
    if (form.errors.names) setTab(PRODUCT_LANGUAGES.find((l) => l === uiLanguage) ?? 'fr');
    else if (lang) setTab(lang);
    focusFirstError();
  };

  const submit = form.onSubmit(
    async (values) => {
      const unitPrice = toDecimalString(values.unitPrice);
      if (unitPrice === null) return;
      setSaving(true);
      setDuplicateOf(null);
      try {
        const saved = product
          ? await callApi('patch', '/api/v1/companies/{companyId}/products/{productId}', {
              path: { companyId, productId: product.id },
              body: formToUpdatePayload(values, unitPrice),
              query: { lang: uiLanguage },
            })
          : await callApi('post', '/api/v1/companies/{companyId}/products', {
              path: { companyId },
              body: formToCreatePayload(values, unitPrice),
              query: { lang: uiLanguage },
            });
        form.resetDirty();
        props.onSaved(saved);
      } catch (error) {
        const err = toApiError(error);
        if (err.status === 409 && err.code === 'duplicate_sku') {
          const existingId = typeof err.problem.existingId === 'string' ? err.problem.existingId : null;
          setDuplicateOf(existingId ?? '');
          form.setFieldError('sku', t('catalog.form.duplicateSku'));
          focusFirstError();
        } else {
          // `vatRate`/`vatCategory` name the one VAT select; `unitCode` the unit select.
          applyApiError(t, form, err, { vatRate: 'vat', vatCategory: 'vat' });
          requestAnimationFrame(showErrors);
        }
      } finally {
        setSaving(false);
      }
    },
    () => requestAnimationFrame(showErrors),
  );

  const namesError = typeof form.errors.names === 'string' ? form.errors.names : null;

  return (
    <form onSubmit={submit} noValidate data-product-form>
      <Stack gap="lg">
        <SectionCard id="product-identity" title={t('catalog.form.sections.identity')}>
          <Stack gap="md">
            <Stack gap={4}>
              <Text size="sm" fw={600} id="product-kind-label">
                {t('catalog.form.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="product-kind-label"
                data={PRODUCT_KINDS.map((k) => ({ value: k, label: t(`catalog.kinds.${k}`) }))}
                {...form.getInputProps('kind')}
                style={{ alignSelf: 'flex-start' }}
              />
            </Stack>
            <TextInput
              label={t('catalog.fields.sku')}
              description={product ? t('catalog.form.skuHint') : t('catalog.form.skuOptionalHint')}
              required={Boolean(product)}
              maxLength={64}
              inputContainer={lengthCounter(form.getValues().sku, 64)}
              maw={320}
              {...form.getInputProps('sku')}
            />
            {duplicateOf !== null && (
              <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
                {t('catalog.form.duplicateSkuNotice')}{' '}
                {duplicateOf && (
                  <Anchor component={Link} to={productsPath(companyId, duplicateOf)} size="sm">
                    {t('catalog.form.openExisting')}
                  </Anchor>
                )}
              </Alert>
            )}
            <div>
              <Text size="sm" fw={600} mb={2}>
                {t('catalog.form.namesTitle')}
              </Text>
              <Text size="xs" c="dimmed" mb="xs">
                {t('catalog.form.namesHint')}
              </Text>
              {namesError && (
                <Text size="sm" c="red" role="alert" mb="xs">
                  {namesError}
                </Text>
              )}
              <Tabs value={tab} onChange={(v) => v && setTab(v as ProductLanguage)} keepMounted={false}>
                <Tabs.List>
                  {PRODUCT_LANGUAGES.map((lang) => {
                    const filled = form.values.names[lang].trim() !== '';
                    const invalid = Boolean(
                      form.errors[`names.${lang}`] || form.errors[`descriptions.${lang}`],
                    );
                    return (
                      <Tabs.Tab key={lang} value={lang} c={invalid ? 'red' : undefined}>
                        {t(`catalog.languages.${lang}`)}
                        {filled && (
                          <Text span c="dimmed" aria-hidden>
                            {' ✓'}
                          </Text>
                        )}
                      </Tabs.Tab>
                    );
                  })}
                </Tabs.List>
                {PRODUCT_LANGUAGES.map((lang) => (
                  <Tabs.Panel key={lang} value={lang} pt="md">
                    <Stack gap="md">
                      <TextInput
                        label={t('catalog.fields.name')}
                        maxLength={200}
                        inputContainer={lengthCounter(form.getValues().names[lang], 200)}
                        lang={lang}
                        {...form.getInputProps(`names.${lang}`)}
                        error={form.errors[`names.${lang}`] ?? (namesError ? true : undefined)}
                      />
                      <Textarea
                        label={t('catalog.fields.description')}
                        autosize
                        minRows={2}
                        maxRows={8}
                        maxLength={4000}
                        inputContainer={lengthCounter(form.getValues().descriptions[lang], 4000)}
                        lang={lang}
                        {...form.getInputProps(`descriptions.${lang}`)}
                      />
                    </Stack>
                  </Tabs.Panel>
                ))}
              </Tabs>
            </div>
          </Stack>
        </SectionCard>

        <SectionCard id="product-pricing" title={t('catalog.form.sections.pricing')}>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <DecimalInput
                label={t('catalog.fields.unitPrice')}
                required
                {...PRICE_LIMITS}
                minDecimals={2}
                kind="amount"
                rightSection={
                  <Text size="xs" c="dimmed" aria-hidden>
                    {currency}
                  </Text>
                }
                rightSectionWidth={48}
                {...form.getInputProps('unitPrice')}
                value={form.getValues().unitPrice}
                onChange={(v) => form.setFieldValue('unitPrice', v)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('catalog.fields.unit')}
                required
                searchable
                data={unitOptions}
                nothingFoundMessage={t('catalog.form.nothingFound')}
                allowDeselect={false}
                {...form.getInputProps('unitCode')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('catalog.fields.vatRate')}
                required
                data={vatOptions}
                allowDeselect={false}
                {...form.getInputProps('vat')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('catalog.fields.category')}
                placeholder={t('catalog.form.noCategory')}
                searchable
                clearable
                data={categoryOptions}
                nothingFoundMessage={t('catalog.form.nothingFound')}
                {...form.getInputProps('categoryId')}
              />
            </Grid.Col>
          </Grid>
        </SectionCard>

        <SectionCard id="product-status" title={t('catalog.form.sections.status')}>
          <Switch
            label={t('catalog.fields.archived')}
            description={t('catalog.form.archivedHint')}
            {...form.getInputProps('archived', { type: 'checkbox' })}
          />
        </SectionCard>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} aria-hidden />}>
            {product ? t('common.save') : t('catalog.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import {
  ActionIcon,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { type SearchOption, SearchSelect } from '../../components/SearchSelect';
import { SectionCard } from '../../components/SectionCard';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { applyApiError } from '../../lib/errors';
import { formatMoney } from '../../lib/format';
import { vatLabel } from '../catalog/catalog-format';
import type { VatRate } from '../catalog/types';
import { useCompany } from '../companies/company-context';
import { DecimalInput } from '../documents/DecimalInput';
import { decimalToText, parseDecimal } from '../documents/decimal-text';
import { canonicalRate, newLineKey, splitVat, vatKey } from '../documents/document-form';
import { useContactSearch } from '../documents/pickers';
import { computeTotals } from '../documents/totals';
import { PURCHASE_ROUTE, PURCHASES_ROUTE } from './paths';
import type { Purchase } from './types';

interface LineValues {
  key: string;
  description: string;
  quantity: string;
  unitPrice: string;
  /** `category|rate`, e.g. `S|21`. */
  vat: string;
}

export interface PurchaseFormValues {
  supplier: SearchOption | null;
  number: string;
  issueDate: string | null;
  dueDate: string | null;
  paymentReference: string;
  supplierIban: string;
  notes: string;
  lines: LineValues[];
}

const emptyLine = (vat: string): LineValues => ({
  key: newLineKey(),
  description: '',
  quantity: '1',
  unitPrice: '',
  vat,
});

export function purchaseFormValues(p: Purchase | null, defaultVat: string): PurchaseFormValues {
  if (!p)
    return {
      supplier: null,
      number: '',
      issueDate: null,
      dueDate: null,
      paymentReference: '',
      supplierIban: '',
      notes: '',
      lines: [emptyLine(defaultVat)],
    };
  return {
    supplier: p.supplier ? { value: p.supplier.id, label: p.supplier.name } : null,
    number: p.number ?? '',
    issueDate: p.issueDate,
    dueDate: p.dueDate,
    paymentReference: p.paymentReference ?? '',
    supplierIban: p.supplierIban ?? '',
    notes: p.notes ?? '',
    lines:
      p.lines.length > 0
        ? p.lines.map((l) => ({
            key: newLineKey(),
            description: l.description,
            quantity: decimalToText(l.quantity),
            unitPrice: l.unitPrice ? decimalToText(l.unitPrice, 2) : '',
            vat: vatKey(l.vatCategory, l.vatRate ?? '0'),
          }))
        : [emptyLine(defaultVat)],
  };
}

/** What the server calls the form's fields when it refuses one (`supplierId` is the supplier picker). */
const FIELD_ALIASES = { supplierId: 'supplier' };

/**
 * A supplier invoice typed from paper (or an uploaded PDF completed): supplier, number, dates and the
 * lines with their VAT, totals computed as the server will store them. Saved, it is still to approve.
 */
export function PurchaseForm({
  purchase,
  vatRates,
  country,
  currency,
  onSaved,
  onCancel,
}: {
  purchase: Purchase | null;
  vatRates: readonly VatRate[];
  country: string;
  currency: string;
  onSaved: (p: Purchase) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const contacts = useContactSearch(companyId);
  const [saving, setSaving] = useState(false);
  const vatOptions = useMemo(() => {
    const options = vatRates.map((r) => ({ value: vatKey(r.category, r.rate), label: vatLabel(r, country) }));
    // A rate an e-invoice brought that the company's list lacks stays choosable on its line.
    for (const l of purchase?.lines ?? []) {
      const key = vatKey(l.vatCategory, l.vatRate ?? '0');
      if (!options.some((o) => o.value === key))
        options.push({
          value: key,
          label: vatLabel({ rate: l.vatRate ?? '0', category: l.vatCategory as 'S' }, country),
        });
    }
    return options;
  }, [vatRates, country, purchase]);
  const defaultVat = vatOptions[0]?.value ?? 'S|21';
  const form = useForm<PurchaseFormValues>({
    initialValues: purchaseFormValues(purchase, defaultVat),
    validate: {
      lines: {
        description: (v) => (v.trim() ? null : t('validation.required')),
        quantity: (v) =>
          parseDecimal(v, { maxDecimals: 3, allowNegative: true }).ok
            ? null
            : t('purchases.form.invalidNumber'),
        unitPrice: (v) =>
          parseDecimal(v, { maxDecimals: 4, allowNegative: true }).ok
            ? null
            : t('purchases.form.invalidNumber'),
      },
    },
  });
  const values = form.getValues();
  const cur = purchase?.currency ?? currency;

  const totals = useMemo(() => {
    const lines = values.lines.flatMap((l) => {
      const q = parseDecimal(l.quantity, { maxDecimals: 3, allowNegative: true });
      const p = parseDecimal(l.unitPrice, { maxDecimals: 4, allowNegative: true });
      const vat = splitVat(l.vat);
      return q.ok && p.ok && vat ? [{ quantity: q.value, unitPrice: p.value, ...vat }] : [];
    });
    try {
      return computeTotals({ currency: cur, pricesIncludeVat: false, lines });
    } catch {
      return null;
    }
  }, [values.lines, cur]);

  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const lines = v.lines.map((l) => {
      const q = parseDecimal(l.quantity, { maxDecimals: 3, allowNegative: true });
      const p = parseDecimal(l.unitPrice, { maxDecimals: 4, allowNegative: true });
      const vat = splitVat(l.vat) ?? { vatCategory: 'S' as const, vatRate: '21' };
      return {
        description: l.description.trim(),
        quantity: q.ok ? q.value : l.quantity,
        unitPrice: p.ok ? p.value : l.unitPrice,
        vatCategory: vat.vatCategory as 'S',
        vatRate: canonicalRate(vat.vatRate),
      };
    });
    const body = {
      supplierId: v.supplier?.value ?? null,
      number: v.number.trim() || null,
      issueDate: v.issueDate,
      dueDate: v.dueDate,
      paymentReference: v.paymentReference.trim() || null,
      supplierIban: v.supplierIban.replace(/\s+/g, '').toUpperCase() || null,
      notes: v.notes.trim() || null,
      lines,
    };
    try {
      const saved = purchase
        ? await callApi('patch', PURCHASE_ROUTE, {
            path: { companyId, purchaseInvoiceId: purchase.id },
            body,
          })
        : await callApi('post', PURCHASES_ROUTE, { path: { companyId }, body });
      form.resetDirty();
      onSaved(saved);
    } catch (error) {
      applyApiError(t, form, toApiError(error), FIELD_ALIASES);
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <SectionCard id="purchase-form-facts" title={t('purchases.detail.facts')}>
          <Grid gap="md" pb="lg">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <SearchSelect
                label={t('purchases.fields.supplier')}
                placeholder={t('purchases.form.supplierPlaceholder')}
                value={form.getValues().supplier}
                onChange={(option) => form.setFieldValue('supplier', option)}
                search={contacts.search}
                nothingFound={t('documents.editor.noContactFound')}
                error={form.errors.supplier}
                clearable
                clearLabel={t('purchases.filters.clearSupplier')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('purchases.fields.number')}
                maxLength={100}
                {...form.getInputProps('number')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, xs: 6 }}>
              <DateField
                label={t('purchases.fields.issueDate')}
                value={values.issueDate}
                onChange={(d) => form.setFieldValue('issueDate', d)}
                error={form.errors.issueDate}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, xs: 6 }}>
              <DateField
                label={t('purchases.fields.dueDate')}
                value={values.dueDate}
                onChange={(d) => form.setFieldValue('dueDate', d)}
                error={form.errors.dueDate}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('purchases.fields.paymentReference')}
                maxLength={140}
                {...form.getInputProps('paymentReference')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('purchases.fields.supplierIban')}
                maxLength={42}
                {...form.getInputProps('supplierIban')}
              />
            </Grid.Col>
          </Grid>
        </SectionCard>

        <SectionCard id="purchase-form-lines" title={t('purchases.detail.lines')}>
          <Stack gap="sm" pb="lg">
            {values.lines.map((line, i) => (
              <Paper key={line.key} withBorder radius="sm" p="sm">
                <Grid gap="sm" align="flex-end">
                  <Grid.Col span={12}>
                    <TextInput
                      label={t('purchases.fields.description')}
                      {...form.getInputProps(`lines.${i}.description`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 4, sm: 3 }}>
                    <DecimalInput
                      label={t('purchases.fields.quantity')}
                      kind="quantity"
                      maxDecimals={3}
                      allowNegative
                      value={line.quantity}
                      onChange={(text) => form.setFieldValue(`lines.${i}.quantity`, text)}
                      error={form.errors[`lines.${i}.quantity`]}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 8, sm: 4 }}>
                    <DecimalInput
                      label={t('purchases.fields.unitPrice')}
                      maxDecimals={4}
                      minDecimals={2}
                      allowNegative
                      value={line.unitPrice}
                      onChange={(text) => form.setFieldValue(`lines.${i}.unitPrice`, text)}
                      error={form.errors[`lines.${i}.unitPrice`]}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 9, sm: 4 }}>
                    <Select
                      label={t('purchases.fields.vat')}
                      data={vatOptions}
                      allowDeselect={false}
                      comboboxProps={{ withinPortal: true }}
                      {...form.getInputProps(`lines.${i}.vat`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 3, sm: 1 }}>
                    <Group justify="flex-end">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        aria-label={t('purchases.form.removeLine', { n: i + 1 })}
                        disabled={values.lines.length === 1}
                        onClick={() => form.removeListItem('lines', i)}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Grid.Col>
                </Grid>
              </Paper>
            ))}
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem('lines', emptyLine(defaultVat))}
              >
                {t('purchases.form.addLine')}
              </Button>
              {totals && (
                <Stack gap={2} miw={240} aria-live="polite" data-testid="purchase-form-totals">
                  <Group justify="space-between" gap="lg">
                    <Text size="sm" c="dimmed">
                      {t('purchases.totals.net')}
                    </Text>
                    <Text size="sm">{formatMoney(totals.taxExclusive, cur)}</Text>
                  </Group>
                  <Group justify="space-between" gap="lg">
                    <Text size="sm" c="dimmed">
                      {t('purchases.totals.vat')}
                    </Text>
                    <Text size="sm">{formatMoney(totals.vatTotal, cur)}</Text>
                  </Group>
                  <Group justify="space-between" gap="lg">
                    <Text size="sm" fw={700}>
                      {t('purchases.totals.gross')}
                    </Text>
                    <Text size="sm" fw={700}>
                      {formatMoney(totals.payable, cur)}
                    </Text>
                  </Group>
                </Stack>
              )}
            </Group>
          </Stack>
        </SectionCard>

        <SectionCard id="purchase-form-notes" title={t('purchases.fields.notes')}>
          <Textarea
            pb="lg"
            aria-labelledby="purchase-form-notes-title"
            autosize
            minRows={2}
            maxLength={5000}
            {...form.getInputProps('notes')}
          />
        </SectionCard>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {purchase ? t('common.save') : t('purchases.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

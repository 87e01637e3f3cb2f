import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Grid,
  Group,
  NativeSelect,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPackage, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Decimal } from '../../../../src/shared/money';
import { formatMoney } from '../../lib/format';
import { vatLabel } from '../catalog/catalog-format';
import type { Product, VatCategory } from '../catalog/types';
import { DecimalInput } from '../documents/DecimalInput';
import { decimalToText, parseDecimal } from '../documents/decimal-text';
import { LIMITS, splitVat, vatKey } from '../documents/document-form';
import { LineDescription } from '../documents/LineDescription';
import type { DocumentLanguage } from '../documents/types';
import { emptyRecurringLine, type ProfileForm } from './profile-form';
import { fillPlaceholders, type periodExample } from './schedule-words';

interface RecurringLinesProps {
  form: UseFormReturnType<ProfileForm>;
  companyId: string;
  /** The invoices' language: products are named in it, the example is written in it. */
  language: DocumentLanguage;
  vatOptions: { value: string; label: string }[];
  defaultVat: string;
  franchise: boolean;
  /** The placeholders' values for the first period, when the schedule gives one. */
  example: ReturnType<typeof periodExample> | null;
}

/** quantity × unit price, for the amounts shown while typing (the server computes the real ones). */
function lineNet(quantity: string, price: string): Decimal | null {
  const q = parseDecimal(quantity, LIMITS.quantity);
  const p = parseDecimal(price, LIMITS.unitPrice);
  return q.ok && p.ok ? new Decimal(q.value).times(new Decimal(p.value)) : null;
}

/**
 * A profile's lines: a description that finds catalogue products as it is typed (with period
 * placeholders, shown as the first invoice will read), quantity, unit price excluding VAT and VAT
 * rate; a product's line may follow the catalogue's price of the day instead of its own.
 */
export function RecurringLines({
  form,
  companyId,
  language,
  vatOptions,
  defaultVat,
  franchise,
  example,
}: RecurringLinesProps) {
  const { t } = useTranslation();
  const values = form.getValues();
  const lines = values.lines;
  const nets = lines.map((l) => lineNet(l.quantity, l.unitPrice));
  const total = nets.every((n) => n !== null)
    ? nets.reduce<Decimal>((sum, n) => sum.plus(n ?? 0), new Decimal(0)).toFixed(2)
    : null;

  const vatChoices = [...vatOptions];
  for (const l of lines) {
    if (!vatChoices.some((o) => o.value === l.vat)) {
      const v = splitVat(l.vat);
      vatChoices.push({
        value: l.vat,
        label: v ? vatLabel({ rate: v.vatRate, category: v.vatCategory as VatCategory }) : l.vat,
      });
    }
  }

  const pick = (index: number, product: Product) => {
    const line = form.getValues().lines[index];
    if (!line) return;
    const offered = vatOptions.find((o) => o.value === vatKey(product.vatCategory, product.vatRate));
    const sameCurrency = product.currency === form.getValues().currency;
    form.setFieldValue(`lines.${index}`, {
      ...line,
      productId: product.id,
      description: [product.name, product.description].filter(Boolean).join('\n'),
      unitPrice: sameCurrency ? decimalToText(product.unitPrice, 2) : line.unitPrice,
      vat: franchise ? 'E|0' : (offered?.value ?? vatKey(product.vatCategory, product.vatRate)),
    });
    form.clearFieldError(`lines.${index}.description`);
    form.clearFieldError(`lines.${index}.unitPrice`);
  };

  const remove = (index: number) => {
    if (lines.length === 1) form.setFieldValue('lines', [emptyRecurringLine(defaultVat)]);
    else form.removeListItem('lines', index);
  };

  return (
    <Box>
      <ol
        aria-label={t('recurring.editor.linesSection')}
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {lines.map((line, index) => {
          const n = index + 1;
          const path = (f: string) => `lines.${index}.${f}`;
          const err = (f: string) => {
            const e = form.errors[path(f)];
            return typeof e === 'string' ? e : undefined;
          };
          const net = nets[index];
          const filled =
            example && /\{\{/.test(line.description) ? fillPlaceholders(line.description, example) : null;
          return (
            <li
              key={line.key}
              aria-label={t('recurring.editor.lineN', { n })}
              style={{
                padding: 'var(--mantine-spacing-md) var(--mantine-spacing-lg)',
                borderBottom: '1px solid var(--mantine-color-gray-2)',
              }}
              data-line={index}
            >
              <Grid gap="sm" align="flex-start">
                <Grid.Col span={{ base: 12, md: 5 }}>
                  <Stack gap={4}>
                    <Text size="sm" fw={500} aria-hidden>
                      {t('recurring.editor.description')}
                    </Text>
                    <LineDescription
                      companyId={companyId}
                      language={language}
                      value={line.description}
                      linked={line.productId !== null}
                      onChange={(v) => form.setFieldValue(path('description'), v)}
                      onPick={(product) => pick(index, product)}
                      onKeyDown={() => undefined}
                      label={t('recurring.editor.descriptionN', { n })}
                      placeholder={t('recurring.editor.descriptionPlaceholder')}
                      error={err('description')}
                      cell={`${index}:0`}
                    />
                    {filled !== null && (
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }} data-line-example>
                        {t('recurring.editor.example', { text: filled })}
                      </Text>
                    )}
                  </Stack>
                </Grid.Col>
                <Grid.Col span={{ base: 4, md: 2 }}>
                  <DecimalInput
                    label={t('recurring.editor.quantity')}
                    {...LIMITS.quantity}
                    kind="quantity"
                    value={line.quantity}
                    onChange={(v) => form.setFieldValue(path('quantity'), v)}
                    error={err('quantity')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 8, md: 2 }}>
                  <DecimalInput
                    label={t('recurring.editor.unitPrice')}
                    {...LIMITS.unitPrice}
                    minDecimals={2}
                    value={line.unitPrice}
                    onChange={(v) => form.setFieldValue(path('unitPrice'), v)}
                    error={err('unitPrice')}
                    readOnly={line.followCatalogPrice}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 8, md: 2 }}>
                  <NativeSelect
                    label={t('recurring.editor.vat')}
                    data={franchise ? [{ value: 'E|0', label: t('documents.lines.franchise') }] : vatChoices}
                    value={franchise ? 'E|0' : line.vat}
                    disabled={franchise}
                    onChange={(event) => form.setFieldValue(path('vat'), event.currentTarget.value)}
                    error={err('vat')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 4, md: 1 }}>
                  <Group justify="flex-end" mt={24}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="lg"
                      aria-label={t('recurring.editor.removeLine', { n })}
                      onClick={() => remove(index)}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Grid.Col>
              </Grid>
              <Group justify="space-between" gap="sm" mt={6} wrap="wrap">
                {line.productId ? (
                  <Group gap="md" wrap="wrap">
                    <Switch
                      size="sm"
                      label={t('recurring.editor.followPrice')}
                      description={t('recurring.editor.followPriceHint')}
                      checked={line.followCatalogPrice}
                      onChange={(event) =>
                        form.setFieldValue(path('followCatalogPrice'), event.currentTarget.checked)
                      }
                      error={err('followCatalogPrice')}
                    />
                    <Anchor
                      component="button"
                      type="button"
                      size="xs"
                      onClick={() => {
                        form.setFieldValue(path('productId'), null);
                        form.setFieldValue(path('followCatalogPrice'), false);
                      }}
                      style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
                    >
                      <IconPackage size={14} aria-hidden />
                      {t('recurring.editor.unlinkProduct')}
                    </Anchor>
                  </Group>
                ) : (
                  <span />
                )}
                <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  <Text span size="xs" c="dimmed">
                    {t('recurring.editor.lineAmount')}{' '}
                  </Text>
                  {net === null || net === undefined ? '—' : formatMoney(net.toFixed(2), values.currency)}
                </Text>
              </Group>
            </li>
          );
        })}
      </ol>
      <Group justify="space-between" p="md" px="lg" gap="sm" wrap="wrap">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('lines', emptyRecurringLine(defaultVat))}
        >
          {t('recurring.editor.addLine')}
        </Button>
        {total !== null && (
          <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} aria-live="polite" data-total>
            {t('recurring.editor.total', { amount: formatMoney(total, values.currency) })}
          </Text>
        )}
      </Group>
    </Box>
  );
}

import { ActionIcon, Box, Button, Group, Kbd, Menu, NativeSelect, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  IconArrowDown,
  IconArrowUp,
  IconCopy,
  IconGripVertical,
  IconPlus,
  IconRowInsertBottom,
  IconTrash,
} from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { vatLabel } from '../catalog/catalog-format';
import type { Product, Unit, VatCategory } from '../catalog/types';
import { withVat } from './amounts';
import { DecimalInput } from './DecimalInput';
import { decimalToText } from './decimal-text';
import {
  type DocumentFormValues,
  EXEMPT_CATEGORIES,
  emptyLine,
  LIMITS,
  type LineValues,
  newLineKey,
  splitVat,
  vatKey,
} from './document-form';
import classes from './documents.module.css';
import { LineDescription } from './LineDescription';

export interface VatOption {
  value: string;
  label: string;
}

interface LinesEditorProps {
  form: UseFormReturnType<DocumentFormValues>;
  companyId: string;
  units: Unit[];
  vatOptions: VatOption[];
  defaultVat: string;
  franchise: boolean;
  lineAmounts: (string | null)[];
}

/** Cells the keyboard walks through, in order. */
const COLUMNS = ['description', 'quantity', 'unitCode', 'unitPrice', 'discountPercent', 'vat'] as const;
const LAST_COLUMN = COLUMNS.length - 1;

function focusCell(line: number, col: number) {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    `[data-cell="${line}:${col}"]`,
  );
  if (!el) return;
  el.focus();
  if (el instanceof HTMLInputElement) el.select();
}

/**
 * The lines of a draft, typed like a spreadsheet: Enter moves to the next cell (and opens a new line
 * after the last one), Ctrl/⌘+Enter inserts a line, Alt+↑/↓ moves the line, the grip drags it.
 */
export function LinesEditor(props: LinesEditorProps) {
  const { form, units, vatOptions, franchise, lineAmounts, defaultVat } = props;
  const { t } = useTranslation();
  const values = form.getValues();
  const lines = values.lines;
  const [pendingFocus, setPendingFocus] = useState<[number, number] | null>(null);
  const [armed, setArmed] = useState<number | null>(null);
  const [drag, setDrag] = useState<{ from: number; over: number | null } | null>(null);
  const priceLabel = values.pricesIncludeVat
    ? t('documents.lines.priceIncl')
    : t('documents.lines.priceExcl');
  const amountLabel = values.pricesIncludeVat
    ? t('documents.lines.amountIncl')
    : t('documents.lines.amountExcl');

  useEffect(() => {
    if (!pendingFocus) return;
    focusCell(pendingFocus[0], pendingFocus[1]);
    setPendingFocus(null);
  }, [pendingFocus]);

  const language = currentLanguage();
  const unitOptions = useMemo(() => {
    const options = units
      .map((u) => ({ value: u.code, label: u.name[language] }))
      .sort((a, b) => a.label.localeCompare(b.label, language));
    for (const l of lines) {
      if (!options.some((o) => o.value === l.unitCode))
        options.push({ value: l.unitCode, label: l.unitCode });
    }
    return options;
  }, [units, language, lines]);

  const vatChoices = useMemo(() => {
    const options = [...vatOptions];
    for (const l of lines) {
      if (!options.some((o) => o.value === l.vat)) {
        const v = splitVat(l.vat);
        options.push({
          value: l.vat,
          label: v ? vatLabel({ rate: v.vatRate, category: v.vatCategory as VatCategory }) : l.vat,
        });
      }
    }
    return options;
  }, [vatOptions, lines]);

  const insertLine = (at: number, line: LineValues = emptyLine(defaultVat)) => {
    form.insertListItem('lines', line, at);
    setPendingFocus([at, 0]);
  };
  const removeLine = (index: number) => {
    if (lines.length === 1) {
      form.setFieldValue('lines', [emptyLine(defaultVat)]);
      setPendingFocus([0, 0]);
      return;
    }
    form.removeListItem('lines', index);
    setPendingFocus([Math.min(index, lines.length - 2), 0]);
  };
  const moveLine = (from: number, to: number, col = 0) => {
    if (to < 0 || to >= lines.length || from === to) return;
    form.reorderListItem('lines', { from, to });
    setPendingFocus([to, col]);
  };
  const duplicateLine = (index: number) => {
    const line = lines[index];
    if (line) insertLine(index + 1, { ...line, key: newLineKey() });
  };

  const onCellKeyDown = (event: KeyboardEvent<HTMLElement>, line: number, col: number) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      insertLine(line + 1);
      return;
    }
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      moveLine(line, event.key === 'ArrowUp' ? line - 1 : line + 1, col);
      return;
    }
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return;
    // An open list (unit, VAT, product search) keeps its own Enter.
    if (event.currentTarget.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    if (col < LAST_COLUMN) focusCell(line, col + 1);
    else if (line + 1 < lines.length) focusCell(line + 1, 0);
    else insertLine(line + 1);
  };

  const pickProduct = (index: number, product: Product) => {
    const current = form.getValues();
    const offered = vatOptions.find((o) => o.value === vatKey(product.vatCategory, product.vatRate));
    const vat = franchise ? 'E|0' : (offered?.value ?? vatKey(product.vatCategory, product.vatRate));
    const sameCurrency = product.currency === current.currency;
    const price = current.pricesIncludeVat ? withVat(product.unitPrice, product.vatRate) : product.unitPrice;
    const line = current.lines[index];
    if (!line) return;
    form.setFieldValue(`lines.${index}`, {
      ...line,
      productId: product.id,
      productSku: product.sku,
      description: [product.name, product.description].filter(Boolean).join('\n'),
      unitCode: product.unitCode,
      unitPrice: sameCurrency ? decimalToText(price, 2) : line.unitPrice,
      vat,
    });
    form.clearFieldError(`lines.${index}.description`);
    form.clearFieldError(`lines.${index}.unitPrice`);
    if (!sameCurrency) {
      notifications.show({
        color: 'yellow',
        message: t('documents.lines.otherCurrency', { currency: product.currency }),
      });
      setPendingFocus([index, 3]);
    } else {
      setPendingFocus([index, 1]);
    }
  };

  return (
    <Box className={classes.lines}>
      <div className={classes.lineHead} aria-hidden>
        <span />
        <span>{t('documents.lines.description')}</span>
        <span className={classes.headNum}>{t('documents.lines.quantity')}</span>
        <span>{t('documents.lines.unit')}</span>
        <span className={classes.headNum}>{priceLabel}</span>
        <span className={classes.headNum}>{t('documents.lines.discountShort')}</span>
        <span>{t('documents.lines.vat')}</span>
        <span className={classes.headNum}>{amountLabel}</span>
        <span />
      </div>
      <ol aria-label={t('documents.lines.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {lines.map((line, index) => {
          const n = index + 1;
          const cell = (col: number) => `${index}:${col}`;
          const keyDown = (col: number) => (event: KeyboardEvent<HTMLElement>) =>
            onCellKeyDown(event, index, col);
          const vat = splitVat(line.vat);
          const exempt = !franchise && vat !== null && EXEMPT_CATEGORIES.has(vat.vatCategory);
          const amount = lineAmounts[index];
          const path = (f: string) => `lines.${index}.${f}`;
          const err = (f: string) => {
            const e = form.errors[path(f)];
            return typeof e === 'string' ? e : undefined;
          };
          return (
            <li
              key={line.key}
              className={classes.line}
              aria-label={t('documents.lines.lineN', { n })}
              draggable={armed === index}
              data-dragging={drag?.from === index || undefined}
              data-drop-before={drag && drag.over === index && drag.from !== index ? true : undefined}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', String(index));
                setDrag({ from: index, over: null });
              }}
              onDragOver={(event) => {
                if (!drag) return;
                event.preventDefault();
                const rect = event.currentTarget.getBoundingClientRect();
                const over = event.clientY < rect.top + rect.height / 2 ? index : index + 1;
                if (over !== drag.over) setDrag({ ...drag, over });
              }}
              onDrop={(event) => {
                event.preventDefault();
                if (drag && drag.over !== null) {
                  const to = drag.over > drag.from ? drag.over - 1 : drag.over;
                  moveLine(drag.from, to);
                }
                setDrag(null);
                setArmed(null);
              }}
              onDragEnd={() => {
                setDrag(null);
                setArmed(null);
              }}
            >
              <div className={classes.handle}>
                <Menu position="bottom-start" withinPortal>
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      style={{ cursor: 'grab' }}
                      aria-label={t('documents.lines.lineActions', { n })}
                      onMouseDown={() => setArmed(index)}
                      onMouseUp={() => setArmed(null)}
                    >
                      <IconGripVertical size={16} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconArrowUp size={14} aria-hidden />}
                      disabled={index === 0}
                      onClick={() => moveLine(index, index - 1)}
                      rightSection={<Kbd size="xs">Alt ↑</Kbd>}
                    >
                      {t('documents.lines.moveUp')}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconArrowDown size={14} aria-hidden />}
                      disabled={index === lines.length - 1}
                      onClick={() => moveLine(index, index + 1)}
                      rightSection={<Kbd size="xs">Alt ↓</Kbd>}
                    >
                      {t('documents.lines.moveDown')}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconCopy size={14} aria-hidden />}
                      onClick={() => duplicateLine(index)}
                    >
                      {t('documents.lines.duplicate')}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconRowInsertBottom size={14} aria-hidden />}
                      onClick={() => insertLine(index + 1)}
                    >
                      {t('documents.lines.insertBelow')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </div>

              <div className={classes.desc}>
                <LineDescriptionCell
                  form={form}
                  index={index}
                  companyId={props.companyId}
                  language={values.language}
                  label={t('documents.lines.descriptionN', { n })}
                  placeholder={t('documents.lines.descriptionPlaceholder')}
                  error={err('description')}
                  cell={cell(0)}
                  onKeyDown={keyDown(0)}
                  onPick={(product) => pickProduct(index, product)}
                />
                {line.productSku && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {t('documents.lines.fromProduct', { sku: line.productSku })}
                  </Text>
                )}
                {exempt && (
                  <TextInput
                    mt={6}
                    size="xs"
                    label={t('documents.lines.exemptionReason')}
                    placeholder={t('documents.lines.exemptionReasonPlaceholder')}
                    maxLength={300}
                    {...form.getInputProps(path('exemptionReason'))}
                  />
                )}
              </div>

              <div className={`${classes.qty} ${classes.num}`}>
                <CellLabel htmlFor={`line-${line.key}-qty`} text={t('documents.lines.quantity')} n={n} />
                <DecimalInput
                  id={`line-${line.key}-qty`}
                  data-cell={cell(1)}
                  {...LIMITS.quantity}
                  kind="quantity"
                  value={line.quantity}
                  onChange={(v) => form.setFieldValue(path('quantity'), v)}
                  error={err('quantity')}
                  onKeyDown={keyDown(1)}
                />
              </div>

              <div className={classes.unit}>
                <CellLabel htmlFor={`line-${line.key}-unit`} text={t('documents.lines.unit')} n={n} />
                <NativeSelect
                  id={`line-${line.key}-unit`}
                  data-cell={cell(2)}
                  data={unitOptions}
                  rightSectionWidth={24}
                  value={line.unitCode}
                  onChange={(event) => form.setFieldValue(path('unitCode'), event.currentTarget.value)}
                  error={err('unitCode')}
                  onKeyDown={keyDown(2)}
                />
              </div>

              <div className={`${classes.price} ${classes.num}`}>
                <CellLabel htmlFor={`line-${line.key}-price`} text={priceLabel} n={n} />
                <DecimalInput
                  id={`line-${line.key}-price`}
                  data-cell={cell(3)}
                  {...LIMITS.unitPrice}
                  minDecimals={2}
                  value={line.unitPrice}
                  onChange={(v) => form.setFieldValue(path('unitPrice'), v)}
                  error={err('unitPrice')}
                  onKeyDown={keyDown(3)}
                />
              </div>

              <div className={`${classes.disc} ${classes.num}`}>
                <CellLabel
                  htmlFor={`line-${line.key}-disc`}
                  text={t('documents.lines.discountShort')}
                  n={n}
                />
                <DecimalInput
                  id={`line-${line.key}-disc`}
                  data-cell={cell(4)}
                  {...LIMITS.percent}
                  kind="percent"
                  placeholder="0"
                  value={line.discountPercent}
                  onChange={(v) => form.setFieldValue(path('discountPercent'), v)}
                  error={err('discountPercent')}
                  onKeyDown={keyDown(4)}
                />
              </div>

              <div className={classes.vat}>
                <CellLabel htmlFor={`line-${line.key}-vat`} text={t('documents.lines.vat')} n={n} />
                <NativeSelect
                  id={`line-${line.key}-vat`}
                  data-cell={cell(5)}
                  data={franchise ? [{ value: 'E|0', label: t('documents.lines.franchise') }] : vatChoices}
                  value={franchise ? 'E|0' : line.vat}
                  rightSectionWidth={24}
                  disabled={franchise}
                  onChange={(event) => form.setFieldValue(path('vat'), event.currentTarget.value)}
                  error={err('vat')}
                  onKeyDown={keyDown(5)}
                />
              </div>

              <div className={classes.total}>
                <span className={classes.cellLabel}>{amountLabel}</span>
                <div className={classes.amount}>
                  {amount === null || amount === undefined ? (
                    <Text span c="dimmed" aria-hidden>
                      —
                    </Text>
                  ) : (
                    formatMoney(amount, values.currency)
                  )}
                </div>
              </div>

              <div className={classes.remove}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('documents.lines.removeN', { n })}
                  onClick={() => removeLine(index)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </div>
            </li>
          );
        })}
      </ol>
      <Group justify="space-between" p="md" gap="sm" wrap="wrap">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => insertLine(lines.length)}
        >
          {t('documents.lines.add')}
        </Button>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↵</Kbd> {t('documents.lines.keyNext')} · <Kbd size="xs">Ctrl</Kbd>+
          <Kbd size="xs">↵</Kbd> {t('documents.lines.keyInsert')} · <Kbd size="xs">Alt</Kbd>+
          <Kbd size="xs">↑↓</Kbd> {t('documents.lines.keyMove')}
        </Text>
      </Group>
    </Box>
  );
}

interface LineDescriptionCellProps {
  form: UseFormReturnType<DocumentFormValues>;
  index: number;
  companyId: string;
  language: string;
  label: string;
  placeholder: string;
  error?: string;
  cell: string;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  onPick: (product: Product) => void;
}

function LineDescriptionCell({ form, index, ...props }: LineDescriptionCellProps) {
  const line = form.getValues().lines[index];
  if (!line) return null;
  return (
    <LineDescription
      {...props}
      value={line.description}
      linked={line.productId !== null}
      onChange={(value) => form.setFieldValue(`lines.${index}.description`, value)}
    />
  );
}

/** A cell's label: the column name, and for assistive technology the line it belongs to. */
function CellLabel({ htmlFor, text, n }: { htmlFor: string; text: string; n: number }) {
  const { t } = useTranslation();
  return (
    <label className={classes.cellLabel} htmlFor={htmlFor}>
      {text}
      <span className="visually-hidden">{t('documents.lines.ofLine', { n })}</span>
    </label>
  );
}

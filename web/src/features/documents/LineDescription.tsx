import { Combobox, Group, Text, Textarea, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lengthCounter } from '../../components/LengthCounter';
import { isAbortError } from '../../lib/api';
import { formatUnitPrice } from '../../lib/format';
import type { Product } from '../catalog/types';
import { searchProducts } from './pickers';

/** The API's limit on a line's description (documents.schema.ts). */
const LINE_DESCRIPTION_MAX = 2000;

interface LineDescriptionProps {
  companyId: string;
  /** The document's language: products are named in it. */
  language: string;
  value: string;
  onChange: (value: string) => void;
  /** A line already tied to a product searches no more. */
  linked: boolean;
  onPick: (product: Product) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  label: string;
  placeholder: string;
  error?: string;
  cell: string;
}

/**
 * The description of a line, which is also where a product is found: typing searches the catalogue,
 * ↓ and Enter (or a click) take a product; anything else typed stays a free-text line.
 */
export function LineDescription(props: LineDescriptionProps) {
  const { t } = useTranslation();
  const combobox = useCombobox();
  const [focused, setFocused] = useState(false);
  const term = props.value.trim();
  const [debounced] = useDebouncedValue(term, 200);
  const [products, setProducts] = useState<Product[]>([]);
  const active = focused && !props.linked && debounced.length >= 2;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the combobox store is stable
  useEffect(() => {
    if (!active) {
      setProducts([]);
      combobox.closeDropdown();
      return;
    }
    const controller = new AbortController();
    searchProducts(props.companyId, debounced, props.language, controller.signal).then(
      (found) => {
        setProducts(found);
        if (found.length > 0) combobox.openDropdown();
        else combobox.closeDropdown();
      },
      (error: unknown) => {
        if (!isAbortError(error)) setProducts([]);
      },
    );
    return () => controller.abort();
  }, [active, debounced, props.companyId, props.language]);

  return (
    <Combobox
      store={combobox}
      withinPortal
      position="bottom-start"
      width="target"
      onOptionSubmit={(id) => {
        const product = products.find((p) => p.id === id);
        combobox.closeDropdown();
        if (product) props.onPick(product);
      }}
    >
      <Combobox.Target>
        <Textarea
          aria-label={props.label}
          placeholder={props.placeholder}
          value={props.value}
          error={props.error}
          autosize
          minRows={1}
          maxRows={8}
          maxLength={LINE_DESCRIPTION_MAX}
          inputContainer={lengthCounter(props.value, LINE_DESCRIPTION_MAX)}
          data-cell={props.cell}
          onChange={(event) => props.onChange(event.currentTarget.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            combobox.closeDropdown();
          }}
          onKeyDown={(event) => {
            // Enter on a highlighted product takes it (the combobox handles that); otherwise the line's
            // keyboard moves apply.
            if (event.key === 'Enter' && combobox.dropdownOpened && combobox.getSelectedOptionIndex() !== -1)
              return;
            props.onKeyDown(event);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={products.length === 0}>
        <Combobox.Header>
          <Text size="xs" c="dimmed">
            {t('documents.editor.productHint')}
          </Text>
        </Combobox.Header>
        <Combobox.Options>
          {products.map((p) => (
            <Combobox.Option key={p.id} value={p.id}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate="end">
                    {p.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {p.sku}
                  </Text>
                </div>
                <Text size="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {formatUnitPrice(p.unitPrice, p.currency)}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

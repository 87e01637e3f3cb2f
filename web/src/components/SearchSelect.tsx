import {
  CloseButton,
  Combobox,
  type ComboboxProps,
  Group,
  InputBase,
  Loader,
  Text,
  useCombobox,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useEffect, useState } from 'react';
import { isAbortError } from '../lib/api';

export interface SearchOption {
  value: string;
  label: string;
  /** A second, dimmed line (VAT number, city, reference…). */
  description?: string;
}

interface SearchSelectProps {
  label: ReactNode;
  /** The chosen option, or null. */
  value: SearchOption | null;
  onChange: (option: SearchOption | null) => void;
  /** Server-side search; called with the typed text ('' when the field opens). */
  search: (query: string, signal: AbortSignal) => Promise<SearchOption[]>;
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  clearable?: boolean;
  clearLabel?: string;
  nothingFound: string;
  readOnly?: boolean;
  w?: number | string;
  maw?: number | string;
  miw?: number | string;
  flex?: string;
  comboboxProps?: ComboboxProps;
  'data-autofocus'?: boolean;
}

/**
 * A select whose options come from a server search (thousands of contacts never reach the browser):
 * type to search, arrows and Enter to choose; the chosen option's label shows when not typing.
 */
export function SearchSelect(props: SearchSelectProps) {
  const { value, onChange, search } = props;
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setQuery(null);
    },
  });
  /** null while not typing: the field shows the chosen label. */
  const [query, setQuery] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(query ?? '', 200);
  const [options, setOptions] = useState<SearchOption[]>([]);
  const [loading, setLoading] = useState(false);
  const opened = combobox.dropdownOpened;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `search` is usually an inline function
  useEffect(() => {
    if (!opened) return;
    const controller = new AbortController();
    setLoading(true);
    search(debounced.trim(), controller.signal).then(
      (found) => {
        setOptions(found);
        setLoading(false);
        if (debounced.trim()) combobox.selectFirstOption();
      },
      (error: unknown) => {
        if (isAbortError(error) || controller.signal.aborted) return;
        setOptions([]);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [debounced, opened]);

  const rightSection = loading ? (
    <Loader size={16} />
  ) : props.clearable && value && !props.readOnly ? (
    <CloseButton
      size="sm"
      aria-label={props.clearLabel}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChange(null)}
    />
  ) : (
    <Combobox.Chevron />
  );

  return (
    <Combobox
      store={combobox}
      withinPortal
      onOptionSubmit={(selected) => {
        const option = options.find((o) => o.value === selected);
        if (option) onChange(option);
        setQuery(null);
        combobox.closeDropdown();
      }}
      {...props.comboboxProps}
    >
      <Combobox.Target withExpandedAttribute>
        <InputBase
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          label={props.label}
          description={props.description}
          error={props.error}
          required={props.required}
          readOnly={props.readOnly}
          placeholder={props.placeholder}
          w={props.w}
          maw={props.maw}
          miw={props.miw}
          style={props.flex ? { flex: props.flex } : undefined}
          data-autofocus={props['data-autofocus']}
          value={query ?? value?.label ?? ''}
          autoComplete="off"
          rightSection={rightSection}
          rightSectionPointerEvents={loading || !(props.clearable && value) ? 'none' : 'all'}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onClick={() => !props.readOnly && combobox.openDropdown()}
          onFocus={(event) => {
            event.currentTarget.select();
            if (!props.readOnly) combobox.openDropdown();
          }}
          onBlur={() => {
            combobox.closeDropdown();
            setQuery(null);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }}>
          {options.length === 0 && !loading ? (
            <Combobox.Empty>{props.nothingFound}</Combobox.Empty>
          ) : (
            options.map((option) => (
              <Combobox.Option
                key={option.value}
                value={option.value}
                active={option.value === value?.value}
                aria-selected={option.value === value?.value}
              >
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <Text size="sm" truncate="end">
                    {option.label}
                  </Text>
                  {option.description && (
                    <Text size="xs" c="dimmed" truncate="end" style={{ flexShrink: 1 }}>
                      {option.description}
                    </Text>
                  )}
                </Group>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

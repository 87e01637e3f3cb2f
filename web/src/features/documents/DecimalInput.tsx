import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NumberFieldKind, normaliseDecimalText, numberFieldError, parseDecimal } from './decimal-text';

type DecimalInputProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (text: string) => void;
  maxDecimals: number;
  /** Decimals shown after leaving the field (2 for prices: "12,50"). */
  minDecimals?: number;
  allowNegative?: boolean;
  /** Which message a text that is not a number gets ("Montant non valide : 120,50 ou 1 250,50"). */
  kind?: NumberFieldKind;
};

/**
 * The one input of every amount, price, quantity and percentage: typed the way the user writes it
 * ("120,50 €", "1 250,50", "1.250,50", "120.5"), read by the one shared parser and tidied to the
 * locale's form when the field is left. A text that does not read as a number is kept as typed and
 * refused on the field at once, never cleaned up. The text becomes the API's "12.50" only when sent,
 * so no binary float ever holds the amount.
 */
export function DecimalInput({
  value,
  onChange,
  maxDecimals,
  minDecimals,
  allowNegative,
  kind = 'amount',
  onBlur,
  error,
  ...props
}: DecimalInputProps) {
  const { t } = useTranslation();
  const [own, setOwn] = useState<string | null>(null);
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      {...props}
      value={value}
      error={error || own}
      onChange={(event) => {
        setOwn(null);
        onChange(event.currentTarget.value);
      }}
      onBlur={(event) => {
        const parsed = parseDecimal(value, { maxDecimals, allowNegative });
        // An empty field is for the form to judge: some are optional.
        setOwn(
          parsed.ok || parsed.reason === 'empty' ? null : numberFieldError(t, parsed, kind, maxDecimals),
        );
        const tidy = normaliseDecimalText(value, { maxDecimals, minDecimals, allowNegative });
        if (tidy !== value) onChange(tidy);
        onBlur?.(event);
      }}
    />
  );
}

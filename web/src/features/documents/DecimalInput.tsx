import { TextInput, type TextInputProps } from '@mantine/core';
import { normaliseDecimalText } from './decimal-text';

type DecimalInputProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (text: string) => void;
  maxDecimals: number;
  /** Decimals shown after leaving the field (2 for prices: "12,50"). */
  minDecimals?: number;
  allowNegative?: boolean;
};

/**
 * A decimal typed the way the user writes it ("12,50" in French and Dutch, "12.50" in English; both
 * accepted); tidied to the locale's form when the field is left. The text is parsed into the API's
 * "12.50" only when sending, so no binary float ever holds the amount.
 */
export function DecimalInput({
  value,
  onChange,
  maxDecimals,
  minDecimals,
  allowNegative,
  onBlur,
  ...props
}: DecimalInputProps) {
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const tidy = normaliseDecimalText(value, { maxDecimals, minDecimals, allowNegative });
        if (tidy !== value) onChange(tidy);
        onBlur?.(event);
      }}
    />
  );
}

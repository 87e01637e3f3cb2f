import { TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { belgianEnterpriseNumberOfVat, formatEnterpriseNumber } from './enterprise-number';

interface EnterpriseNumberInputProps {
  country: string;
  vatNumber: string;
  /** The form's `enterpriseNumber` binding (typed where the VAT number does not give it). */
  inputProps: GetInputPropsReturnType;
  readOnly?: boolean;
}

/**
 * The enterprise number: for a Belgian company it is the VAT number without "BE", shown as soon as
 * the VAT number is valid (and stored so by the server); elsewhere, or without a VAT number (small
 * businesses exempt from VAT), it is typed.
 */
export function EnterpriseNumberInput({
  country,
  vatNumber,
  inputProps,
  readOnly,
}: EnterpriseNumberInputProps) {
  const { t } = useTranslation();
  const derived = country === 'BE' ? belgianEnterpriseNumberOfVat(vatNumber) : null;
  if (derived) {
    return (
      <TextInput
        label={t('companies.fields.enterpriseNumber')}
        description={t('companies.fields.enterpriseNumberFromVat')}
        value={formatEnterpriseNumber(derived)}
        error={inputProps.error}
        readOnly
        variant="filled"
        data-derived
      />
    );
  }
  return (
    <TextInput
      label={t('companies.fields.enterpriseNumber')}
      description={t('companies.fields.enterpriseNumberHint')}
      placeholder={country === 'BE' ? '0123.456.749' : undefined}
      {...inputProps}
      readOnly={readOnly}
    />
  );
}

import { Grid, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { hasLookupPanel, VatLookupButton, VatLookupPanel } from '../contacts/VatLookupPanel';
import type { VatLookup, VatLookupResult } from '../contacts/vat-lookup';
import { EnterpriseNumberInput } from './EnterpriseNumberInput';

interface CompanyVatFieldsProps {
  country: string;
  vatNumber: string;
  /** The form's `vatNumber` and `enterpriseNumber` bindings. */
  vatNumberProps: GetInputPropsReturnType;
  enterpriseNumberProps: GetInputPropsReturnType;
  vies: VatLookup;
  /** May ask VIES (leaving the field, or with the field's button). */
  canLookUp?: boolean;
  readOnly?: boolean;
  /** Fills the form in from the register's answer. */
  onApply: (result: VatLookupResult) => void;
}

/**
 * A company's VAT number (looked up in VIES on leaving the field), its enterprise number (derived for
 * Belgium) and what VIES answered: the same cells of the creation page and of the company settings.
 */
export function CompanyVatFields({
  country,
  vatNumber,
  vatNumberProps,
  enterpriseNumberProps,
  vies,
  canLookUp = true,
  readOnly = false,
  onApply,
}: CompanyVatFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('companies.fields.vatNumber')}
          placeholder={country === 'BE' ? 'BE0123456749' : undefined}
          autoComplete="off"
          {...vatNumberProps}
          readOnly={readOnly}
          onBlur={(event) => {
            vatNumberProps.onBlur?.(event);
            if (canLookUp) vies.lookupOnBlur(event.currentTarget.value);
          }}
          rightSection={canLookUp && <VatLookupButton vies={vies} vatNumber={vatNumber} />}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <EnterpriseNumberInput
          country={country}
          vatNumber={vatNumber}
          inputProps={enterpriseNumberProps}
          readOnly={readOnly}
        />
      </Grid.Col>
      {hasLookupPanel(vies.state) && (
        <Grid.Col span={12}>
          <VatLookupPanel
            state={vies.state}
            vatNumber={vatNumber}
            onApply={onApply}
            onDismiss={vies.reset}
            onRetry={vies.lookup}
            applyLabel={t('companies.settings.vatLookupApply')}
          />
        </Grid.Col>
      )}
    </>
  );
}

import { Grid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { hasLookupPanel, VatLookupButton, VatLookupPanel } from '../contacts/VatLookupPanel';
import type { VatLookup, VatLookupResult } from '../contacts/vat-lookup';
import { EnterpriseNumberInput } from './EnterpriseNumberInput';

interface VatValues {
  country: string;
  vatNumber: string;
  enterpriseNumber: string;
}

interface CompanyVatFieldsProps<V extends VatValues> {
  /** The company form: its `country`, `vatNumber` and `enterpriseNumber` fields. */
  form: UseFormReturnType<V>;
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
export function CompanyVatFields<V extends VatValues>({
  form,
  vies,
  canLookUp = true,
  readOnly = false,
  onApply,
}: CompanyVatFieldsProps<V>) {
  const { t } = useTranslation();
  const { country, vatNumber } = form.values;
  const vatNumberProps = form.getInputProps('vatNumber');
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
          inputProps={form.getInputProps('enterpriseNumber')}
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

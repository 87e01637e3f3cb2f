import { type ComboboxData, Grid, Select, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/** The part of a Mantine form the fields bind to (method syntax, so any `useForm` result fits). */
interface AddressForm {
  getInputProps(path: string): GetInputPropsReturnType;
}

interface AddressFieldsProps {
  form: AddressForm;
  /** Form path of the address object: `address`, `deliveryAddress`… */
  prefix: string;
  /** Form path of the country; `<prefix>.country` when absent. */
  countryPath?: string;
  countries: ComboboxData;
  /** Translation namespace holding `line1`, `line2`, `postalCode`, `city` and `country`. */
  labels: 'companies.fields' | 'contacts.fields';
  /** Autofill section token (`billing`, `shipping`) put before each field's autocomplete name. */
  autoCompleteSection?: 'billing' | 'shipping';
  readOnly?: boolean;
  /** The country is required (it cannot be cleared); otherwise it can be left empty but not deselected. */
  countryRequired?: boolean;
}

/** Postal-address inputs: street lines, postal code, city and a searchable country select. */
export function AddressFields({
  form,
  prefix,
  countryPath = `${prefix}.country`,
  countries,
  labels,
  autoCompleteSection,
  readOnly,
  countryRequired = false,
}: AddressFieldsProps) {
  const { t } = useTranslation();
  const autoComplete = (name: string) => (autoCompleteSection ? `${autoCompleteSection} ${name}` : name);
  const input = (path: string) => ({ ...form.getInputProps(path), readOnly });

  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <TextInput
          label={t(`${labels}.line1`)}
          autoComplete={autoComplete('address-line1')}
          {...input(`${prefix}.line1`)}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput
          label={t(`${labels}.line2`)}
          autoComplete={autoComplete('address-line2')}
          {...input(`${prefix}.line2`)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label={t(`${labels}.postalCode`)}
          autoComplete={autoComplete('postal-code')}
          {...input(`${prefix}.postalCode`)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput
          label={t(`${labels}.city`)}
          autoComplete={autoComplete('address-level2')}
          {...input(`${prefix}.city`)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label={t(`${labels}.country`)}
          data={countries}
          searchable
          {...(countryRequired ? { required: true } : { allowDeselect: false })}
          {...input(countryPath)}
        />
      </Grid.Col>
    </Grid>
  );
}

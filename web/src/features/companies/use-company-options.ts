import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions, currencyOptions, timezoneOptions } from './options';

/** Select data, relabelled when the language changes. */
export function useCompanyOptions() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    void language;
    return {
      countries: countryOptions({
        primary: t('companies.countryGroups.primary'),
        eu: t('companies.countryGroups.eu'),
        other: t('companies.countryGroups.other'),
      }),
      currencies: currencyOptions(),
      timezones: timezoneOptions(),
    };
  }, [t, language]);
}

import { useApiRoute } from '../../lib/api/client';
import type { Unit, VatRates } from '../catalog/types';
import { useUnits, useVatRates } from '../catalog/use-catalog-data';
import type { Company } from '../companies/types';
import type { DocumentSettings } from './types';

export interface DocumentRefs {
  company: Company;
  settings: DocumentSettings;
  units: Unit[];
  vatRates: VatRates;
}

/** What the editor needs besides the document: the company, its document settings, units and VAT rates. */
export function useDocumentRefs(companyId: string) {
  const company = useApiRoute('/api/v1/companies/{companyId}', { companyId });
  const settings = useApiRoute('/api/v1/companies/{companyId}/document-settings', { companyId });
  const units = useUnits();
  const vatRates = useVatRates(companyId);
  const error = company.error ?? settings.error ?? units.error ?? vatRates.error;
  const data: DocumentRefs | undefined =
    company.data && settings.data && units.data && vatRates.data
      ? { company: company.data, settings: settings.data, units: units.data.items, vatRates: vatRates.data }
      : undefined;
  const reload = () => {
    company.reload();
    settings.reload();
    units.reload();
    vatRates.reload();
  };
  return { data, error, reload };
}

import { companyPath } from '../companies/company-context';

/** `/c/:companyId/recurring[/new | /:profileId[/edit]]` */
export function recurringPath(companyId: string, profileId?: string, sub?: 'edit'): string {
  const base = companyPath(companyId, 'recurring');
  if (!profileId) return base;
  if (profileId === 'new') return `${base}/new`;
  return `${base}/${encodeURIComponent(profileId)}${sub ? `/${sub}` : ''}`;
}

/** The editor prefilled from an invoice ("Make recurring"). */
export const fromInvoicePath = (companyId: string, invoiceId: string): string =>
  `${recurringPath(companyId, 'new')}?fromInvoice=${encodeURIComponent(invoiceId)}`;

export const PROFILES_ROUTE = '/api/v1/companies/{companyId}/recurring-profiles' as const;
export const PROFILE_ROUTE = '/api/v1/companies/{companyId}/recurring-profiles/{profileId}' as const;

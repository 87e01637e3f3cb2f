import { companyPath } from '../companies/company-context';

/** `/c/:companyId/purchases[/new | /:purchaseInvoiceId[/edit]]` */
export function purchasesPath(companyId: string, purchaseInvoiceId?: string, sub?: 'edit'): string {
  if (!purchaseInvoiceId) return companyPath(companyId, 'purchases');
  const base = companyPath(companyId, `purchases/${encodeURIComponent(purchaseInvoiceId)}`);
  return sub ? `${base}/${sub}` : base;
}

export const PURCHASES_ROUTE = '/api/v1/companies/{companyId}/purchase-invoices' as const;
export const PURCHASE_ROUTE = '/api/v1/companies/{companyId}/purchase-invoices/{purchaseInvoiceId}' as const;
export const PURCHASE_IMPORT_ROUTE = '/api/v1/companies/{companyId}/purchase-invoices/import' as const;
export const PURCHASE_ORIGINAL_ROUTE =
  '/api/v1/companies/{companyId}/purchase-invoices/{purchaseInvoiceId}/original' as const;

export const PURCHASES_READ = 'purchases.read';
export const PURCHASES_WRITE = 'purchases.write';

import { companyPath } from '../companies/company-context';

/** The payments list page, optionally filtered (`?contactId=…`). */
export const paymentsPath = (companyId: string) => companyPath(companyId, 'payments');

export const PAYMENTS_ROUTE = '/api/v1/companies/{companyId}/payments' as const;
export const PAYMENT_ROUTE = '/api/v1/companies/{companyId}/payments/{paymentId}' as const;
export const INVOICE_PAYMENTS_ROUTE = '/api/v1/companies/{companyId}/invoices/{documentId}/payments' as const;

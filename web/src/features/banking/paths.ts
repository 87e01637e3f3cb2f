import { companyPath } from '../companies/company-context';

/** `/c/:companyId/banking`: the accounts, the statement import and the transactions below them. */
export function bankingPath(companyId: string): string {
  return companyPath(companyId, 'banking');
}

export const BANK_ACCOUNTS_ROUTE = '/api/v1/companies/{companyId}/bank-accounts' as const;
export const BANK_ACCOUNT_ROUTE = '/api/v1/companies/{companyId}/bank-accounts/{accountId}' as const;
export const BANK_STATEMENTS_ROUTE = '/api/v1/companies/{companyId}/bank-statements' as const;
export const BANK_TRANSACTIONS_ROUTE = '/api/v1/companies/{companyId}/bank-transactions' as const;
export const BANK_CSV_PRESETS_ROUTE = '/api/v1/companies/{companyId}/bank-csv-presets' as const;

export const BANKING_READ = 'banking.read';
export const BANKING_MANAGE = 'banking.manage';

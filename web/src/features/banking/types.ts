import type { ApiListItem, ApiQuery, ApiResponse } from '../../lib/api/types';
import type { BANK_ACCOUNT_ROUTE, BANK_STATEMENTS_ROUTE, BANK_TRANSACTIONS_ROUTE } from './paths';

export type BankAccount = ApiResponse<typeof BANK_ACCOUNT_ROUTE>;
export type BankTransaction = ApiListItem<typeof BANK_TRANSACTIONS_ROUTE>;
export type BankTransactionQuery = ApiQuery<typeof BANK_TRANSACTIONS_ROUTE>;
export type StatementImport = ApiResponse<typeof BANK_STATEMENTS_ROUTE, 'post'>;
export type StatementImportAccount = StatementImport['accounts'][number];

export const DIRECTIONS = ['in', 'out'] as const;
export type Direction = (typeof DIRECTIONS)[number];

import type { ApiListItem, ApiQuery, ApiResponse } from '../../lib/api/types';
import type { PURCHASE_ROUTE, PURCHASES_ROUTE } from './paths';

export type Purchase = ApiResponse<typeof PURCHASE_ROUTE>;
export type PurchaseSummary = ApiListItem<typeof PURCHASES_ROUTE>;
export type PurchaseListQuery = ApiQuery<typeof PURCHASES_ROUTE>;
export type PurchaseStatus = PurchaseSummary['status'];

export const PURCHASE_STATUSES: readonly PurchaseStatus[] = ['to_approve', 'to_pay', 'paid'];

export const STATUS_COLORS: Record<PurchaseStatus, string> = {
  to_approve: 'orange',
  to_pay: 'blue',
  paid: 'teal',
};

export const PAYMENT_METHODS = ['bank_transfer', 'cash', 'card', 'direct_debit', 'other'] as const;
export type PurchasePaymentMethod = (typeof PAYMENT_METHODS)[number];

/** The e-invoice's syntax as people name it: UBL, CII, or Factur-X when it came inside a PDF. */
export function syntaxName(syntax: string | null, mimeType?: string | null): string | null {
  if (!syntax) return null;
  if (mimeType === 'application/pdf') return 'Factur-X';
  if (syntax === 'cii') return 'CII';
  if (syntax.startsWith('ubl')) return 'UBL';
  return syntax;
}

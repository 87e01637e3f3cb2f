import type { Schemas } from '../../lib/api/types';
import type { DocumentSummary } from '../documents/types';

export type Payment = Schemas['Payment'];
export type PaymentAllocation = Schemas['PaymentAllocation'];
export type PaymentMethod = Payment['method'];

export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  'bank_transfer',
  'cash',
  'card',
  'direct_debit',
  'cheque',
  'other',
];

export const PAYMENT_PERMISSIONS = { read: 'payments.read', record: 'payments.record' } as const;

/** What the payment dialog needs of an invoice (a list row and the full document both have it). */
export type PayableInvoice = Pick<
  DocumentSummary,
  'id' | 'number' | 'issueDate' | 'currency' | 'balance' | 'contactId' | 'contactName' | 'status'
>;

/** Invoice statuses that can still receive a payment (the server's rule, mirrored for the buttons). */
export const PAYABLE_STATUSES: readonly string[] = ['issued', 'sent', 'partially_paid'];

export const isPayable = (doc: Pick<DocumentSummary, 'kind' | 'status' | 'balance'>): boolean =>
  doc.kind === 'invoice' &&
  PAYABLE_STATUSES.includes(doc.status) &&
  doc.balance !== null &&
  /[1-9]/.test(doc.balance);

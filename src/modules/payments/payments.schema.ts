import { z } from 'zod';
import { CsvDelimiter, ListFormat } from '../../platform/http/csv.js';
import { AMOUNT_LIMITS } from '../../shared/amount-limits.js';
import { CalendarDateSchema } from '../../shared/dates.js';
import { decimalString } from '../../shared/decimal.js';
import { CurrencyCode } from '../../shared/identifiers.js';
import { Id, Instant, Text } from '../../shared/schemas.js';

export const PAYMENT_METHODS = ['bank_transfer', 'cash', 'card', 'direct_debit', 'cheque', 'other'] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/**
 * A positive amount in the currency's unit ("120.50"). Up to 3 decimals here (BHD, KWD…); the
 * service refuses more decimals than the currency has.
 */
const Amount = decimalString({ maxDecimals: 3, maxIntegerDigits: AMOUNT_LIMITS.amountDigits }).refine(
  (v) => /[1-9]/.test(v),
  'The amount must be more than zero',
);

/** Units of the invoice's currency for one unit of the payment's: EUR invoice, USD payment → "0.92". */
const ExchangeRate = decimalString({ maxDecimals: 10, maxIntegerDigits: 6 }).refine(
  (v) => /[1-9]/.test(v),
  'The exchange rate must be more than zero',
);

/**
 * What remains of a payment once allocated: `refuse` (the default) refuses a payment larger than
 * its allocations; `credit` keeps the remainder as the customer's credit, to allocate later or refund.
 */
const Unallocated = z.enum(['refuse', 'credit']).default('refuse');

export const AllocationIn = z.strictObject({
  invoiceId: Id,
  /**
   * In the payment's currency. Left out: the invoice's open balance (or what remains of the payment
   * if that is less).
   */
  amount: Amount.optional(),
  /** Required when the invoice is in another currency than the payment. */
  exchangeRate: ExchangeRate.optional(),
});
export type AllocationIn = z.infer<typeof AllocationIn>;

const paymentFields = {
  date: CalendarDateSchema,
  amount: Amount,
  method: PaymentMethod,
  reference: Text(140).nullable().optional(),
  note: Text(2000).nullable().optional(),
};

export const RecordPaymentBody = z.strictObject({
  contactId: Id,
  ...paymentFields,
  currency: CurrencyCode,
  allocations: z.array(AllocationIn).max(200).default([]),
  unallocated: Unallocated,
});
export type RecordPaymentInput = z.infer<typeof RecordPaymentBody>;

/** The payment of one invoice (its customer, and by default its currency). */
export const RecordInvoicePaymentBody = z.strictObject({
  ...paymentFields,
  currency: CurrencyCode.optional(),
  exchangeRate: ExchangeRate.optional(),
  unallocated: Unallocated,
});
export type RecordInvoicePaymentInput = z.infer<typeof RecordInvoicePaymentBody>;

export const AllocateBody = z.strictObject({
  allocations: z.array(AllocationIn).min(1).max(200),
});
export type AllocateInput = z.infer<typeof AllocateBody>;

export const CreditAllocationIn = z.strictObject({ invoiceId: Id, amount: Amount.optional() });
export const ApplyCreditNoteBody = z.strictObject({
  allocations: z.array(CreditAllocationIn).min(1).max(200),
});
export type ApplyCreditNoteInput = z.infer<typeof ApplyCreditNoteBody>;

export const RefundBody = z.strictObject({
  date: CalendarDateSchema,
  amount: Amount,
  method: PaymentMethod,
  reference: Text(140).nullable().optional(),
  note: Text(2000).nullable().optional(),
});
export type RefundInput = z.infer<typeof RefundBody>;

export const PaymentListQuery = z.strictObject({
  contactId: Id.optional(),
  invoiceId: Id.optional(),
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  method: PaymentMethod.optional(),
  currency: CurrencyCode.optional(),
  sort: z.enum(['date', '-date']).default('-date'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  delimiter: CsvDelimiter,
  format: ListFormat,
});
export type PaymentListQuery = z.infer<typeof PaymentListQuery>;

// ── Output ──────────────────────────────────────────────────────────────────────────────────────

export const AllocationOut = z
  .object({
    id: z.string(),
    invoiceId: z.string(),
    invoiceNumber: z.string().nullable(),
    /** In the invoice's currency: what its balance lost. */
    amount: z.string(),
    invoiceCurrency: z.string(),
    /** In the payment's (credit note's) currency: what it gave. */
    sourceAmount: z.string(),
    exchangeRate: z.string().nullable(),
    createdAt: Instant,
  })
  .meta({ id: 'PaymentAllocation' });

export const RefundOut = z
  .object({
    id: z.string(),
    date: z.string(),
    amount: z.string(),
    method: PaymentMethod,
    reference: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: Instant,
  })
  .meta({ id: 'PaymentRefund' });

export const PaymentOut = z
  .object({
    id: z.string(),
    contactId: z.string(),
    contactName: z.string().nullable(),
    date: z.string(),
    amount: z.string(),
    currency: z.string(),
    method: PaymentMethod,
    reference: z.string().nullable(),
    note: z.string().nullable(),
    /** Sum of the allocations, in the payment's currency. */
    allocated: z.string(),
    refunded: z.string(),
    /** The customer's credit left from this payment: amount less allocated and refunded. */
    unallocated: z.string(),
    allocations: z.array(AllocationOut),
    refunds: z.array(RefundOut),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'Payment' });
export type PaymentOut = z.infer<typeof PaymentOut>;

export const CreditNoteAllocationsOut = z
  .object({
    creditNoteId: z.string(),
    currency: z.string(),
    total: z.string(),
    applied: z.string(),
    remaining: z.string(),
    allocations: z.array(AllocationOut),
  })
  .meta({ id: 'CreditNoteAllocations' });
export type CreditNoteAllocationsOut = z.infer<typeof CreditNoteAllocationsOut>;

export const PaymentParams = z.strictObject({ companyId: Id, paymentId: Id });
export const AllocationParams = z.strictObject({ companyId: Id, paymentId: Id, allocationId: Id });
export const CreditAllocationParams = z.strictObject({ companyId: Id, documentId: Id, allocationId: Id });

import { z } from 'zod';
import { AMOUNT_LIMITS } from '../../shared/amount-limits.js';
import { CalendarDateSchema } from '../../shared/dates.js';
import { decimalString } from '../../shared/decimal.js';
import { Bic, CurrencyCode, Iban } from '../../shared/identifiers.js';
import { Id, Instant, Text } from '../../shared/schemas.js';
import { UnitCode } from '../../shared/units.js';
import { VAT_CATEGORIES } from '../../shared/vat-rates.js';
import { LineQuantity, LineUnitPrice, LineVatRate } from '../documents/index.js';

export const PURCHASE_STATUSES = ['to_approve', 'to_pay', 'paid'] as const;
export type PurchaseStatus = (typeof PURCHASE_STATUSES)[number];
export const PURCHASE_KINDS = ['invoice', 'credit_note'] as const;
export type PurchaseKind = (typeof PURCHASE_KINDS)[number];
export const PURCHASE_SOURCES = ['manual', 'upload', 'einvoice'] as const;
export type PurchaseSource = (typeof PURCHASE_SOURCES)[number];

const Money = decimalString({ maxDecimals: 2, maxIntegerDigits: AMOUNT_LIMITS.amountDigits });

export const PurchaseParams = z.strictObject({ companyId: Id, purchaseInvoiceId: Id });

// ── Input ───────────────────────────────────────────────────────────────────────────────────────
export const PurchaseLineIn = z.strictObject({
  description: Text(2000).pipe(z.string().min(1, 'Description is required')),
  quantity: LineQuantity,
  unitCode: UnitCode.optional(),
  unitPrice: LineUnitPrice,
  vatCategory: z.enum(VAT_CATEGORIES),
  vatRate: LineVatRate,
});
export type PurchaseLineIn = z.infer<typeof PurchaseLineIn>;

const purchaseFields = {
  supplierId: Id.nullable().optional(),
  number: Text(100).nullable().optional(),
  issueDate: CalendarDateSchema.nullable().optional(),
  dueDate: CalendarDateSchema.nullable().optional(),
  paymentReference: Text(140).nullable().optional(),
  supplierIban: Iban.nullable().optional(),
  supplierBic: Bic.nullable().optional(),
  notes: Text(5000).nullable().optional(),
  /**
   * The total to pay that the supplier's document shows: refused (422, `expectedTotal`) when the
   * lines give another, so that a typing mistake is caught at entry.
   */
  expectedTotal: Money.optional(),
};

export const CreatePurchaseBody = z.strictObject({
  kind: z.enum(PURCHASE_KINDS).default('invoice'),
  /** The company's currency when left out. */
  currency: CurrencyCode.optional(),
  ...purchaseFields,
  lines: z.array(PurchaseLineIn).max(500).default([]),
});
export type CreatePurchaseInput = z.infer<typeof CreatePurchaseBody>;

export const UpdatePurchaseBody = z.strictObject({
  kind: z.enum(PURCHASE_KINDS).optional(),
  currency: CurrencyCode.optional(),
  ...purchaseFields,
  /** Replaces every line when present. */
  lines: z.array(PurchaseLineIn).max(500).optional(),
});
export type UpdatePurchaseInput = z.infer<typeof UpdatePurchaseBody>;

export const ImportQuery = z.strictObject({
  /**
   * `einvoice`: the file must be an e-invoice (UBL, CII, or a PDF with one embedded), else it is
   * refused with the reason. `auto` (default): a PDF without an embedded e-invoice is kept as the
   * original of a purchase invoice to complete by hand.
   */
  expect: z.enum(['auto', 'einvoice']).default('auto'),
  filename: Text(200).optional(),
});
export type ImportQuery = z.infer<typeof ImportQuery>;

export const PurchasePaymentBody = z.strictObject({
  date: CalendarDateSchema,
  amount: Money.refine((v) => Number(v) > 0, 'A positive amount'),
  method: z.enum(['bank_transfer', 'cash', 'card', 'direct_debit', 'other']).default('bank_transfer'),
  reference: Text(140).nullable().optional(),
});
export type PurchasePaymentInput = z.infer<typeof PurchasePaymentBody>;

export const PurchaseListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  status: z.enum(PURCHASE_STATUSES).optional(),
  supplierId: Id.optional(),
  /** Due on or before this date (and not paid). */
  dueBefore: CalendarDateSchema.optional(),
  /** Due before today in the company's time zone, and not paid. */
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Supplier's number or supplier name. */
  q: Text(100).optional(),
});
export type PurchaseListQuery = z.infer<typeof PurchaseListQuery>;

// ── Output ──────────────────────────────────────────────────────────────────────────────────────
const SupplierOut = z.object({
  id: z.string(),
  name: z.string(),
  vatNumber: z.string().nullable(),
});

export const PurchaseLineOut = z.object({
  id: z.string(),
  lineRef: z.string().nullable(),
  description: z.string(),
  quantity: z.string(),
  unitCode: z.string().nullable(),
  unitPrice: z.string().nullable(),
  netAmount: z.string(),
  vatCategory: z.string(),
  vatRate: z.string().nullable(),
});

export const PurchaseVatOut = z.object({
  vatCategory: z.string(),
  vatRate: z.string().nullable(),
  taxableAmount: z.string(),
  vatAmount: z.string(),
  exemptionReason: z.string().nullable(),
});

export const PurchaseTotalsOut = z.object({
  /** BT-106. */
  lineNetAmount: z.string(),
  allowanceAmount: z.string(),
  chargeAmount: z.string(),
  /** BT-109. */
  netAmount: z.string(),
  /** BT-110. */
  vatAmount: z.string(),
  /** BT-112. */
  grossAmount: z.string(),
  prepaidAmount: z.string(),
  roundingAmount: z.string(),
  /** BT-115: what the supplier asks to be paid. */
  payableAmount: z.string(),
  paidAmount: z.string(),
  amountDue: z.string(),
});

export const PurchaseSummaryOut = z.object({
  id: z.string(),
  kind: z.enum(PURCHASE_KINDS),
  status: z.enum(PURCHASE_STATUSES),
  overdue: z.boolean(),
  source: z.enum(PURCHASE_SOURCES),
  syntax: z.string().nullable(),
  supplier: SupplierOut.nullable(),
  number: z.string().nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  currency: z.string(),
  totals: PurchaseTotalsOut,
  paymentReference: z.string().nullable(),
  createdAt: Instant,
});
export type PurchaseSummaryOut = z.infer<typeof PurchaseSummaryOut>;

export const PurchaseOut = PurchaseSummaryOut.extend({
  supplierIban: z.string().nullable(),
  supplierBic: z.string().nullable(),
  buyerReference: z.string().nullable(),
  orderReference: z.string().nullable(),
  notes: z.string().nullable(),
  lines: z.array(PurchaseLineOut),
  vatBreakdown: z.array(PurchaseVatOut),
  payments: z.array(
    z.object({
      id: z.string(),
      date: z.string(),
      amount: z.string(),
      method: z.string(),
      reference: z.string().nullable(),
    }),
  ),
  hasOriginal: z.boolean(),
  original: z
    .object({ filename: z.string(), mimeType: z.string(), size: z.number(), sha256: z.string() })
    .nullable(),
  approvedAt: Instant.nullable(),
  updatedAt: Instant,
});
export type PurchaseOut = z.infer<typeof PurchaseOut>;

export const PurchasePageOut = z.object({
  items: z.array(PurchaseSummaryOut),
  nextCursor: z.string().nullable(),
  /** Over every purchase invoice the filters select (not only this page). */
  summary: z.object({
    count: z.number(),
    /** What is left to pay on the selected invoices to approve or to pay, per currency (credit notes subtract). */
    toPay: z.array(z.object({ currency: z.string(), amount: z.string(), count: z.number() })),
  }),
});

import { z } from 'zod';
import { CsvDelimiter, ListFormat } from '../../platform/http/csv.js';
import { AddressOut } from '../../shared/address.js';
import { AMOUNT_LIMITS, LINE_AMOUNT_MESSAGE, lineAmountWithinLimit } from '../../shared/amount-limits.js';
import { CalendarDateSchema } from '../../shared/dates.js';
import { decimalString } from '../../shared/decimal.js';
import { CurrencyCode } from '../../shared/identifiers.js';
import { Id, Instant, Language, Text } from '../../shared/schemas.js';
import { UnitCode } from '../../shared/units.js';
import { VAT_CATEGORIES } from '../../shared/vat-rates.js';
import { DOCUMENT_KINDS } from './document-status.js';
import { PEPPOL_STATUSES } from './peppol-status.js';

export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export const VatCategorySchema = z.enum(VAT_CATEGORIES);

/** A line's quantity, unit price and VAT rate: the same on every kind of line (sales and purchases). */
export const Quantity = decimalString({
  maxDecimals: 3,
  allowNegative: true,
  maxIntegerDigits: AMOUNT_LIMITS.quantityDigits,
});
export const UnitPrice = decimalString({
  maxDecimals: 4,
  allowNegative: true,
  maxIntegerDigits: AMOUNT_LIMITS.unitPriceDigits,
});
const Percent = decimalString({ maxDecimals: 2 }).refine(
  (v) => Number(v) <= 100,
  'A percentage between 0 and 100',
);
export const VatRate = decimalString({ maxDecimals: 2 }).refine(
  (v) => !(Number(v) > AMOUNT_LIMITS.maxVatRate),
  'A VAT rate is at most 100 %',
);
/** Company currency units for one unit of the document's currency. */
const ExchangeRate = decimalString({ maxDecimals: 6, maxIntegerDigits: 6 }).refine(
  (v) => /[1-9]/.test(v),
  'The exchange rate must be more than zero',
);
const Money = decimalString({ maxDecimals: 2, maxIntegerDigits: AMOUNT_LIMITS.amountDigits });

// ── Input ───────────────────────────────────────────────────────────────────────────────────────
/**
 * A line is a product (its description, unit, price and VAT fill what the line leaves out) or free
 * text (then description, unit price and VAT are required).
 */
export const LineIn = z.strictObject({
  productId: Id.nullable().optional(),
  /** On a draft made from another document: the source line this one invoices or credits. */
  sourceLineId: Id.nullable().optional(),
  description: Text(2000).optional(),
  quantity: Quantity,
  unitCode: UnitCode.optional(),
  unitPrice: UnitPrice.optional(),
  discountPercent: Percent.optional(),
  vatCategory: VatCategorySchema.optional(),
  vatRate: VatRate.optional(),
  exemptionReason: Text(300).nullable().optional(),
});
export type LineIn = z.infer<typeof LineIn>;

const documentFields = {
  contactId: Id.nullable().optional(),
  subject: Text(200).nullable().optional(),
  buyerReference: Text(100).nullable().optional(),
  language: Language.optional(),
  currency: CurrencyCode.optional(),
  exchangeRate: ExchangeRate.nullable()
    .optional()
    .describe(
      "For a document in another currency than the company's: units of the company's currency for one unit of the document's (USD invoice of a euro company: 0.92). Its VAT is then also stated in the company's currency",
    ),
  pricesIncludeVat: z.boolean().optional(),
  discountPercent: Percent.optional(),
  issueDate: CalendarDateSchema.optional(),
  dueDate: CalendarDateSchema.nullable().optional(),
  deliveryDate: CalendarDateSchema.nullable()
    .optional()
    .describe(
      'Date of supply (EN 16931 BT-72): when the goods or services were supplied. Printed, as "Date de livraison / prestation", only when it differs from the issue date',
    ),
  validUntil: CalendarDateSchema.nullable().optional(),
  paymentTermsDays: z.number().int().min(0).max(365).nullable().optional(),
  notes: Text(5000).nullable().optional(),
  conditions: Text(5000).nullable().optional(),
};

export const CreateDocumentBody = z.strictObject({
  ...documentFields,
  lines: z.array(LineIn).max(500).default([]),
});
export type CreateDocumentInput = z.infer<typeof CreateDocumentBody>;

export const UpdateDocumentBody = z.strictObject({
  ...documentFields,
  /** Replaces every line when present. */
  lines: z.array(LineIn).max(500).optional(),
});
export type UpdateDocumentInput = z.infer<typeof UpdateDocumentBody>;

export const FinalizeBody = z.strictObject({
  /** The issue date; today in the company's time zone when left out. Never before the last one. */
  issueDate: CalendarDateSchema.optional(),
});
export type FinalizeInput = z.infer<typeof FinalizeBody>;

/** Most drafts one batch may hold (one transaction keeps the company's issuing lock meanwhile). */
export const MAX_FINALIZE_BATCH = 200;

export const FinalizeManyBody = z.strictObject({
  /** Drafts of the kind, numbered in this order. All are issued, or none. */
  ids: z
    .array(z.string().min(1))
    .min(1)
    .max(MAX_FINALIZE_BATCH)
    .refine((ids) => new Set(ids).size === ids.length, 'Each document may appear once'),
  issueDate: CalendarDateSchema.optional(),
});

export const FinalizedList = z.object({
  items: z.array(z.object({ id: z.string(), number: z.string() })),
});

export const InvoiceFromBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('full') }),
  z
    .strictObject({
      type: z.literal('deposit'),
      percent: Percent.optional(),
      amount: Money.describe('Including VAT').optional(),
    })
    .refine((v) => (v.percent === undefined) !== (v.amount === undefined), {
      message: 'Give either a percentage or an amount',
      path: ['percent'],
    }),
]);
export type InvoiceFromInput = z.infer<typeof InvoiceFromBody>;

export const CreditNoteFromBody = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('full'), reason: Text(500).optional() }),
  z.strictObject({
    mode: z.literal('lines'),
    lines: z
      .array(z.strictObject({ lineId: Id, quantity: decimalString({ maxDecimals: 3 }).optional() }))
      .min(1)
      .max(500),
    reason: Text(500).optional(),
  }),
  z.strictObject({
    mode: z.literal('amount'),
    amount: Money.describe('Including VAT'),
    reason: Text(500).optional(),
  }),
]);
export type CreditNoteFromInput = z.infer<typeof CreditNoteFromBody>;

export const CalculateBody = z.strictObject({
  currency: CurrencyCode,
  pricesIncludeVat: z.boolean().default(false),
  discountPercent: Percent.optional(),
  lines: z
    .array(
      z
        .strictObject({
          quantity: Quantity,
          unitPrice: UnitPrice,
          discountPercent: Percent.optional(),
          vatCategory: VatCategorySchema,
          vatRate: VatRate,
        })
        .refine((l) => lineAmountWithinLimit(l.quantity, l.unitPrice), {
          message: LINE_AMOUNT_MESSAGE,
          path: ['quantity'],
        }),
    )
    .max(500),
});

// ── Output ──────────────────────────────────────────────────────────────────────────────────────
export const PartyOut = z
  .object({
    contactId: Id.nullable(),
    name: z.string(),
    legalName: z.string().nullable(),
    vatNumber: z.string().nullable(),
    enterpriseNumber: z.string().nullable(),
    address: AddressOut,
    email: z.string().nullable(),
    iban: z.string().nullable(),
    bic: z.string().nullable(),
    peppolId: z.string().nullable(),
  })
  .meta({ id: 'Party' });
export type PartyOut = z.infer<typeof PartyOut>;

export const LineOut = z
  .object({
    id: Id,
    position: z.number().int(),
    productId: Id.nullable(),
    sourceLineId: Id.nullable(),
    description: z.string(),
    quantity: z.string(),
    unitCode: z.string(),
    unitPrice: z.string(),
    discountPercent: z.string(),
    vatCategory: VatCategorySchema,
    vatRate: z.string(),
    exemptionReason: z.string().nullable(),
    net: z.string(),
  })
  .meta({ id: 'DocumentLine' });

export const VatOut = z
  .object({
    category: VatCategorySchema,
    rate: z.string(),
    taxableAmount: z.string(),
    vatAmount: z.string(),
    exemptionCode: z.string().nullable(),
    exemptionReason: z.string().nullable(),
  })
  .meta({ id: 'VatLine' });

export const TotalsOut = z
  .object({
    lineNetTotal: z.string(),
    allowanceTotal: z.string(),
    taxExclusive: z.string(),
    vatTotal: z.string(),
    taxInclusive: z.string(),
    payable: z.string(),
  })
  .meta({ id: 'Totals' });

const DocumentSummaryFields = {
  id: Id,
  kind: DocumentKindSchema,
  status: z.string(),
  number: z.string().nullable(),
  contactId: Id.nullable(),
  contactName: z.string().nullable(),
  sourceId: Id.nullable(),
  billingType: z.enum(['standard', 'deposit', 'final']),
  subject: z.string().nullable(),
  currency: z.string(),
  issueDate: z.string(),
  dueDate: z.string().nullable(),
  validUntil: z.string().nullable(),
  totals: TotalsOut,
  /** Invoices: what is left to pay after credit notes and payments. */
  balance: z.string().nullable(),
  issuedAt: Instant.nullable(),
  overdue: z.boolean(),
  /** Invoices and credit notes: where the latest sending over Peppol stands; null when never sent so. */
  peppolStatus: z.enum(PEPPOL_STATUSES).nullable(),
  createdAt: Instant,
  updatedAt: Instant,
};

export const DocumentSummaryOut = z.object(DocumentSummaryFields).meta({ id: 'DocumentSummary' });
export type DocumentSummaryOut = z.infer<typeof DocumentSummaryOut>;

export const RelatedOut = z
  .object({
    id: Id,
    kind: DocumentKindSchema,
    number: z.string().nullable(),
    status: z.string(),
    billingType: z.enum(['standard', 'deposit', 'final']),
    relation: z.enum(['source', 'derived']),
    taxInclusive: z.string(),
  })
  .meta({ id: 'RelatedDocument' });

export const EventOut = z
  .object({
    action: z.string(),
    fromStatus: z.string().nullable(),
    toStatus: z.string(),
    at: Instant,
    userId: Id.nullable(),
    userName: z.string().nullable(),
    data: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'DocumentEvent' });

/**
 * Quotes: who accepted and when, as recorded at that moment — the name (and e-mail, if left) typed on
 * the customer's page, or the member who marked the quote accepted in the app.
 */
export const AcceptanceOut = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  at: Instant,
  via: z.enum(['public_page', 'app']),
  /** The company's IANA time zone, in which `at` is shown. */
  timeZone: z.string(),
});
export type AcceptanceOut = z.infer<typeof AcceptanceOut>;

export const DocumentOut = z
  .object({
    ...DocumentSummaryFields,
    buyerReference: z.string().nullable(),
    exchangeRate: z.string().nullable(),
    language: Language,
    pricesIncludeVat: z.boolean(),
    vatRegime: z.enum(['standard', 'franchise']),
    discountPercent: z.string(),
    deliveryDate: z.string().nullable(),
    paymentTermsDays: z.number().int().nullable(),
    notes: z.string().nullable(),
    conditions: z.string().nullable(),
    paymentReference: z.string().nullable(),
    lines: z.array(LineOut),
    vat: z.array(VatOut),
    credited: z.string(),
    paid: z.string(),
    /** Quotes and orders: net amount already invoiced (issued invoices less credit notes). */
    invoicedNet: z.string().nullable(),
    seller: PartyOut.nullable(),
    buyer: PartyOut.nullable(),
    contentHash: z.string().nullable(),
    previousHash: z.string().nullable(),
    allowedActions: z.array(z.string()),
    acceptance: AcceptanceOut.nullable(),
    related: z.array(RelatedOut),
    events: z.array(EventOut),
  })
  .meta({ id: 'Document' });
export type DocumentOut = z.infer<typeof DocumentOut>;

export const CalculateOut = z
  .object({
    lines: z.array(z.object({ net: z.string() })),
    vat: z.array(
      z.object({
        category: VatCategorySchema,
        rate: z.string(),
        taxableAmount: z.string(),
        vatAmount: z.string(),
      }),
    ),
    totals: TotalsOut,
  })
  .meta({ id: 'DocumentCalculation' });

export const DocumentListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: z.string().max(100).optional().describe('One status or several separated by commas'),
  contactId: Id.optional(),
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  sort: z.enum(['date', '-date', 'number', '-number']).default('-date'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  delimiter: CsvDelimiter,
  format: ListFormat,
});
export type DocumentListQuery = z.infer<typeof DocumentListQuery>;

/** The list's filters without sorting and paging: what the summary of a list counts and adds up. */
export const DocumentFilterQuery = DocumentListQuery.pick({
  q: true,
  status: true,
  contactId: true,
  from: true,
  to: true,
  overdue: true,
});
export type DocumentFilterQuery = z.infer<typeof DocumentFilterQuery>;

export const DocumentListSummaryOut = z
  .object({
    /** Every document the filters select, all currencies together. */
    count: z.number().int(),
    /** Sums per currency (amounts of different currencies are never added together). */
    currencies: z.array(
      z.object({
        currency: z.string(),
        count: z.number().int(),
        taxExclusive: z.string(),
        taxInclusive: z.string(),
        /** Invoices only: what issued invoices still await after credit notes and payments. */
        balance: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'DocumentListTotals' });

export const DocumentParams = z.strictObject({ companyId: Id, documentId: Id });

export const ChainVerificationOut = z
  .object({
    valid: z.boolean(),
    documents: z.number().int(),
    /** The first document whose hash or link does not match, when the chain is broken. */
    brokenAt: z
      .object({
        id: Id.nullable(),
        kind: DocumentKindSchema.nullable(),
        number: z.string().nullable(),
        chainIndex: z.number().int(),
        reason: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'ChainVerification' });

export const NumberFormats = z.strictObject({
  quote: z.string().max(60),
  order: z.string().max(60),
  invoice: z.string().max(60),
  credit_note: z.string().max(60),
});

export const MailAttachmentFormat = z.enum(['pdf', 'facturx']);
export type MailAttachmentFormat = z.infer<typeof MailAttachmentFormat>;

export const DocumentSettingsOut = z
  .object({
    numberFormats: NumberFormats,
    // One key per kind, spelled out: a record over an enum reads as any string key in OpenAPI.
    nextNumbers: z.object({
      quote: z.string(),
      order: z.string(),
      invoice: z.string(),
      credit_note: z.string(),
    }),
    paymentTermsDays: z.number().int(),
    quoteValidityDays: z.number().int(),
    vatRegime: z.enum(['standard', 'franchise']),
    paymentReferenceKind: z.enum(['be-ogm', 'rf']),
    pdfTemplate: z.enum(['classic', 'modern']),
    accentColor: z.string().nullable(),
    /** What invoice and credit note e-mails attach: the PDF, or the Factur-X PDF (the default in France). */
    mailAttachment: MailAttachmentFormat,
  })
  .meta({ id: 'DocumentSettings' });

export const PatchDocumentSettingsBody = z.strictObject({
  numberFormats: NumberFormats.partial().optional(),
  paymentTermsDays: z.number().int().min(0).max(365).optional(),
  quoteValidityDays: z.number().int().min(1).max(365).optional(),
  vatRegime: z.enum(['standard', 'franchise']).optional(),
  paymentReferenceKind: z.enum(['be-ogm', 'rf']).optional(),
  pdfTemplate: z.enum(['classic', 'modern']).optional(),
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'A colour as #RRGGBB')
    .nullable()
    .optional(),
  mailAttachment: MailAttachmentFormat.optional(),
});
export type PatchDocumentSettingsInput = z.infer<typeof PatchDocumentSettingsBody>;

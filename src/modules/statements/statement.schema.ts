import { z } from 'zod';
import { CalendarDateSchema } from '../../shared/dates.js';
import { Id, Language } from '../../shared/schemas.js';

export const StatementParams = z.strictObject({ companyId: Id, contactId: Id });

export const StatementQuery = z.strictObject({
  /** The day the statement is made as of; default today in the company's time zone. */
  asOf: CalendarDateSchema.optional(),
  /** First day of the movements listed; default one year before `asOf` (the day after). */
  from: CalendarDateSchema.optional(),
});
export type StatementQuery = z.infer<typeof StatementQuery>;

export const StatementPdfQuery = StatementQuery.extend({
  /** Default: the customer's language. */
  language: Language.optional(),
});

const Money = z.string().describe('Decimal string in the section currency');

export const StatementMovement = z.object({
  kind: z.enum(['invoice', 'credit_note', 'payment', 'refund', 'conversion']),
  /** The document, payment, refund, or (conversion) allocation id. */
  id: z.string(),
  date: z.string(),
  /** Document number, payment or refund reference, or the invoice a conversion settled. */
  reference: z.string().nullable(),
  /** Signed: what it adds to what the customer owes (invoices and refunds +, the rest −). */
  amount: Money,
  /** The running balance after it. */
  balance: Money,
  exchangeRate: z.string().nullable(),
});

export const StatementOpenItem = z.object({
  invoiceId: z.string(),
  number: z.string().nullable(),
  issueDate: z.string(),
  dueDate: z.string().nullable(),
  paymentReference: z.string().nullable(),
  /** The invoice's amount payable. */
  amount: Money,
  openBalance: Money,
  daysOverdue: z.number().int(),
  bucket: z.enum(['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90']),
});

export const StatementCredit = z.object({
  kind: z.enum(['payment', 'credit_note']),
  id: z.string(),
  date: z.string(),
  reference: z.string().nullable(),
  remaining: Money,
});

export const StatementAgeing = z.object({
  notDue: Money,
  days1to30: Money,
  days31to60: Money,
  days61to90: Money,
  over90: Money,
});

export const StatementSection = z.object({
  currency: z.string(),
  /** What the customer owed at the end of the day before `from`. */
  openingBalance: Money,
  movements: z.array(StatementMovement),
  /** What the customer owes at the end of `asOf`: opening balance plus the movements. */
  closingBalance: Money,
  openItems: z.array(StatementOpenItem),
  credits: z.array(StatementCredit),
  totals: z.object({
    /** Movements of the period, each positive. */
    invoiced: Money,
    credited: Money,
    paid: Money,
    refunded: Money,
    /** As of `asOf`: open items, of which overdue, the customer's unallocated credit. */
    open: Money,
    overdue: Money,
    unallocatedCredit: Money,
    /** Open items less the credit: equal to `closingBalance`. */
    balance: Money,
  }),
  ageing: StatementAgeing,
});

export const StatementOut = z.object({
  contactId: z.string(),
  contactName: z.string(),
  language: Language,
  asOf: z.string(),
  from: z.string(),
  /** One section per currency, the company's first; amounts of two currencies are never added up. */
  currencies: z.array(StatementSection),
});
export type StatementOut = z.infer<typeof StatementOut>;
export type StatementSection = z.infer<typeof StatementSection>;

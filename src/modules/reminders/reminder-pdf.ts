import { localeFormatters } from '../../shared/locale-format.js';
import type { CompanyRow } from '../companies/index.js';
import { type DocumentOut, pdfInputOf } from '../documents/index.js';
import type { PdfDocumentInput } from '../pdf/index.js';
import type { ReminderLevel } from './reminder-rules.js';
import { daysText, REMINDER_HEADINGS, reminderIntro } from './reminder-texts.js';

export interface ReminderPdfFacts {
  /** The reminder's stored tone: first reminder, second reminder or formal notice. */
  tone: ReminderLevel;
  /** The reminder's date and the new deadline, 'YYYY-MM-DD'. */
  date: string;
  payBy: string;
  daysLate: number;
  /** Decimal strings: the invoice's open balance, the fee, and their sum. */
  amountDue: string;
  fee: string;
  interest: string;
  damages: string;
  total: string;
}

/**
 * A reminder as the PDF renderer takes it. It starts from the invoice's own mapping (its frozen seller
 * and buyer, logo, colours, payment account and reference, the late-payment mentions of the seller's
 * country) and replaces the body: the level's heading and letter, and the invoice as one open item
 * with what is still due on it. The amount in the payment block and its EPC QR code is what is still
 * due (plus the fee), not the invoice's total.
 */
export function reminderPdfInput(
  invoice: DocumentOut,
  company: CompanyRow,
  logo: { data: Buffer; mime: string } | null,
  r: ReminderPdfFacts,
): PdfDocumentInput {
  const base = pdfInputOf(invoice, company, logo);
  const lang = invoice.language;
  const f = localeFormatters(lang, invoice.currency);
  const number = invoice.number ?? '';
  const dueDate = invoice.dueDate ?? r.date;
  return {
    ...base,
    kind: 'reminder',
    title: REMINDER_HEADINGS[lang][r.tone],
    number,
    issueDate: r.date,
    dueDate: r.payBy,
    deliveryDate: null,
    validUntil: null,
    subject: null,
    related: [],
    intro: reminderIntro(lang, r.tone, {
      invoiceNumber: number,
      issueDate: f.date(invoice.issueDate) ?? '',
      dueDate: f.date(dueDate) ?? '',
      daysLate: daysText(lang, r.daysLate),
      amountDue: f.money(r.amountDue),
      payBy: f.date(r.payBy) ?? '',
    }),
    openInvoices: {
      invoices: [
        {
          number,
          issueDate: invoice.issueDate,
          dueDate,
          daysLate: r.daysLate,
          total: invoice.totals.taxInclusive,
          due: r.amountDue,
        },
      ],
      fee: r.fee,
      interest: r.interest,
      damages: r.damages,
      total: r.total,
    },
    lines: [],
    vat: [],
    totals: {
      linesNet: r.total,
      taxExclusive: r.total,
      vat: '0.00',
      taxInclusive: r.total,
      due: r.total,
    },
    notes: null,
    conditions: null,
    paymentTerms: null,
    payment: base.payment ? { ...base.payment, amount: r.total, dueDate: r.payBy } : null,
  };
}

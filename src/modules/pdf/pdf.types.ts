/**
 * What the PDF renderer prints. The caller (invoices, quotes, reminders…) maps its own data onto this
 * type: every legal or business decision is already taken (which mentions, which VAT breakdown, what is
 * due), amounts are decimal strings and dates 'YYYY-MM-DD'. The renderer only lays out, translates its
 * own labels and formats numbers and dates for `language`.
 */

export type PdfDocumentKind = 'quote' | 'order' | 'invoice' | 'credit_note' | 'reminder' | 'statement';
export type PdfLanguage = 'fr' | 'nl' | 'en' | 'de';
export type PdfTemplate = 'classic' | 'modern';

/** A calendar date, 'YYYY-MM-DD'. */
export type PdfDate = string;
/** A decimal number as a string, '.' as decimal point, no grouping: "1234.50", "-3", "0.125". */
export type PdfDecimal = string;

export interface PdfParty {
  /** Trade name, printed first and largest. */
  name: string;
  /** Registered legal name when it differs from `name` (e.g. "Dupont Consulting SRL"). */
  legalName?: string | null;
  /** Street lines, then postal code and city, as they are to be printed. */
  addressLines?: readonly string[];
  /** ISO 3166-1 alpha-2; printed as the country's name in the document's language. */
  country?: string | null;
  vatNumber?: string | null;
  /**
   * Company registration number: Belgian enterprise number (BCE/KBO) or French SIREN, as it is to be
   * printed. Labelled after `country`: "N° d'entreprise"/"Ondernemingsnummer" for BE, "SIREN" for FR.
   */
  enterpriseNumber?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  iban?: string | null;
  bic?: string | null;
}

export interface PdfLogo {
  data: Buffer;
  mime: 'image/png' | 'image/jpeg';
}

export interface PdfLine {
  /** May hold several lines ("\n"); long lines wrap, and a very long description continues on the next page. */
  description: string;
  quantity: PdfDecimal;
  /** Unit name already in the document's language ("h", "jour", "pièce"), or null. */
  unit?: string | null;
  unitPrice: PdfDecimal;
  /** Line discount in percent ("10" = 10 %); the column is shown only when a line has one. */
  discountPercent?: PdfDecimal | null;
  /** VAT rate in percent ("21", "5.5"); null prints a dash. */
  vatRate?: PdfDecimal | null;
  /** Line net amount, excluding VAT, after the discount. */
  net: PdfDecimal;
}

export interface PdfVatBreakdown {
  /** UNCL5305 category: S, Z, E, AE, K, G, O… */
  category: string;
  rate: PdfDecimal;
  taxable: PdfDecimal;
  vat: PdfDecimal;
  /** Legal reason no VAT is charged (EN 16931 BT-120), in the document's language. */
  exemption?: string | null;
}

export interface PdfTotals {
  /** Sum of the line nets. */
  linesNet: PdfDecimal;
  /** Document-level discount, as a positive amount; printed when not zero. */
  allowance?: PdfDecimal | null;
  /** Percentage behind `allowance`, for its label ("Remise 5 %"). */
  allowancePercent?: PdfDecimal | null;
  /** Total excluding VAT (lines less allowance). */
  taxExclusive: PdfDecimal;
  vat: PdfDecimal;
  /** Total including VAT. */
  taxInclusive: PdfDecimal;
  /** Already paid (payments, deposits); printed when not zero. */
  paid?: PdfDecimal | null;
  /** Already credited by credit notes; printed when not zero. */
  credited?: PdfDecimal | null;
  /** Amount still due; printed under the total when paid or credited is not zero, or when it differs. */
  due?: PdfDecimal | null;
  /**
   * A document in a foreign currency: its VAT in the company's currency (VAT Directive art. 230), with
   * the rate used (units of `currency` for one unit of the document's); printed under the VAT breakdown.
   */
  vatInAccountingCurrency?: { currency: string; amount: PdfDecimal; exchangeRate: PdfDecimal } | null;
}

/** Data of a SEPA credit transfer: printed, and encoded as an EPC QR code when the currency is EUR. */
export interface PdfPayment {
  amount: PdfDecimal;
  dueDate?: PdfDate | null;
  /** Account holder, ≤ 70 characters (EPC069-12). */
  beneficiary: string;
  iban: string;
  bic?: string | null;
  /**
   * Structured reference as printed: Belgian structured communication "+++123/4567/89002+++" or ISO
   * 11649 "RF18 5390 0754 7034". The QR code carries it in its structured field.
   */
  reference?: string | null;
  /** Free-text communication when there is no structured reference (e.g. the invoice number). */
  remittance?: string | null;
}

/** Another document this one refers to: the invoice a credit note corrects, the quote an order confirms. */
export interface PdfRelatedDocument {
  kind: PdfDocumentKind;
  number: string;
  issueDate?: PdfDate | null;
}

/** An invoice a reminder (or a statement) asks to be paid. */
export interface PdfOpenInvoice {
  number: string;
  issueDate: PdfDate;
  dueDate?: PdfDate | null;
  /** Whole days past the due date, on the document's date. */
  daysLate?: number | null;
  /** The invoice's total including VAT. */
  total: PdfDecimal;
  /** What is still to pay on it, after payments and credit notes. */
  due: PdfDecimal;
  /** Its structured communication, printed under the number (statements). */
  reference?: string | null;
}

/** The invoices a reminder is about and what the reader is asked to pay. */
export interface PdfOpenInvoices {
  invoices: readonly PdfOpenInvoice[];
  /** Reminder fee; printed when not zero. */
  fee?: PdfDecimal | null;
  /** Late-payment interest and fixed damages; each printed when not zero. */
  interest?: PdfDecimal | null;
  damages?: PdfDecimal | null;
  /** The customer's credit not yet set against an invoice (statements), positive; printed when not zero. */
  credit?: PdfDecimal | null;
  /** The open amounts plus the fee, interest and damages, less the credit. */
  total: PdfDecimal;
}

/** What is open, by how long it is overdue on the document's date (statements). */
export interface PdfAgeing {
  notDue: PdfDecimal;
  days1to30: PdfDecimal;
  days31to60: PdfDecimal;
  days61to90: PdfDecimal;
  over90: PdfDecimal;
}

/** One currency of a statement of account: amounts of two currencies are never added up. */
export interface PdfStatementSection {
  currency: string;
  open: PdfOpenInvoices;
  ageing: PdfAgeing;
}

export interface PdfDocumentInput {
  kind: PdfDocumentKind;
  language: PdfLanguage;
  /** The heading when it is not the kind's own title (a reminder's level: "Mise en demeure"). */
  title?: string | null;
  /** Null for a draft: the pages then carry a DRAFT watermark in the document's language. */
  number: string | null;
  issueDate: PdfDate;
  dueDate?: PdfDate | null;
  deliveryDate?: PdfDate | null;
  /** Quotes: the offer's validity. */
  validUntil?: PdfDate | null;
  /** ISO 4217 code: "EUR". */
  currency: string;
  seller: PdfParty;
  buyer: PdfParty;
  logo?: PdfLogo | null;
  /** '#RRGGBB'; a sober dark blue when absent. */
  accentColor?: string | null;
  subject?: string | null;
  /** The buyer's reference (purchase order, EN 16931 BT-10). */
  buyerReference?: string | null;
  related?: readonly PdfRelatedDocument[];
  /** A letter's opening paragraphs (blank-line separated), printed before the body: reminders. */
  intro?: string | null;
  /**
   * Reminders: the invoices asked to be paid. When present, this table and its total take the place
   * of the lines, the VAT breakdown and the totals.
   */
  openInvoices?: PdfOpenInvoices | null;
  /**
   * Statements of account: one open-items table and ageing summary per currency, in the place of
   * the lines (`currency` is then the section the payment block is about).
   */
  statement?: readonly PdfStatementSection[] | null;
  lines: readonly PdfLine[];
  vat: readonly PdfVatBreakdown[];
  totals: PdfTotals;
  notes?: string | null;
  conditions?: string | null;
  /** "Payable within 30 days", as the caller words it. */
  paymentTerms?: string | null;
  /** Printed at the end, one paragraph each: see `legalMentions()`. */
  legalMentions?: readonly string[];
  payment?: PdfPayment | null;
}

/** The Factur-X profiles (fx:ConformanceLevel), from the least data to the most. */
export type PdfFacturxProfile = 'MINIMUM' | 'BASIC WL' | 'BASIC' | 'EN 16931' | 'EXTENDED';

/** The structured invoice that makes the PDF a Factur-X file (facturx.ts). */
export interface PdfFacturx {
  /** The CII XML (rsm:CrossIndustryInvoice) of the same invoice, embedded as `factur-x.xml`, UTF-8. */
  xml: string;
  profile: PdfFacturxProfile;
  documentType?: 'INVOICE';
}

export interface PdfRenderOptions {
  template?: PdfTemplate;
  /**
   * The same pages as a PDF/A-3b file with this XML embedded: a Factur-X invoice. Without it, the
   * plain PDF, whose bytes do not change.
   */
  facturx?: PdfFacturx | null;
}

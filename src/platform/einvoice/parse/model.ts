import type { EInvoiceSyntax } from '../rules.js';

/**
 * An incoming e-invoice read into one neutral shape, whatever its syntax (UBL Invoice, UBL CreditNote,
 * CII D16B, or the CII inside a Factur-X/ZUGFeRD PDF). Amounts, quantities and rates are the
 * document's own decimal strings (`"1234.50"`), never numbers; dates are `'YYYY-MM-DD'`.
 * `null` means the document does not state the value. Business terms (BT-…) are EN 16931's.
 */
export interface ParsedInvoice {
  syntax: EInvoiceSyntax;
  /** The PDF attachment the XML came from (`factur-x.xml`), null for an XML file. */
  pdfAttachment: string | null;
  /** BT-24 (UBL CustomizationID, CII guideline) and BT-23 (UBL ProfileID, CII business process). */
  specification: string;
  businessProcess: string | null;
  documentType: 'invoice' | 'credit_note';
  /** BT-3, UNTDID 1001: 380 invoice, 381 credit note, 384 corrective, 386 prepayment… */
  typeCode: string;
  number: string;
  issueDate: string;
  dueDate: string | null;
  /** BT-72 actual delivery date. */
  deliveryDate: string | null;
  /** BT-5 (ISO 4217). */
  currency: string;
  buyerReference: string | null;
  /** BT-13 purchase order reference. */
  orderReference: string | null;
  notes: string[];
  /** BG-3: the invoices a credit note or corrective invoice refers to. */
  precedingInvoices: Array<{ number: string; issueDate: string | null }>;
  seller: ParsedParty;
  buyer: ParsedParty;
  payment: ParsedPayment;
  lines: ParsedLine[];
  /** BG-20 / BG-21, document level. */
  allowanceCharges: ParsedAllowanceCharge[];
  vatBreakdown: ParsedVatGroup[];
  totals: ParsedTotals;
  /** BG-24 documents embedded in the invoice (often the supplier's own PDF rendering). */
  attachments: ParsedAttachment[];
}

export interface ParsedIdentifier {
  id: string;
  /** ISO 6523 ICD (`0208`) or EAS code (`9925`); null when none is given. */
  scheme: string | null;
}

export interface ParsedParty {
  /** Trading name (BT-28/45) or else the legal name. */
  name: string;
  /** BT-27 / BT-44 registration name. */
  legalName: string | null;
  /** BT-31 / BT-48, with its country prefix as written. */
  vatNumber: string | null;
  /** BT-32 seller tax registration (not VAT). */
  taxRegistrationId: string | null;
  /** BT-30 / BT-47 legal registration identifier (company number, SIREN…). */
  legalRegistration: ParsedIdentifier | null;
  /** BT-29 / BT-46 party identifiers. */
  identifiers: ParsedIdentifier[];
  /** BT-34 / BT-49 electronic address (Peppol endpoint). */
  endpoint: ParsedIdentifier | null;
  address: ParsedAddress | null;
  contact: { name: string | null; phone: string | null; email: string | null } | null;
}

export interface ParsedAddress {
  lines: string[];
  city: string | null;
  postalCode: string | null;
  subdivision: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
}

export interface ParsedPayment {
  /** BT-81, UNCL4461 (30 credit transfer, 58 SEPA credit transfer, 59 SEPA direct debit…). */
  meansCode: string | null;
  /** BG-17: accounts to pay to; `account` is the IBAN for SEPA transfers (BT-84). */
  accounts: Array<{ account: string; name: string | null; bic: string | null }>;
  /** BT-83 remittance information (structured communication, RF reference…). */
  reference: string | null;
  /** BT-20. */
  terms: string | null;
}

export interface ParsedLine {
  /** BT-126. */
  id: string;
  name: string;
  description: string | null;
  quantity: string;
  /** UN/ECE Rec 20 (`C62`, `HUR`…). */
  unitCode: string | null;
  /** BT-146 net price per `priceBaseQuantity` units. */
  netPrice: string | null;
  priceBaseQuantity: string | null;
  /** BT-131 line net amount. */
  netAmount: string;
  vatCategory: string;
  vatRate: string | null;
  allowanceCharges: ParsedAllowanceCharge[];
}

export interface ParsedAllowanceCharge {
  kind: 'allowance' | 'charge';
  amount: string;
  baseAmount: string | null;
  percent: string | null;
  reason: string | null;
  reasonCode: string | null;
  /** Document level only (line-level ones take the line's VAT). */
  vatCategory: string | null;
  vatRate: string | null;
}

export interface ParsedVatGroup {
  category: string;
  rate: string | null;
  taxableAmount: string;
  taxAmount: string;
  exemptionReason: string | null;
  exemptionReasonCode: string | null;
}

export interface ParsedTotals {
  /** BT-106 Σ line net amounts. */
  lineTotal: string;
  allowanceTotal: string | null;
  chargeTotal: string | null;
  /** BT-109. */
  taxExclusive: string;
  /** BT-110, in the document currency. */
  vatTotal: string | null;
  /** BT-112. */
  taxInclusive: string;
  prepaid: string | null;
  rounding: string | null;
  /** BT-115 amount due. */
  payable: string;
}

export interface ParsedAttachment {
  /** BT-122. */
  id: string;
  description: string | null;
  filename: string | null;
  mimeCode: string | null;
  /** The embedded bytes (BT-125), null for an external reference only. */
  content: Buffer | null;
  /** BT-124 external location. */
  uri: string | null;
}

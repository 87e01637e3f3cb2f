/**
 * One neutral model of an outgoing e-invoice, in EN 16931 terms (BT-/BG- numbers in the comments).
 * Built once from an issued document (einvoice.build.ts) and written out as UBL (ubl.ts) or CII
 * (cii.ts): the two syntaxes differ in element names and order only, never in what they say.
 * Amounts are decimal strings with the currency's decimals, as the document stores them.
 */
import type { VatCategory } from '../documents/document-totals.js';

/** An electronic address or a legal identifier with its ISO 6523 / EAS scheme (`0208`, `9925`…). */
export interface SchemeId {
  id: string;
  scheme: string;
}

export interface EAddress {
  line1: string | null;
  line2: string | null;
  city: string | null;
  postalCode: string | null;
  /** ISO 3166-1 alpha-2 (BT-40, BT-55). */
  country: string;
}

export interface EParty {
  /** BT-27 / BT-44: the name the party trades under. */
  name: string;
  /** BT-28 / BT-45 trading name, when it differs from the registration name. */
  tradingName: string | null;
  /** Registration name (PartyLegalEntity/RegistrationName). */
  legalName: string;
  /** BT-31 / BT-48, with its country prefix. */
  vatNumber: string | null;
  /** BT-30 / BT-47 legal registration identifier (enterprise number, SIREN…). */
  legalId: SchemeId | null;
  /** BT-34 / BT-49 electronic address (the Peppol participant id); Peppol requires it, EN 16931 does not. */
  endpoint: SchemeId | null;
  address: EAddress;
  email: string | null;
}

export interface EAllowance {
  /** BT-92 / BT-136 */
  amount: string;
  /** BT-93 / BT-137 base and BT-94 / BT-138 percentage, together or not at all (PEPPOL-EN16931-R041/R042). */
  base: string | null;
  percent: string | null;
  /** BT-97 / BT-139 */
  reason: string;
  /** BT-98 / BT-140 (UNCL5189; 95 = discount). */
  reasonCode: string;
}

export interface ELine {
  /** BT-126 */
  id: string;
  /** BT-153 item name (the description's first line). */
  name: string;
  /** BT-154 item description (the rest of it), when there is more. */
  description: string | null;
  /** BT-129, may be negative (a deposit deducted). */
  quantity: string;
  /** BT-130 (UN/ECE Rec. 20). */
  unitCode: string;
  /** BT-146 item net price, VAT excluded, never negative (BR-27). */
  price: string;
  /** BT-131 */
  net: string;
  /** BG-27: the line discount. */
  allowance: EAllowance | null;
  /** BT-151, BT-152 */
  vatCategory: VatCategory;
  vatRate: string;
  /** Belgian tax category code (UBL.BE BTCC), written only in the Belgian flavour. */
  beTaxCode: string;
}

export interface EVatGroup {
  category: VatCategory;
  rate: string;
  /** BT-116, BT-117 */
  taxable: string;
  vat: string;
  /** BT-121, BT-120 */
  exemptionCode: string | null;
  exemptionReason: string | null;
  beTaxCode: string;
}

/** BG-20: a document-level allowance (the document discount), one per VAT group (BR-32). */
export interface EDocumentAllowance extends EAllowance {
  vatCategory: VatCategory;
  vatRate: string;
}

export interface EAttachment {
  /** BT-122 */
  id: string;
  /** BT-123; also "CommercialInvoice" / "CreditNote" for UBL.BE (ubl-BE-02). */
  description: string;
  filename: string;
  mime: string;
  content: Buffer;
}

export interface EInvoice {
  kind: 'invoice' | 'credit_note';
  /** BT-3 (UNCL1001): 380 invoice, 386 prepayment (deposit) invoice, 381 credit note. */
  typeCode: '380' | '381' | '386';
  /** BT-1 */
  number: string;
  /** BT-2 */
  issueDate: string;
  /** BT-9 */
  dueDate: string | null;
  /** BT-72: the date of supply. */
  deliveryDate: string | null;
  /** BT-80: the country goods go to, required for an intra-community supply (BR-IC-12). */
  deliveryCountry: string | null;
  /** BT-5 */
  currency: string;
  /** BT-6 and BT-111: VAT in the accounting currency, when the document is in another one. */
  taxCurrency: { code: string; vatTotal: string } | null;
  /** BT-10 */
  buyerReference: string | null;
  /** BT-13, used when the buyer gave no reference (PEPPOL-EN16931-R003 needs one of them). */
  orderReference: string | null;
  /** BT-22 */
  note: string | null;
  /** BG-3: the invoice a credit note corrects, the deposit invoices a final invoice deducts. */
  preceding: { number: string; issueDate: string | null }[];
  seller: EParty;
  buyer: EParty;
  /** BG-16: credit transfer to the seller's account, with the structured reference (BT-83). */
  payment: { meansCode: '30' | '58'; iban: string; bic: string | null; reference: string | null } | null;
  /** BT-20 */
  paymentTerms: string | null;
  lines: ELine[];
  allowances: EDocumentAllowance[];
  vat: EVatGroup[];
  totals: {
    /** BT-106 */
    lineNet: string;
    /** BT-107 */
    allowances: string;
    /** BT-109 */
    taxExclusive: string;
    /** BT-110 */
    vat: string;
    /** BT-112 */
    taxInclusive: string;
    /** BT-115 */
    payable: string;
  };
  /** BG-24: the invoice PDF, so that the receiver sees what the customer would have printed. */
  attachments: EAttachment[];
}

/** Specification identifier (BT-24) and business process (BT-23) of Peppol BIS Billing 3.0. */
export const PEPPOL_BIS3_CUSTOMIZATION =
  'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PEPPOL_BIS3_PROFILE = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
/** Specification identifier of the Belgian UBL.BE CIUS (its rules refuse any other, Peppol's included). */
export const UBLBE_CUSTOMIZATION = 'urn:cen.eu:en16931:2017#conformant#urn:UBL.BE:1.0.0.20180214';

import type { VatCategory } from '../catalog/types';

export type DocumentKind = 'quote' | 'order' | 'invoice' | 'credit_note';
export type DocumentLanguage = 'fr' | 'nl' | 'en' | 'de';
export type BillingType = 'standard' | 'deposit' | 'final';
export type VatRegime = 'standard' | 'franchise';
export type PaymentReferenceKind = 'be-ogm' | 'rf';

export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = ['fr', 'nl', 'en', 'de'];

export interface Totals {
  lineNetTotal: string;
  allowanceTotal: string;
  taxExclusive: string;
  vatTotal: string;
  taxInclusive: string;
  payable: string;
}

export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  status: string;
  number: string | null;
  contactId: string | null;
  contactName: string | null;
  sourceId: string | null;
  billingType: BillingType;
  subject: string | null;
  currency: string;
  issueDate: string;
  dueDate: string | null;
  validUntil: string | null;
  totals: Totals;
  balance: string | null;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface PartyAddress {
  line1: string | null;
  line2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
}

export interface Party {
  contactId: string | null;
  name: string;
  legalName: string | null;
  vatNumber: string | null;
  enterpriseNumber: string | null;
  address: PartyAddress;
  email: string | null;
  iban: string | null;
  bic: string | null;
  peppolId: string | null;
}

export interface DocumentLine {
  id: string;
  position: number;
  productId: string | null;
  sourceLineId: string | null;
  description: string;
  quantity: string;
  unitCode: string;
  unitPrice: string;
  discountPercent: string;
  vatCategory: VatCategory;
  vatRate: string;
  exemptionReason: string | null;
  net: string;
}

export interface VatLine {
  category: VatCategory;
  rate: string;
  taxableAmount: string;
  vatAmount: string;
  exemptionCode?: string | null;
  exemptionReason?: string | null;
}

export interface RelatedDocument {
  id: string;
  kind: DocumentKind;
  number: string | null;
  status: string;
  billingType: BillingType;
  relation: 'source' | 'derived';
  taxInclusive: string;
}

export interface DocumentEvent {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  at: string;
  userId: string | null;
  userName: string | null;
  data: Record<string, unknown> | null;
}

export interface SalesDocument extends DocumentSummary {
  buyerReference: string | null;
  language: DocumentLanguage;
  pricesIncludeVat: boolean;
  vatRegime: VatRegime;
  discountPercent: string;
  deliveryDate: string | null;
  paymentTermsDays: number | null;
  notes: string | null;
  conditions: string | null;
  paymentReference: string | null;
  lines: DocumentLine[];
  vat: VatLine[];
  credited: string;
  paid: string;
  invoicedNet: string | null;
  seller: Party | null;
  buyer: Party | null;
  contentHash: string | null;
  previousHash: string | null;
  issuedAt: string | null;
  allowedActions: string[];
  /** Quotes: who accepted and when, as recorded at acceptance. */
  acceptance: Acceptance | null;
  related: RelatedDocument[];
  events: DocumentEvent[];
}

export interface Acceptance {
  name: string | null;
  email: string | null;
  at: string;
  via: 'public_page' | 'app';
  /** The company's time zone, in which `at` is shown. */
  timeZone: string;
}

export interface DocumentSettings {
  numberFormats: Record<DocumentKind, string>;
  nextNumbers: Record<DocumentKind, string>;
  paymentTermsDays: number;
  quoteValidityDays: number;
  vatRegime: VatRegime;
  paymentReferenceKind: PaymentReferenceKind;
}

export interface LineInput {
  productId?: string | null;
  description?: string;
  quantity: string;
  unitCode?: string;
  unitPrice?: string;
  discountPercent?: string;
  vatCategory?: VatCategory;
  vatRate?: string;
  exemptionReason?: string | null;
}

export interface DocumentInput {
  contactId?: string | null;
  subject?: string | null;
  buyerReference?: string | null;
  language?: DocumentLanguage;
  currency?: string;
  pricesIncludeVat?: boolean;
  discountPercent?: string;
  dueDate?: string | null;
  deliveryDate?: string | null;
  validUntil?: string | null;
  paymentTermsDays?: number | null;
  notes?: string | null;
  conditions?: string | null;
  lines?: LineInput[];
}

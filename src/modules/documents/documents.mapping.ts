import { fromScaled } from '../../shared/decimal.js';
import type { Language } from '../../shared/schemas.js';
import type { CompanyRow } from '../companies/index.js';
import type { ContactOut } from '../contacts/index.js';
import { openBalanceMinor } from './document-balance.js';
import { money } from './document-content.js';
import {
  allowedActions,
  type DocumentAction,
  type DocumentKind,
  type DocumentStatus,
  isOverdue,
} from './document-status.js';
import type { DocumentRow, EventRow, LineRow, VatRow } from './documents.repository.js';
import type { AcceptanceOut, DocumentOut, DocumentSummaryOut, PartyOut } from './documents.schema.js';
import { latestPeppolStatus, peppolStatusOf } from './peppol-status.js';

export const sellerOf = (c: CompanyRow): PartyOut => ({
  contactId: null,
  name: c.name,
  legalName: c.legal_name,
  vatNumber: c.vat_number,
  enterpriseNumber: c.enterprise_number,
  address: {
    line1: c.address_line1,
    line2: c.address_line2,
    postalCode: c.postal_code,
    city: c.city,
    country: c.address_country ?? c.country,
  },
  email: c.email,
  iban: c.iban,
  bic: c.bic,
  peppolId: null,
});

export const buyerOf = (c: ContactOut): PartyOut => ({
  contactId: c.id,
  name: c.name,
  legalName: c.legalName,
  vatNumber: c.vatNumber,
  enterpriseNumber: c.enterpriseNumber,
  address: c.address,
  email: c.emails[0] ?? null,
  iban: c.iban,
  bic: c.bic,
  peppolId: c.peppolId,
});

const BILLING_TYPES = ['standard', 'deposit', 'final'] as const;
const billingType = (v: string) => BILLING_TYPES.find((t) => t === v) ?? 'standard';

/** Documents whose open balance counts (invoices only), by the one rule of document-balance.ts. */
function balanceOf(r: DocumentRow): string | null {
  const open = openBalanceMinor(r);
  return open === null ? null : money(open, r.currency);
}

export function toSummary(
  r: DocumentRow & { contact_name?: string | null; peppol_event?: string | null },
  today: string,
): DocumentSummaryOut {
  return {
    id: r.id,
    kind: r.kind as DocumentKind,
    status: r.status,
    number: r.number,
    contactId: r.contact_id,
    contactName: (r.buyer ? (JSON.parse(r.buyer) as PartyOut).name : r.contact_name) ?? null,
    sourceId: r.source_id,
    billingType: billingType(r.billing_type),
    subject: r.subject,
    currency: r.currency,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    validUntil: r.valid_until,
    totals: {
      lineNetTotal: money(r.line_net_minor, r.currency),
      allowanceTotal: money(r.allowance_minor, r.currency),
      taxExclusive: money(r.tax_exclusive_minor, r.currency),
      vatTotal: money(r.vat_minor, r.currency),
      taxInclusive: money(r.tax_inclusive_minor, r.currency),
      payable: money(r.payable_minor, r.currency),
    },
    balance: balanceOf(r),
    issuedAt: r.issued_at,
    overdue:
      r.kind === 'invoice' && isOverdue({ status: r.status as DocumentStatus, dueDate: r.due_date, today }),
    peppolStatus: peppolStatusOf(r.peppol_event),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface DocumentParts {
  row: DocumentRow;
  lines: LineRow[];
  vat: VatRow[];
  events: (EventRow & { user_name: string | null })[];
  related: { row: DocumentRow; relation: 'source' | 'derived' }[];
  invoicedNetMinor: number | null;
  /** Live parties of a draft (snapshots are taken at issue). */
  liveSeller: PartyOut | null;
  liveBuyer: PartyOut | null;
  contactName: string | null;
  today: string;
  /** The company's time zone (instants such as an acceptance are shown in it). */
  timeZone: string;
  /** Conversions open to this document ("order", "invoice", "deposit", "credit_note"). */
  conversions: string[];
}

/** The step out of draft has the name users know for each kind of document. */
export const FINALIZE_NAME: Record<DocumentKind, string> = {
  quote: 'send',
  order: 'confirm',
  invoice: 'issue',
  credit_note: 'issue',
};

export const actionName = (kind: DocumentKind, a: DocumentAction): string =>
  a === 'finalize' ? FINALIZE_NAME[kind] : a.replace('_', '-');

/** The quote's acceptance, from the timeline entry that recorded it (the latest, if it was reopened). */
function acceptanceOf(p: DocumentParts): AcceptanceOut | null {
  if (p.row.kind !== 'quote' || p.row.status !== 'accepted') return null;
  const e = p.events.findLast((x) => x.to_status === 'accepted');
  if (!e) return null;
  const data = e.data ? (JSON.parse(e.data) as Record<string, unknown>) : {};
  const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const viaPage = data.via === 'public_page';
  return {
    name: viaPage ? text(data.by) : e.user_name,
    email: viaPage ? text(data.email) : null,
    at: e.at,
    via: viaPage ? 'public_page' : 'app',
    timeZone: p.timeZone,
  };
}

export function toDocumentOut(p: DocumentParts): DocumentOut {
  const r = p.row;
  const frozen = r.status !== 'draft';
  const actions = [
    ...allowedActions(r.kind as DocumentKind, r.status as DocumentStatus).map((a) =>
      actionName(r.kind as DocumentKind, a),
    ),
    ...p.conversions,
  ];
  return {
    ...toSummary({ ...r, contact_name: p.contactName }, p.today),
    peppolStatus: latestPeppolStatus(p.events),
    buyerReference: r.buyer_reference,
    exchangeRate: r.exchange_rate,
    language: r.language as Language,
    pricesIncludeVat: r.prices_include_vat === 1,
    vatRegime: r.vat_regime === 'franchise' ? 'franchise' : 'standard',
    discountPercent: fromScaled(r.discount_e2, 2, 0),
    deliveryDate: r.delivery_date,
    paymentTermsDays: r.payment_terms_days,
    notes: r.notes,
    conditions: r.conditions,
    paymentReference: r.payment_reference,
    lines: p.lines.map((l) => ({
      id: l.id,
      position: l.position,
      productId: l.product_id,
      sourceLineId: l.source_line_id,
      description: l.description,
      quantity: fromScaled(l.quantity_e3, 3, 0),
      unitCode: l.unit_code,
      unitPrice: fromScaled(l.unit_price_e4, 4, 2),
      discountPercent: fromScaled(l.discount_e2, 2, 0),
      vatCategory: l.vat_category as DocumentOut['lines'][number]['vatCategory'],
      vatRate: l.vat_rate,
      exemptionReason: l.exemption_reason,
      net: money(l.net_minor, r.currency),
    })),
    vat: p.vat.map((v) => ({
      category: v.category as DocumentOut['vat'][number]['category'],
      rate: v.rate,
      taxableAmount: money(v.taxable_minor, r.currency),
      vatAmount: money(v.vat_minor, r.currency),
      exemptionCode: v.exemption_code,
      exemptionReason: v.exemption_reason,
    })),
    credited: money(r.credited_minor, r.currency),
    paid: money(r.paid_minor, r.currency),
    invoicedNet: p.invoicedNetMinor === null ? null : money(p.invoicedNetMinor, r.currency),
    seller: frozen && r.seller ? (JSON.parse(r.seller) as PartyOut) : p.liveSeller,
    buyer: frozen && r.buyer ? (JSON.parse(r.buyer) as PartyOut) : p.liveBuyer,
    contentHash: r.content_hash,
    previousHash: r.previous_hash,
    allowedActions: actions,
    acceptance: acceptanceOf(p),
    related: p.related.map(({ row, relation }) => ({
      id: row.id,
      kind: row.kind as DocumentKind,
      number: row.number,
      status: row.status,
      billingType: billingType(row.billing_type),
      relation,
      taxInclusive: money(row.tax_inclusive_minor, row.currency),
    })),
    events: p.events.map((e) => ({
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      at: e.at,
      userId: e.user_id,
      userName: e.user_name,
      data: e.data ? (JSON.parse(e.data) as Record<string, unknown>) : null,
    })),
  };
}

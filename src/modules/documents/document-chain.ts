import { sha256Hex } from '../../shared/hash.js';
import type { DocumentRow, LineRow, VatRow } from './documents.repository.js';

/**
 * Tamper evidence for issued documents. The content frozen at issue (parties, dates, lines, VAT
 * breakdown, totals, payment reference) is written as canonical JSON (keys sorted, no whitespace)
 * and hashed with SHA-256 together with the previous document's hash of the same company, so a
 * change to any issued document, or a document removed from the middle, breaks every later link.
 * What may change after issue (status, credited and paid amounts) stays outside the hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  // Built by concatenation (no intermediate arrays): this runs on every issue and every chain check.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += canonicalJson(value[i]) ?? '';
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // Default sort: UTF-16 code unit order, the same as comparing the keys with `<`.
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

export function frozenContent(doc: DocumentRow, lines: LineRow[], vat: VatRow[]) {
  return {
    version: 1,
    id: doc.id,
    companyId: doc.company_id,
    kind: doc.kind,
    number: doc.number,
    chainIndex: doc.chain_index,
    previousHash: doc.previous_hash,
    sourceId: doc.source_id,
    billingType: doc.billing_type,
    contactId: doc.contact_id,
    subject: doc.subject,
    buyerReference: doc.buyer_reference,
    language: doc.language,
    currency: doc.currency,
    // Absent (not null) without a rate, so the hashes of documents from before the rate stay the same.
    exchangeRate: doc.exchange_rate ?? undefined,
    pricesIncludeVat: doc.prices_include_vat,
    vatRegime: doc.vat_regime,
    discountE2: doc.discount_e2,
    issueDate: doc.issue_date,
    dueDate: doc.due_date,
    deliveryDate: doc.delivery_date,
    validUntil: doc.valid_until,
    paymentTermsDays: doc.payment_terms_days,
    notes: doc.notes,
    conditions: doc.conditions,
    paymentReference: doc.payment_reference,
    seller: doc.seller,
    buyer: doc.buyer,
    totals: [
      doc.line_net_minor,
      doc.allowance_minor,
      doc.tax_exclusive_minor,
      doc.vat_minor,
      doc.tax_inclusive_minor,
      doc.payable_minor,
    ],
    lines: [...lines]
      .sort((a, b) => a.position - b.position)
      .map((l) => [
        l.id,
        l.position,
        l.product_id,
        l.source_line_id,
        l.description,
        l.quantity_e3,
        l.unit_code,
        l.unit_price_e4,
        l.discount_e2,
        l.vat_category,
        l.vat_rate,
        l.exemption_reason,
        l.net_minor,
      ]),
    vat: [...vat]
      .sort((a, b) => (a.category + a.rate < b.category + b.rate ? -1 : 1))
      .map((v) => [v.category, v.rate, v.taxable_minor, v.vat_minor, v.exemption_code, v.exemption_reason]),
  };
}

export const contentHash = (doc: DocumentRow, lines: LineRow[], vat: VatRow[]): string =>
  sha256Hex(canonicalJson(frozenContent(doc, lines, vat)));

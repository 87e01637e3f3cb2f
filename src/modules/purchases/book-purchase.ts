import { audit } from '../../platform/audit.js';
import type { DbOrTx, Tx } from '../../platform/db/index.js';
import { newId } from '../../shared/ids.js';
import type { PurchaseContent } from './purchase-content.js';
import * as repo from './purchases.repository.js';
import { duplicateOf } from './purchases.service.js';

/*
 * What every way of booking a new purchase invoice shares (entered by hand, uploaded, imported from an
 * e-invoice, received over Peppol): its rows, the duplicate rule and the insertion with its audit entry.
 */

/** Line and VAT rows of a content, for one purchase invoice. */
export function childRows(
  companyId: string,
  purchaseInvoiceId: string,
  c: Pick<PurchaseContent, 'lines' | 'vat'>,
) {
  return {
    lines: c.lines.map(
      (l, i): repo.PurchaseLineRow => ({
        id: newId(),
        company_id: companyId,
        purchase_invoice_id: purchaseInvoiceId,
        position: i,
        line_ref: l.lineRef,
        description: l.description,
        quantity: l.quantity,
        unit_code: l.unitCode,
        unit_price: l.unitPrice,
        net_minor: l.netMinor,
        vat_category: l.vatCategory,
        vat_rate: l.vatRate,
      }),
    ),
    vat: c.vat.map(
      (g, i): repo.PurchaseVatRow => ({
        id: newId(),
        company_id: companyId,
        purchase_invoice_id: purchaseInvoiceId,
        position: i,
        vat_category: g.vatCategory,
        vat_rate: g.vatRate,
        taxable_minor: g.taxableMinor,
        vat_minor: g.vatMinor,
        exemption_reason: g.exemptionReason,
      }),
    ),
  };
}

export const totalsColumns = (t: PurchaseContent['totals']) => ({
  line_net_minor: t.lineNetMinor,
  allowance_minor: t.allowanceMinor,
  charge_minor: t.chargeMinor,
  tax_exclusive_minor: t.taxExclusiveMinor,
  vat_minor: t.vatMinor,
  tax_inclusive_minor: t.taxInclusiveMinor,
  prepaid_minor: t.prepaidMinor,
  rounding_minor: t.roundingMinor,
  payable_minor: t.payableMinor,
});

export async function assertNotDuplicate(
  db: DbOrTx,
  p: { companyId: string; supplierId: string | null; kind: string; number: string | null; exceptId?: string },
) {
  if (!p.supplierId || !p.number) return;
  const existing = await repo.findDuplicate(db, {
    companyId: p.companyId,
    supplierId: p.supplierId,
    kind: p.kind,
    number: p.number,
    exceptId: p.exceptId,
  });
  if (existing) throw duplicateOf(existing.id, p.number);
}

/** What differs between the ways a purchase invoice is booked; the rest every new one shares. */
export type NewPurchaseFields = Omit<
  repo.PurchaseRow,
  | 'id'
  | 'company_id'
  | keyof ReturnType<typeof totalsColumns>
  | 'paid_minor'
  | 'status'
  | 'approved_at'
  | 'approved_by'
  | 'created_by'
  | 'created_at'
  | 'updated_at'
>;

/** Inserts a new purchase invoice, to approve, with its lines, VAT, original file and audit entry. */
export async function insertNewPurchase(
  trx: Tx,
  p: {
    id: string;
    companyId: string;
    userId: string | null;
    now: string;
    fields: NewPurchaseFields;
    content: Pick<PurchaseContent, 'lines' | 'vat' | 'totals'>;
    file: repo.PurchaseFileRow | null;
    /** Told in the audit entry besides the source. */
    auditData: Record<string, unknown>;
  },
): Promise<void> {
  await repo.insertPurchase(trx, {
    row: {
      ...p.fields,
      id: p.id,
      company_id: p.companyId,
      ...totalsColumns(p.content.totals),
      paid_minor: 0,
      status: 'to_approve',
      approved_at: null,
      approved_by: null,
      created_by: p.userId,
      created_at: p.now,
      updated_at: p.now,
    },
    ...childRows(p.companyId, p.id, p.content),
    file: p.file,
  });
  await audit(trx, {
    companyId: p.companyId,
    userId: p.userId,
    action: 'purchase_invoice.created',
    entityType: 'purchase_invoice',
    entityId: p.id,
    data: { source: p.fields.source, ...p.auditData },
    at: p.now,
  });
}

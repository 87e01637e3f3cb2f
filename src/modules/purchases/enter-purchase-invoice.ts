import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { assertOwned } from '../../platform/db/owned.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { readContact } from '../contacts/index.js';
import { checkExpectedTotal, contentOfLines, type PurchaseContent } from './purchase-content.js';
import * as repo from './purchases.repository.js';
import type { CreatePurchaseInput, PurchaseOut, UpdatePurchaseInput } from './purchases.schema.js';
import {
  type Actor,
  companyCurrency,
  duplicateOf,
  getPurchase,
  lockedPurchase,
  refuseState,
  searchTextOf,
} from './purchases.service.js';

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

/** The supplier must be the company's contact; its name goes into the search text. */
async function supplierName(db: DbOrTx, companyId: string, supplierId: string | null | undefined) {
  if (!supplierId) return null;
  await assertOwned(db, companyId, 'contacts', [{ id: supplierId, path: 'supplierId' }], 'Contact');
  return (await readContact(db, { companyId, contactId: supplierId }))?.name ?? null;
}

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

/** `POST …/purchase-invoices`: a purchase invoice entered by hand, to approve. */
export async function createPurchase(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: CreatePurchaseInput,
): Promise<PurchaseOut> {
  const name = await supplierName(ctx.db, companyId, input.supplierId);
  const currency = input.currency ?? (await companyCurrency(ctx.db, companyId));
  const content = contentOfLines(currency, input.lines);
  checkExpectedTotal(currency, content.totals.payableMinor, input.expectedTotal);
  const id = newId();
  const now = nowIso(ctx.clock);
  const number = input.number?.trim() || null;
  await ctx.db.transaction().execute(async (trx) => {
    await assertNotDuplicate(trx, {
      companyId,
      supplierId: input.supplierId ?? null,
      kind: input.kind,
      number,
    });
    await repo.insertPurchase(trx, {
      row: {
        id,
        company_id: companyId,
        supplier_id: input.supplierId ?? null,
        kind: input.kind,
        number,
        issue_date: input.issueDate ?? null,
        due_date: input.dueDate ?? null,
        currency,
        ...totalsColumns(content.totals),
        paid_minor: 0,
        status: 'to_approve',
        payment_reference: input.paymentReference ?? null,
        supplier_iban: input.supplierIban ?? null,
        supplier_bic: input.supplierBic ?? null,
        buyer_reference: null,
        order_reference: null,
        notes: input.notes ?? null,
        source: 'manual',
        syntax: null,
        search_text: searchTextOf(number, name),
        approved_at: null,
        approved_by: null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      },
      ...childRows(companyId, id, content),
      file: null,
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'purchase_invoice.created',
      entityType: 'purchase_invoice',
      entityId: id,
      data: { source: 'manual', number, supplierId: input.supplierId ?? null },
      at: now,
    });
  });
  return getPurchase(ctx, companyId, id);
}

/**
 * `PATCH …/purchase-invoices/{id}`: completes or corrects one entered by hand or uploaded as a plain
 * PDF, while it is to approve. An imported e-invoice is the supplier's own structured document: its
 * figures are not edited (delete it and import a corrected one).
 */
export async function updatePurchase(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  purchaseInvoiceId: string,
  input: UpdatePurchaseInput,
): Promise<PurchaseOut> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockedPurchase(trx, companyId, purchaseInvoiceId);
    if (row.status !== 'to_approve')
      throw refuseState('Only a purchase invoice to approve can be edited (it is {status})', row.status);
    if (row.source === 'einvoice')
      throw new AppError(
        'document_frozen',
        'An imported e-invoice is the supplier’s own document: delete it and import a corrected one',
      );
    const supplierId = input.supplierId !== undefined ? input.supplierId : row.supplier_id;
    const name = await supplierName(trx, companyId, supplierId);
    const kind = input.kind ?? row.kind;
    const number = input.number !== undefined ? input.number?.trim() || null : row.number;
    const currency = input.currency ?? row.currency;
    await assertNotDuplicate(trx, { companyId, supplierId, kind, number, exceptId: purchaseInvoiceId });
    let totals = {};
    if (input.lines) {
      const content = contentOfLines(currency, input.lines);
      checkExpectedTotal(currency, content.totals.payableMinor, input.expectedTotal);
      await repo.replaceLinesAndVat(trx, {
        companyId,
        purchaseInvoiceId,
        ...childRows(companyId, purchaseInvoiceId, content),
      });
      totals = totalsColumns(content.totals);
    } else if (input.currency && input.currency !== row.currency)
      throw new AppError('validation_failed', 'Send the lines again with a new currency', {
        errors: [{ path: 'lines', message: 'Send the lines again with a new currency' }],
      });
    const pick = <T>(v: T | undefined, old: T) => (v !== undefined ? v : old);
    await repo.updatePurchase(trx, {
      companyId,
      purchaseInvoiceId,
      values: {
        supplier_id: supplierId,
        kind,
        number,
        currency,
        issue_date: pick(input.issueDate, row.issue_date),
        due_date: pick(input.dueDate, row.due_date),
        payment_reference: pick(input.paymentReference, row.payment_reference),
        supplier_iban: pick(input.supplierIban, row.supplier_iban),
        supplier_bic: pick(input.supplierBic, row.supplier_bic),
        notes: pick(input.notes, row.notes),
        ...totals,
        search_text: searchTextOf(number, name),
        updated_at: now,
      },
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'purchase_invoice.updated',
      entityType: 'purchase_invoice',
      entityId: purchaseInvoiceId,
      data: { fields: Object.keys(input) },
      at: now,
    });
  });
  return getPurchase(ctx, companyId, purchaseInvoiceId);
}

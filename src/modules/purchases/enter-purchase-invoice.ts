import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { assertOwned } from '../../platform/db/owned.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { readContact } from '../contacts/index.js';
import { assertNotDuplicate, childRows, insertNewPurchase, totalsColumns } from './book-purchase.js';
import { checkExpectedTotal, contentOfLines } from './purchase-content.js';
import * as repo from './purchases.repository.js';
import type { CreatePurchaseInput, PurchaseOut, UpdatePurchaseInput } from './purchases.schema.js';
import {
  type Actor,
  companyCurrency,
  getPurchase,
  lockedPurchase,
  refuseState,
  searchTextOf,
} from './purchases.service.js';

/** The supplier must be the company's contact; its name goes into the search text. */
async function supplierName(db: DbOrTx, companyId: string, supplierId: string | null | undefined) {
  if (!supplierId) return null;
  await assertOwned(db, companyId, 'contacts', [{ id: supplierId, path: 'supplierId' }], 'Contact');
  return (await readContact(db, { companyId, contactId: supplierId }))?.name ?? null;
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
    await insertNewPurchase(trx, {
      id,
      companyId,
      userId: actor.userId,
      now,
      fields: {
        supplier_id: input.supplierId ?? null,
        kind: input.kind,
        number,
        issue_date: input.issueDate ?? null,
        due_date: input.dueDate ?? null,
        currency,
        payment_reference: input.paymentReference ?? null,
        supplier_iban: input.supplierIban ?? null,
        supplier_bic: input.supplierBic ?? null,
        buyer_reference: null,
        order_reference: null,
        notes: input.notes ?? null,
        source: 'manual',
        syntax: null,
        search_text: searchTextOf(number, name),
      },
      content,
      file: null,
      auditData: { number, supplierId: input.supplierId ?? null },
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

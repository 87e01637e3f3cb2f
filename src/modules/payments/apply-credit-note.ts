import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, notFound } from '../../shared/errors.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import {
  lockDocumentRows,
  readDocumentOfKind,
  recordDocumentEvent,
  settleInvoices,
} from '../documents/index.js';
import { type AllocationPath, buildAllocations } from './allocate.js';
import * as repo from './payments.repository.js';
import type { ApplyCreditNoteInput, CreditNoteAllocationsOut } from './payments.schema.js';
import {
  type Actor,
  allocationEvent,
  allocationOut,
  ownInvoices,
  removeAllocation,
} from './payments.service.js';

export async function getCreditNoteAllocations(
  ctx: AppContext,
  companyId: string,
  creditNoteId: string,
): Promise<CreditNoteAllocationsOut> {
  const note = await readDocumentOfKind(ctx.db, companyId, 'credit_note', creditNoteId);
  const allocations = await repo.allocationsOf(ctx.db, { companyId, creditNoteId });
  const d = currencyDecimals(note.currency);
  const applied = allocations.reduce((s, a) => s + a.source_amount_minor, 0);
  const total = note.source_id ? 0 : note.payable_minor;
  return {
    creditNoteId,
    currency: note.currency,
    total: fromMinor(total, d),
    applied: fromMinor(applied, d),
    remaining: fromMinor(note.status === 'draft' ? 0 : total - applied, d),
    allocations: allocations.map((a) => allocationOut(a, note.currency)),
  };
}

/**
 * Applies a free-standing credit note of a customer (one not made of an invoice: that one already
 * reduces its invoice) to other invoices of that customer, within what remains of it.
 */
export async function applyCreditNote(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  creditNoteId: string,
  input: ApplyCreditNoteInput,
): Promise<CreditNoteAllocationsOut> {
  const path: AllocationPath = (i, field) => `allocations/${i}/${field === 'date' ? 'invoiceId' : field}`;
  await readDocumentOfKind(ctx.db, companyId, 'credit_note', creditNoteId);
  await ownInvoices(ctx.db, companyId, input.allocations, path);
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await lockDocumentRows(trx, companyId, [
      creditNoteId,
      ...input.allocations.map((a) => a.invoiceId),
    ]);
    const note = locked.find((d) => d.id === creditNoteId && d.kind === 'credit_note');
    if (!note) throw notFound('Credit note');
    if (note.status === 'draft')
      throw new AppError('invalid_transition', 'Only an issued credit note can be applied to an invoice');
    if (note.source_id)
      throw new AppError(
        'rule_violation',
        'This credit note was made of an invoice and already reduces it: it cannot be applied to another',
      );
    if (!note.contact_id) throw notFound('Credit note');
    const used = await repo.usedOf(trx, { companyId, creditNoteId });
    const invoices = locked.filter((d) => d.id !== creditNoteId);
    const { rows } = await buildAllocations(trx, {
      companyId,
      source: {
        kind: 'credit_note',
        id: creditNoteId,
        contactId: note.contact_id,
        currency: note.currency,
        date: null,
        availableMinor: note.payable_minor - used.allocated,
      },
      requests: input.allocations,
      invoices,
      userId: actor.userId,
      now,
      path,
    });
    await repo.insertAllocations(trx, rows);
    await settleInvoices(trx, {
      companyId,
      invoices: invoices.filter((i) => rows.some((r) => r.invoice_id === i.id)),
      userId: actor.userId,
      now,
      event: allocationEvent('credit_applied', rows, { creditNote: note.number, creditNoteId }),
    });
    // The credit note's own timeline says where it went (its status does not change).
    await recordDocumentEvent(trx, {
      companyId,
      documentId: creditNoteId,
      kind: 'credit_note',
      action: 'applied',
      from: note.status,
      to: note.status,
      userId: actor.userId,
      at: now,
      data: {
        invoices: invoices.filter((i) => rows.some((r) => r.invoice_id === i.id)).map((i) => i.number),
        amount: fromMinor(
          rows.reduce((s, r) => s + r.source_amount_minor, 0),
          currencyDecimals(note.currency),
        ),
      },
    });
  });
  return getCreditNoteAllocations(ctx, companyId, creditNoteId);
}

export async function deleteCreditNoteAllocation(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  creditNoteId: string,
  allocationId: string,
): Promise<CreditNoteAllocationsOut> {
  await readDocumentOfKind(ctx.db, companyId, 'credit_note', creditNoteId);
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const found = await repo.findAllocation(trx, { companyId, allocationId });
    if (!found || found.credit_note_id !== creditNoteId) throw notFound('Allocation');
    // The credit note and the invoice together, in id order like every other lock of documents.
    await lockDocumentRows(trx, companyId, [creditNoteId, found.invoice_id]);
    const allocation = await repo.findAllocation(trx, { companyId, allocationId });
    if (!allocation) throw notFound('Allocation');
    await removeAllocation(trx, actor, companyId, allocation, now, { creditNoteId });
  });
  return getCreditNoteAllocations(ctx, companyId, creditNoteId);
}

import { sql } from 'kysely';
import { type DbOrTx, engineOf } from '../../platform/db/index.js';
import { afterKeyset, type KeysetCursor } from '../../platform/db/keyset.js';
import type {
  PaymentAllocationsTable,
  PaymentRefundsTable,
  PaymentsTable,
} from '../../platform/db/schema.js';

export type PaymentRow = PaymentsTable;
export type AllocationRow = PaymentAllocationsTable;
export type RefundRow = PaymentRefundsTable;

export const insertPayment = (db: DbOrTx, row: PaymentRow) => db.insertInto('payments').values(row).execute();

export const insertAllocations = (db: DbOrTx, rows: AllocationRow[]) =>
  rows.length === 0 ? Promise.resolve() : db.insertInto('payment_allocations').values(rows).execute();

export const insertRefund = (db: DbOrTx, row: RefundRow) =>
  db.insertInto('payment_refunds').values(row).execute();

export const findPayment = (db: DbOrTx, p: { companyId: string; paymentId: string }) =>
  db
    .selectFrom('payments')
    .leftJoin('contacts', (j) =>
      j
        .onRef('contacts.id', '=', 'payments.contact_id')
        .onRef('contacts.company_id', '=', 'payments.company_id'),
    )
    .selectAll('payments')
    .select('contacts.name as contact_name')
    .where('payments.company_id', '=', p.companyId)
    .where('payments.id', '=', p.paymentId)
    .executeTakeFirst();

/** The payment's row, locked until the transaction ends (PostgreSQL; SQLite serialises writers). */
export const lockPayment = (db: DbOrTx, p: { companyId: string; paymentId: string }) =>
  db
    .selectFrom('payments')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.paymentId)
    .$if(engineOf(db) === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();

/** What a payment (or credit note) already gave: its allocations' and refunds' sums, in its currency. */
export async function usedOf(
  db: DbOrTx,
  p: { companyId: string; paymentId?: string; creditNoteId?: string },
): Promise<{ allocated: number; refunded: number }> {
  const column = p.paymentId ? 'payment_id' : 'credit_note_id';
  const id = (p.paymentId ?? p.creditNoteId) as string;
  const a = await db
    .selectFrom('payment_allocations')
    .select(sql<number>`coalesce(sum(source_amount_minor), 0)`.as('n'))
    .where('company_id', '=', p.companyId)
    .where(column, '=', id)
    .executeTakeFirst();
  const r = p.paymentId
    ? await db
        .selectFrom('payment_refunds')
        .select(sql<number>`coalesce(sum(amount_minor), 0)`.as('n'))
        .where('company_id', '=', p.companyId)
        .where('payment_id', '=', p.paymentId)
        .executeTakeFirst()
    : undefined;
  return { allocated: Number(a?.n ?? 0), refunded: Number(r?.n ?? 0) };
}

export const allocationsOf = (
  db: DbOrTx,
  p: { companyId: string; paymentIds?: readonly string[]; creditNoteId?: string },
) =>
  db
    .selectFrom('payment_allocations as a')
    .innerJoin('documents as d', (j) =>
      j.onRef('d.id', '=', 'a.invoice_id').onRef('d.company_id', '=', 'a.company_id'),
    )
    .selectAll('a')
    .select(['d.number as invoice_number', 'd.currency as invoice_currency'])
    .where('a.company_id', '=', p.companyId)
    .$if(p.paymentIds !== undefined, (q) =>
      q.where('a.payment_id', 'in', p.paymentIds?.length ? [...(p.paymentIds ?? [])] : ['']),
    )
    .$if(p.creditNoteId !== undefined, (q) => q.where('a.credit_note_id', '=', p.creditNoteId as string))
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();

export const refundsOf = (db: DbOrTx, p: { companyId: string; paymentIds: readonly string[] }) =>
  p.paymentIds.length === 0
    ? Promise.resolve([] as RefundRow[])
    : db
        .selectFrom('payment_refunds')
        .selectAll()
        .where('company_id', '=', p.companyId)
        .where('payment_id', 'in', [...p.paymentIds])
        .orderBy('created_at')
        .orderBy('id')
        .execute();

export const findAllocation = (db: DbOrTx, p: { companyId: string; allocationId: string }) =>
  db
    .selectFrom('payment_allocations')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.allocationId)
    .executeTakeFirst();

export const deleteAllocation = (db: DbOrTx, p: { companyId: string; allocationId: string }) =>
  db
    .deleteFrom('payment_allocations')
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.allocationId)
    .executeTakeFirst();

/** Deletes a payment with its allocations and refunds. */
export async function deletePayment(db: DbOrTx, p: { companyId: string; paymentId: string }) {
  await db
    .deleteFrom('payment_allocations')
    .where('company_id', '=', p.companyId)
    .where('payment_id', '=', p.paymentId)
    .execute();
  await db
    .deleteFrom('payment_refunds')
    .where('company_id', '=', p.companyId)
    .where('payment_id', '=', p.paymentId)
    .execute();
  await db
    .deleteFrom('payments')
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.paymentId)
    .execute();
}

export interface PaymentListFilter {
  companyId: string;
  contactId?: string | undefined;
  invoiceId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  method?: string | undefined;
  currency?: string | undefined;
  direction: 'asc' | 'desc';
  cursor?: KeysetCursor | undefined;
  limit: number;
}

/** A page of payments by date (then id), `limit + 1` rows to tell whether another page follows. */
export function listPayments(db: DbOrTx, f: PaymentListFilter) {
  let q = db
    .selectFrom('payments')
    .leftJoin('contacts', (j) =>
      j
        .onRef('contacts.id', '=', 'payments.contact_id')
        .onRef('contacts.company_id', '=', 'payments.company_id'),
    )
    .selectAll('payments')
    .select('contacts.name as contact_name')
    .where('payments.company_id', '=', f.companyId);
  if (f.contactId) q = q.where('payments.contact_id', '=', f.contactId);
  if (f.from) q = q.where('payments.payment_date', '>=', f.from);
  if (f.to) q = q.where('payments.payment_date', '<=', f.to);
  if (f.method) q = q.where('payments.method', '=', f.method);
  if (f.currency) q = q.where('payments.currency', '=', f.currency);
  if (f.invoiceId) {
    const invoiceId = f.invoiceId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('payment_allocations as a')
          .select('a.id')
          .whereRef('a.company_id', '=', 'payments.company_id')
          .whereRef('a.payment_id', '=', 'payments.id')
          .where('a.invoice_id', '=', invoiceId),
      ),
    );
  }
  const key = sql.ref('payments.payment_date');
  if (f.cursor) q = q.where(afterKeyset(key, 'payments.id', f.direction, f.cursor));
  return q
    .orderBy(key, f.direction)
    .orderBy('payments.id', f.direction)
    .limit(f.limit + 1)
    .execute();
}

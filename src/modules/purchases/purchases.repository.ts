import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/index.js';
import type {
  PurchaseInvoiceFilesTable,
  PurchaseInvoiceLinesTable,
  PurchaseInvoicesTable,
  PurchaseInvoiceVatTable,
  PurchasePaymentsTable,
} from '../../platform/db/schema.js';
import { escapeLike } from '../../shared/search.js';

export type PurchaseRow = PurchaseInvoicesTable;
export type PurchaseLineRow = PurchaseInvoiceLinesTable;
export type PurchaseVatRow = PurchaseInvoiceVatTable;
export type PurchaseFileRow = PurchaseInvoiceFilesTable;
export type PurchasePaymentRow = PurchasePaymentsTable;

export type PurchaseListRow = PurchaseRow & { supplier_name: string | null; supplier_vat: string | null };

interface Key {
  companyId: string;
  purchaseInvoiceId: string;
}

const withSupplier = (db: DbOrTx) =>
  db
    .selectFrom('purchase_invoices as p')
    .leftJoin('contacts as c', (j) =>
      j.onRef('c.company_id', '=', 'p.company_id').onRef('c.id', '=', 'p.supplier_id'),
    )
    .selectAll('p')
    .select(['c.name as supplier_name', 'c.vat_number as supplier_vat']);

export const findPurchase = (db: DbOrTx, p: Key): Promise<PurchaseListRow | undefined> =>
  withSupplier(db)
    .where('p.company_id', '=', p.companyId)
    .where('p.id', '=', p.purchaseInvoiceId)
    .executeTakeFirst();

/** The row under a write lock (PostgreSQL; SQLite transactions are serialised already). */
export const lockPurchase = (db: DbOrTx, p: Key, postgres: boolean) => {
  const q = db
    .selectFrom('purchase_invoices')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.purchaseInvoiceId);
  return (postgres ? q.forUpdate() : q).executeTakeFirst();
};

export const findDuplicate = (
  db: DbOrTx,
  p: { companyId: string; supplierId: string; kind: string; number: string; exceptId?: string },
) => {
  let q = db
    .selectFrom('purchase_invoices')
    .select('id')
    .where('company_id', '=', p.companyId)
    .where('supplier_id', '=', p.supplierId)
    .where('kind', '=', p.kind)
    .where('number', '=', p.number);
  if (p.exceptId) q = q.where('id', '<>', p.exceptId);
  return q.executeTakeFirst();
};

export const findByFileHash = (db: DbOrTx, p: { companyId: string; sha256: string }) =>
  db
    .selectFrom('purchase_invoice_files')
    .select('purchase_invoice_id as id')
    .where('company_id', '=', p.companyId)
    .where('sha256', '=', p.sha256)
    .executeTakeFirst();

export async function insertPurchase(
  db: DbOrTx,
  p: { row: PurchaseRow; lines: PurchaseLineRow[]; vat: PurchaseVatRow[]; file: PurchaseFileRow | null },
): Promise<void> {
  await db.insertInto('purchase_invoices').values(p.row).execute();
  await replaceLinesAndVat(db, {
    companyId: p.row.company_id,
    purchaseInvoiceId: p.row.id,
    lines: p.lines,
    vat: p.vat,
  });
  if (p.file) await db.insertInto('purchase_invoice_files').values(p.file).execute();
}

export async function replaceLinesAndVat(
  db: DbOrTx,
  p: Key & { lines: PurchaseLineRow[]; vat: PurchaseVatRow[] },
): Promise<void> {
  for (const table of ['purchase_invoice_lines', 'purchase_invoice_vat'] as const)
    await db
      .deleteFrom(table)
      .where('company_id', '=', p.companyId)
      .where('purchase_invoice_id', '=', p.purchaseInvoiceId)
      .execute();
  // Chunked: SQLite allows a bounded number of bound parameters per statement.
  for (let i = 0; i < p.lines.length; i += 50)
    await db
      .insertInto('purchase_invoice_lines')
      .values(p.lines.slice(i, i + 50))
      .execute();
  if (p.vat.length > 0) await db.insertInto('purchase_invoice_vat').values(p.vat).execute();
}

export async function updatePurchase(
  db: DbOrTx,
  p: Key & { values: Partial<Omit<PurchaseRow, 'id' | 'company_id' | 'created_at'>> },
): Promise<void> {
  await db
    .updateTable('purchase_invoices')
    .set(p.values)
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.purchaseInvoiceId)
    .execute();
}

export async function deletePurchase(db: DbOrTx, p: Key): Promise<void> {
  await db
    .deleteFrom('purchase_invoices')
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.purchaseInvoiceId)
    .execute();
}

export const listLines = (db: DbOrTx, p: Key) =>
  db
    .selectFrom('purchase_invoice_lines')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('purchase_invoice_id', '=', p.purchaseInvoiceId)
    .orderBy('position')
    .execute();

export const listVat = (db: DbOrTx, p: Key) =>
  db
    .selectFrom('purchase_invoice_vat')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('purchase_invoice_id', '=', p.purchaseInvoiceId)
    .orderBy('position')
    .execute();

export const listPayments = (db: DbOrTx, p: Key) =>
  db
    .selectFrom('purchase_payments')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('purchase_invoice_id', '=', p.purchaseInvoiceId)
    .orderBy('payment_date')
    .orderBy('id')
    .execute();

export async function insertPayment(db: DbOrTx, row: PurchasePaymentRow): Promise<void> {
  await db.insertInto('purchase_payments').values(row).execute();
}

/** The original file's description, without its bytes. */
export const findFileInfo = (db: DbOrTx, p: Key) =>
  db
    .selectFrom('purchase_invoice_files')
    .select(['filename', 'mime_type', 'size', 'sha256'])
    .where('company_id', '=', p.companyId)
    .where('purchase_invoice_id', '=', p.purchaseInvoiceId)
    .executeTakeFirst();

export const findFile = (db: DbOrTx, p: Key) =>
  db
    .selectFrom('purchase_invoice_files')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('purchase_invoice_id', '=', p.purchaseInvoiceId)
    .executeTakeFirst();

export interface PurchaseFilter {
  companyId: string;
  status?: string;
  supplierId?: string;
  /** Unpaid and due on or before this date. */
  dueOnOrBefore?: string;
  /** Unpaid and due strictly before this date. */
  dueBefore?: string;
  search?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: the filter applies to the list and to the summary query alike
function applyFilter<Q extends { where: (...a: any[]) => Q }>(q: Q, f: PurchaseFilter): Q {
  let out = q.where('p.company_id', '=', f.companyId);
  if (f.status) out = out.where('p.status', '=', f.status);
  if (f.supplierId) out = out.where('p.supplier_id', '=', f.supplierId);
  if (f.dueOnOrBefore) out = out.where('p.status', '<>', 'paid').where('p.due_date', '<=', f.dueOnOrBefore);
  if (f.dueBefore) out = out.where('p.status', '<>', 'paid').where('p.due_date', '<', f.dueBefore);
  if (f.search) out = out.where('p.search_text', 'like', `%${escapeLike(f.search)}%`);
  return out;
}

/** Newest first, `limit + 1` rows after the cursor. */
export function listPurchases(
  db: DbOrTx,
  f: PurchaseFilter & { cursor?: { createdAt: string; id: string }; limit: number },
): Promise<PurchaseListRow[]> {
  let q = applyFilter(withSupplier(db), f);
  if (f.cursor) {
    const c = f.cursor;
    q = q.where((eb) =>
      eb.or([
        eb('p.created_at', '<', c.createdAt),
        eb.and([eb('p.created_at', '=', c.createdAt), eb('p.id', '<', c.id)]),
      ]),
    );
  }
  return q
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

/**
 * Count of the selected purchase invoices, and per currency what is left to pay on those to approve
 * or to pay: payable − paid, a credit note's counted negative. Summed in SQL over integer minor units.
 */
export async function summarizePurchases(db: DbOrTx, f: PurchaseFilter) {
  const count = await applyFilter(
    db.selectFrom('purchase_invoices as p').select((eb) => eb.fn.countAll<string | number>().as('n')),
    f,
  ).executeTakeFirst();
  const due = sql<number>`sum(case when p.kind = 'credit_note' then p.paid_minor - p.payable_minor else p.payable_minor - p.paid_minor end)`;
  const toPay = await applyFilter(
    db
      .selectFrom('purchase_invoices as p')
      .select(['p.currency', due.as('due'), (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('p.status', '<>', 'paid')
      .groupBy('p.currency')
      .orderBy('p.currency'),
    f,
  ).execute();
  return {
    count: Number(count?.n ?? 0),
    toPay: toPay.map((r) => ({ currency: r.currency, dueMinor: Number(r.due), count: Number(r.n) })),
  };
}

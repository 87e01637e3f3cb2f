import type { DbOrTx } from '../../platform/db/index.js';
import type { PublicLinksTable, QuoteResponsesTable } from '../../platform/db/schema.js';

export type LinkRow = PublicLinksTable;
export type ResponseRow = QuoteResponsesTable;

export const findActiveLinkByToken = (db: DbOrTx, p: { token: string }) =>
  db
    .selectFrom('public_links')
    .selectAll()
    .where('token', '=', p.token)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();

export const findActiveLink = (db: DbOrTx, p: { companyId: string; documentId: string }) =>
  db
    .selectFrom('public_links')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('document_id', '=', p.documentId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();

/** The active links of these documents (several per document possible: the newest counts). */
export const findActiveLinks = (db: DbOrTx, p: { companyId: string; documentIds: readonly string[] }) =>
  db
    .selectFrom('public_links')
    .select(['document_id', 'token', 'created_at'])
    .where('company_id', '=', p.companyId)
    .where('document_id', 'in', p.documentIds)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'asc')
    .execute();

export const insertLink = (db: DbOrTx, row: LinkRow) => db.insertInto('public_links').values(row).execute();

export async function revokeLinks(db: DbOrTx, p: { companyId: string; documentId: string; now: string }) {
  const r = await db
    .updateTable('public_links')
    .set({ revoked_at: p.now })
    .where('company_id', '=', p.companyId)
    .where('document_id', '=', p.documentId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Inserts the customer's answer unless the quote already has one; true when this one was recorded. */
export async function insertResponse(db: DbOrTx, row: ResponseRow): Promise<boolean> {
  const r = await db
    .insertInto('quote_responses')
    .values(row)
    .onConflict((oc) => oc.column('document_id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export const findResponse = (db: DbOrTx, p: { companyId: string; documentId: string }) =>
  db
    .selectFrom('quote_responses')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('document_id', '=', p.documentId)
    .executeTakeFirst();

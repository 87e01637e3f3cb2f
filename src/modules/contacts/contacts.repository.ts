import { sql } from 'kysely';
import { type DbOrTx, engineOf } from '../../platform/db/index.js';
import { afterKeyset, type KeysetCursor } from '../../platform/db/keyset.js';
import { prepareQuery } from '../../platform/db/prepared.js';
import type { ContactPersonsTable, ContactsTable } from '../../platform/db/schema.js';
import { escapeLike } from '../../shared/search.js';

export type ContactRow = ContactsTable;
export type PersonRow = ContactPersonsTable;

export async function insertContact(db: DbOrTx, row: ContactRow): Promise<void> {
  await db.insertInto('contacts').values(row).execute();
}

export async function updateContact(
  db: DbOrTx,
  p: {
    companyId: string;
    contactId: string;
    values: Partial<Omit<ContactRow, 'id' | 'company_id' | 'created_at'>>;
  },
): Promise<void> {
  await db
    .updateTable('contacts')
    .set(p.values)
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.contactId)
    .execute();
}

const contactById = prepareQuery((db, p: { companyId: string; contactId: string }) =>
  db.selectFrom('contacts').selectAll().where('company_id', '=', p.companyId).where('id', '=', p.contactId),
);

export const findContact = (db: DbOrTx, p: { companyId: string; contactId: string }) =>
  contactById.first(db, p);

/** Name and e-mail addresses of these contacts, for messages sent to many at once. */
export async function contactAddresses(
  db: DbOrTx,
  p: { companyId: string; contactIds: readonly string[] },
): Promise<{ id: string; name: string; emails: string[] }[]> {
  if (p.contactIds.length === 0) return [];
  const rows = await db
    .selectFrom('contacts')
    .select(['id', 'name', 'emails'])
    .where('company_id', '=', p.companyId)
    .where('id', 'in', p.contactIds)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    emails: r.emails ? (JSON.parse(r.emails) as string[]) : [],
  }));
}

export const findContactByVat = (db: DbOrTx, p: { companyId: string; vatNumber: string }) =>
  db
    .selectFrom('contacts')
    .select('id')
    .where('company_id', '=', p.companyId)
    .where('vat_number', '=', p.vatNumber)
    .executeTakeFirst();

/** Whether the company has at least one customer (archived ones count: it once had one). */
export const hasCustomer = async (db: DbOrTx, p: { companyId: string }): Promise<boolean> =>
  (await db
    .selectFrom('contacts')
    .select('id')
    .where('company_id', '=', p.companyId)
    .where('is_customer', '=', 1)
    .limit(1)
    .executeTakeFirst()) !== undefined;

export async function deleteContact(
  db: DbOrTx,
  p: { companyId: string; contactId: string },
): Promise<boolean> {
  const r = await db
    .deleteFrom('contacts')
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.contactId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export const listPersons = (db: DbOrTx, p: { companyId: string; contactIds: string[] }) =>
  p.contactIds.length === 0
    ? Promise.resolve([] as PersonRow[])
    : db
        .selectFrom('contact_persons')
        .selectAll()
        .where('company_id', '=', p.companyId)
        .where('contact_id', 'in', p.contactIds)
        .orderBy('contact_id')
        .orderBy('position')
        .execute();

export async function replacePersons(
  db: DbOrTx,
  p: { companyId: string; contactId: string; persons: PersonRow[] },
): Promise<void> {
  await db
    .deleteFrom('contact_persons')
    .where('company_id', '=', p.companyId)
    .where('contact_id', '=', p.contactId)
    .execute();
  if (p.persons.length > 0) await db.insertInto('contact_persons').values(p.persons).execute();
}

/**
 * Above this many matches, walking the sort index and testing each row finds a page sooner than
 * fetching and sorting every match. Measured on 100,000 contacts (bench contacts-search-100k):
 * sorting costs about 7 µs per match, the walk about 20,000 / matches ms; both are near 12 ms here.
 */
const WALK_ABOVE_MATCHES = 1700;

const likeWord = (word: string) => sql<boolean>`search_text like ${`%${escapeLike(word)}%`} escape '\\'`;

/**
 * Substring search on `search_text`: every word must appear, in any order ("liege societe" finds
 * "Société Générale Liégeoise"). PostgreSQL: LIKE per word, served by the pg_trgm index. SQLite: the
 * FTS5 trigram table (migration 20261127T2330) matches words of 3 characters or more as phrases, which
 * is substring search, counting the matches of all of them together in well under a millisecond. Few
 * matches: fetch exactly those rows (`rowid IN (MATCH …)`) and sort them. Many: walk the sort index
 * with LIKE, which stops after one page. Shorter words are only ever LIKE filters.
 */
async function searchConditions(db: DbOrTx, words: string[]) {
  if (engineOf(db) !== 'sqlite') return words.map(likeWord);
  const long = words.filter((w) => [...w].length >= 3);
  if (long.length === 0) return words.map(likeWord);
  const match = long.map((w) => `"${w.replaceAll('"', '""')}"`).join(' AND ');
  const counted = await sql<{
    n: number;
  }>`select count(*) as n from contacts_search where contacts_search match ${match}`.execute(db);
  if (Number(counted.rows[0]?.n ?? 0) > WALK_ABOVE_MATCHES) return words.map(likeWord);
  return [
    sql<boolean>`contacts.rowid in (select rowid from contacts_search where contacts_search match ${match})`,
    ...words.filter((w) => !long.includes(w)).map(likeWord),
  ];
}

export interface ContactListFilter {
  companyId: string;
  /** Normalised search text (normalizeSearch), as typed: escaped here where needed. */
  search?: string | undefined;
  role?: 'customer' | 'supplier' | undefined;
  type?: 'company' | 'person' | undefined;
  tag?: string | undefined;
  archived: 'false' | 'true' | 'all';
  sort: { column: string; direction: 'asc' | 'desc' };
  cursor?: KeysetCursor | undefined;
  limit: number;
}

export async function listContacts(db: DbOrTx, f: ContactListFilter) {
  let q = db.selectFrom('contacts').selectAll().where('company_id', '=', f.companyId);
  if (f.archived !== 'all') q = q.where('archived', '=', f.archived === 'true' ? 1 : 0);
  if (f.role === 'customer') q = q.where('is_customer', '=', 1);
  if (f.role === 'supplier') q = q.where('is_supplier', '=', 1);
  if (f.type) q = q.where('type', '=', f.type);
  // Tags are a JSON array of strings: the quoted tag is an exact element match.
  if (f.tag) q = q.where(sql<boolean>`tags like ${`%${escapeLike(JSON.stringify(f.tag))}%`} escape '\\'`);
  for (const condition of await searchConditions(db, (f.search ?? '').split(' ').filter(Boolean)))
    q = q.where(condition);
  if (f.cursor) q = q.where(afterKeyset(sql.ref(f.sort.column), 'contacts.id', f.sort.direction, f.cursor));
  return q
    .orderBy(sql.ref(f.sort.column), f.sort.direction)
    .orderBy('contacts.id', f.sort.direction)
    .limit(f.limit + 1)
    .execute();
}

/** 34 columns × 400 rows stays under SQLite's 32,766 bound parameters. */
const INSERT_BATCH = 400;

/** Inserts many contacts (a CSV import) in multi-row statements. */
export async function insertContacts(db: DbOrTx, rows: ContactRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await db
      .insertInto('contacts')
      .values(rows.slice(i, i + INSERT_BATCH))
      .execute();
  }
}

/** Which of these VAT numbers already belong to a contact of the company, with that contact's id. */
export async function findContactsByVat(
  db: DbOrTx,
  p: { companyId: string; vatNumbers: string[] },
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < p.vatNumbers.length; i += 500) {
    const rows = await db
      .selectFrom('contacts')
      .select(['id', 'vat_number'])
      .where('company_id', '=', p.companyId)
      .where('vat_number', 'in', p.vatNumbers.slice(i, i + 500))
      .execute();
    for (const r of rows) if (r.vat_number) found.set(r.vat_number, r.id);
  }
  return found;
}

/**
 * The first contact of the company with this VAT number, else this Peppol id, else this enterprise
 * number (in that order of trust: the VAT number is unique per company).
 */
export async function findContactByIdentity(
  db: DbOrTx,
  p: {
    companyId: string;
    vatNumber: string | null;
    peppolId: string | null;
    enterpriseNumber: string | null;
  },
): Promise<{ id: string; is_supplier: number } | undefined> {
  const by = async (column: 'vat_number' | 'peppol_id' | 'enterprise_number', value: string | null) =>
    value === null
      ? undefined
      : db
          .selectFrom('contacts')
          .select(['id', 'is_supplier'])
          .where('company_id', '=', p.companyId)
          .where(column, '=', value)
          .orderBy('created_at')
          .orderBy('id')
          .limit(1)
          .executeTakeFirst();
  return (
    (await by('vat_number', p.vatNumber)) ??
    (await by('peppol_id', p.peppolId)) ??
    (await by('enterprise_number', p.enterpriseNumber))
  );
}

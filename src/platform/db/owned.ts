import { sql } from 'kysely';
import { AppError } from '../../shared/errors.js';
import type { DB, DbOrTx } from './index.js';

/** Company tables whose rows a request may name by id. */
export type OwnedTable = {
  [T in keyof DB]: DB[T] extends { id: string; company_id: string } ? T : never;
}[keyof DB];

/** An id a request names, and the field that names it (`contactId`, `lines/2/productId`, `query/contactId`). */
export interface Reference {
  id: string;
  path: string;
}

/**
 * Refuses references to rows the company does not have: another company's id answers exactly as an
 * id that exists nowhere, 404 `not_found` naming every field at fault, before any rule about the
 * row is checked (a rule's answer would tell that the row exists). The composite keys
 * `(company_id, id)` make the database refuse such a row as well; this turns it into the answer the
 * API promises. `what` is the resource's name in the message ("Contact" → "Contact not found").
 */
export async function assertOwned(
  db: DbOrTx,
  companyId: string,
  table: OwnedTable,
  refs: readonly Reference[],
  what: string,
): Promise<void> {
  const ids = [...new Set(refs.map((r) => r.id))];
  if (ids.length === 0) return;
  const found = await sql<{ id: string }>`
    SELECT id FROM ${sql.table(table)} WHERE company_id = ${companyId} AND id IN (${sql.join(ids)})
  `.execute(db);
  const owned = new Set(found.rows.map((r) => r.id));
  const missing = refs.filter((r) => !owned.has(r.id));
  if (missing.length === 0) return;
  const message = `${what} not found`;
  throw new AppError('not_found', message, { errors: missing.map((r) => ({ path: r.path, message })) });
}

/** The references requests name most, with the table that holds them and the word for the problem. */
const COMMON_REFERENCES = {
  contactId: ['contacts', 'Contact'],
  invoiceId: ['documents', 'Invoice'],
} as const satisfies Record<string, readonly [OwnedTable, string]>;

/**
 * The contact and invoice a request names (a list's filters, a body's fields) must be the company's:
 * 404 naming the field (`prefix` + name, e.g. `query/contactId`), like any other reference.
 */
export async function assertOwnedReferences(
  db: DbOrTx,
  companyId: string,
  refs: Partial<Record<keyof typeof COMMON_REFERENCES, string | undefined>>,
  prefix = '',
): Promise<void> {
  for (const key of Object.keys(COMMON_REFERENCES) as (keyof typeof COMMON_REFERENCES)[]) {
    const id = refs[key];
    const [table, what] = COMMON_REFERENCES[key];
    if (id) await assertOwned(db, companyId, table, [{ id, path: `${prefix}${key}` }], what);
  }
}

import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

/**
 * Payment references (Belgian structured communication, ISO 11649 RF) were made from the issue year
 * and the invoice number's sequence, which restarts when the number format's period changes: two
 * invoices could get the same reference, and a bank payment could no longer tell them apart. From
 * now on they come from a per-company counter that never restarts (`document_chain.
 * last_payment_reference`, written under the issuing lock), and a unique index holds them.
 *
 * Existing references keep their text (it is printed, paid with, and part of each document's hash).
 * Each gets the number its 10 digits spell as `payment_reference_seq`, and the counter starts after
 * the company's highest, so new references never meet an old one. Where older versions already gave
 * one reference twice, the first invoice keeps it indexed and the later ones are left out of the
 * index (their seq stays null): they are listed in the log, to be matched by hand.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('document_chain')
    .addColumn('last_payment_reference', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('documents').addColumn('payment_reference_seq', 'bigint').execute();

  const rows = await db
    .selectFrom('documents')
    .select(['id', 'company_id', 'payment_reference'])
    .where('payment_reference', 'is not', null)
    .orderBy('company_id')
    .orderBy('chain_index')
    .execute();
  const seen = new Map<string, Set<string>>();
  const highest = new Map<string, number>();
  const repeated: string[] = [];
  for (const r of rows as { id: string; company_id: string; payment_reference: string }[]) {
    const refs = seen.get(r.company_id) ?? new Set<string>();
    seen.set(r.company_id, refs);
    const value = counterValueOf(r.payment_reference);
    if (value === null) continue;
    highest.set(r.company_id, Math.max(highest.get(r.company_id) ?? 0, value));
    if (refs.has(r.payment_reference)) {
      repeated.push(`${r.company_id} ${r.payment_reference} (document ${r.id})`);
      continue;
    }
    refs.add(r.payment_reference);
    await db.updateTable('documents').set({ payment_reference_seq: value }).where('id', '=', r.id).execute();
  }
  for (const [companyId, value] of highest)
    await db
      .updateTable('document_chain')
      .set({ last_payment_reference: value })
      .where('company_id', '=', companyId)
      .execute();
  if (repeated.length > 0)
    console.warn(
      `Payment references given twice by an earlier version (left out of the unique index):\n  ${repeated.join('\n  ')}`,
    );

  await db.schema
    .createIndex('documents_payment_reference_uq')
    .on('documents')
    .columns(['company_id', 'payment_reference'])
    .unique()
    .where(sql.ref('payment_reference_seq'), 'is not', null)
    .execute();
}

/** "+++260/0000/00170+++" → 2600000001; "RF18 2600000001" → 2600000001; anything else → null. */
function counterValueOf(reference: string): number | null {
  const compact = reference.replace(/[\s+*/]/g, '');
  const digits = /^\d{12}$/.test(compact) ? compact.slice(0, 10) : /^RF\d{2}(\d{1,21})$/i.exec(compact)?.[1];
  if (!digits) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

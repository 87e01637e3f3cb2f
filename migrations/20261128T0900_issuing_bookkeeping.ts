import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

/**
 * Bookkeeping that issuing used to pay for on every document:
 * - `number_sequences.last_issue_date`: the newest issue date of each numbering period, kept by the
 *   same update that takes the next number. Chronological numbering reads it (one row per period)
 *   instead of keeping an index over every issued document (`documents_issued_date_idx`, dropped).
 * - `document_chain.pdf_index`: the company's issued documents up to this chain index have had their
 *   PDF rendered. One coalescing job per company renders what comes after it, instead of one job row
 *   per document. Documents issued before this migration each have their own job already.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('number_sequences').addColumn('last_issue_date', 'text').execute();
  await sql`
    UPDATE number_sequences SET last_issue_date = (
      SELECT max(d.issue_date) FROM documents d
      WHERE d.company_id = number_sequences.company_id
        AND d.kind = number_sequences.kind
        AND d.sequence_period = number_sequences.period
        AND d.number IS NOT NULL
    )
  `.execute(db);
  await db.schema.dropIndex('documents_issued_date_idx').execute();
  await db.schema
    .alterTable('document_chain')
    .addColumn('pdf_index', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`UPDATE document_chain SET pdf_index = last_index`.execute(db);
}

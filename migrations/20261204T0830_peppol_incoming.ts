import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

/**
 * Documents received over Peppol: one row per document the access point listed for the company.
 * UNIQUE(company_id, provider_message_id) makes each document become a purchase invoice once however
 * often (or however concurrently) the receiving job runs: the row is written in the transaction that
 * books the purchase invoice, and a second writer's transaction fails on the key and books nothing.
 * `status`: `imported` (with its purchase invoice), `duplicate` (the same file or supplier number was
 * already booked: the purchase invoice it duplicates), `refused` (could not be read: `error` says why,
 * never tried again), `pending` (failed unexpectedly `attempts` times; tried again until a limit).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('peppol_incoming')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('provider_message_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('purchase_invoice_id', 'text')
    .addColumn('error', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('peppol_incoming_company_message_key', ['company_id', 'provider_message_id'])
    .addCheckConstraint(
      'peppol_incoming_status',
      sql`status in ('pending', 'imported', 'duplicate', 'refused')`,
    )
    .execute();
}

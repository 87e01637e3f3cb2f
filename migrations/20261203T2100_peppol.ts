import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

/**
 * Sending over Peppol through an access point's HTTP API:
 * - `peppol_settings`: one row per company — which access point (`local` folder or `einvoice_be`),
 *   its base URL and API key (encrypted with the installation key, never returned), the company's
 *   own Peppol id when it differs from the one derived from its enterprise/VAT number, and whether
 *   the access point has it registered as a receiver;
 * - `peppol_participants`: the access point's answer about a participant, kept a while so that the
 *   send dialog does not ask the network each time it opens;
 * - `peppol_messages`: one row per document sent over Peppol, numbered per document (`seq`).
 *   UNIQUE(document_id, seq) and the job key `peppol-send:{documentId}:{seq}` make each sending happen
 *   once; `status` moves queued → sent → delivered | failed by compare-and-set.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('peppol_settings')
    .addColumn('company_id', 'text', (c) => c.primaryKey().references('companies.id').onDelete('cascade'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('base_url', 'text')
    .addColumn('api_key', 'text')
    .addColumn('peppol_id', 'text')
    .addColumn('registration_status', 'text', (c) => c.notNull().defaultTo('unregistered'))
    .addColumn('registration_error', 'text')
    .addColumn('registered_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('peppol_settings_provider', sql`provider in ('none', 'local', 'einvoice_be')`)
    .addCheckConstraint(
      'peppol_settings_registration',
      sql`registration_status in ('unregistered', 'registered', 'failed')`,
    )
    .execute();
  await db.schema
    .createTable('peppol_participants')
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('peppol_id', 'text', (c) => c.notNull())
    .addColumn('reachable', 'integer', (c) => c.notNull())
    .addColumn('document_types', 'text', (c) => c.notNull())
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('peppol_participants_pk', ['company_id', 'peppol_id'])
    .execute();
  await db.schema
    .createTable('peppol_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('receiver', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('peppol_messages_document_seq_key', ['document_id', 'seq'])
    .addCheckConstraint('peppol_messages_status', sql`status in ('queued', 'sent', 'delivered', 'failed')`)
    .execute();
  await db.schema
    .createIndex('peppol_messages_company_document_idx')
    .on('peppol_messages')
    .columns(['company_id', 'document_id'])
    .execute();
}

import type { MigrationDb } from './helpers.js';

/**
 * Public pages of sent documents (a link per document the customer opens without an account), the
 * customer's answer to a quote (at most one per quote), and in-app notifications for the company.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('public_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    // 256 random bits, base64url: the capability itself (it grants no more than the document shows).
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('public_links_document_idx')
    .on('public_links')
    .columns(['company_id', 'document_id'])
    .execute();

  await db.schema
    .createTable('quote_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    // Unique: a second click, a double submit or two tabs record one answer only.
    .addColumn('document_id', 'text', (c) =>
      c.notNull().unique().references('documents.id').onDelete('cascade'),
    )
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('comment', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('link_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('data', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_company_idx')
    .on('notifications')
    .columns(['company_id', 'created_at', 'id'])
    .execute();
}

import { binaryType, type MigrationDb } from './helpers.js';

/**
 * The PDF of each issued document, rendered once after issue and kept: downloading it later gives
 * the same bytes, whose SHA-256 is recorded. Companies choose a template and an accent colour.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('document_pdfs')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('content', binaryType(db), (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable('companies')
    .addColumn('pdf_template', 'text', (c) => c.notNull().defaultTo('classic'))
    .execute();
  await db.schema.alterTable('companies').addColumn('accent_color', 'text').execute();
}

import { binaryType, type MigrationDb } from './helpers.js';

/**
 * CSV imports of contacts and products: the uploaded file (kept as sent, so the encoding and the
 * delimiter can be changed after the upload), the chosen mapping, and the counters the web app
 * polls while a background job checks and stores the rows.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('filename', 'text')
    .addColumn('content', binaryType(db), (c) => c.notNull())
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('delimiter', 'text', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull())
    .addColumn('preview', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('mapping', 'text')
    .addColumn('options', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failure', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('imports_company_created_idx')
    .on('imports')
    .columns(['company_id', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('imports_created_idx').on('imports').column('created_at').execute();
}

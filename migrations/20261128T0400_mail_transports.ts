import type { MigrationDb } from './helpers.js';

/** A company's own SMTP server (its URL with the password, encrypted) and sender address. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('mail_transports')
    .addColumn('company_id', 'text', (c) => c.primaryKey().references('companies.id').onDelete('cascade'))
    .addColumn('smtp_url_encrypted', 'text', (c) => c.notNull())
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

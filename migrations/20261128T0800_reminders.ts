import { binaryType, type MigrationDb } from './helpers.js';

/**
 * Payment reminders: one row per issued invoice and level (1 first reminder, 2 second reminder, 3
 * formal notice). The unique key (company, invoice, level) is what makes a level exist once, whoever
 * creates it (a user now, the scheduler later) and however often: a second insert changes nothing.
 * A reminder is frozen like an issued document: the amount due is a snapshot and its PDF is kept
 * with its SHA-256, so downloading or mailing it again gives the same bytes.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('reminders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    // The reminder's date (the company's today when it was made) and the new deadline it gives.
    .addColumn('reminder_date', 'text', (c) => c.notNull())
    .addColumn('pay_by', 'text', (c) => c.notNull())
    .addColumn('days_late', 'integer', (c) => c.notNull())
    // The invoice's open balance when the reminder was made; the fee is for the later rules (0 now).
    .addColumn('amount_due_minor', 'bigint', (c) => c.notNull())
    .addColumn('fee_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('pdf', binaryType(db), (c) => c.notNull())
    .addColumn('pdf_sha256', 'text', (c) => c.notNull())
    .addColumn('pdf_template', 'text', (c) => c.notNull())
    .addColumn('mail_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'text')
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('reminders_invoice_level_uq')
    .on('reminders')
    .columns(['company_id', 'invoice_id', 'level'])
    .unique()
    .execute();
  // The company's reminders by date (the later scheduler's and lists' order).
  await db.schema
    .createIndex('reminders_company_created_idx')
    .on('reminders')
    .columns(['company_id', 'created_at', 'id'])
    .execute();
}

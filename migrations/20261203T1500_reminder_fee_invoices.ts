import type { MigrationDb } from './helpers.js';

/**
 * Fee invoices of reminders (issue 13 point 3): a reminder's fee, damages and interest never change
 * the issued invoice; when the user chooses, they go on a separate draft invoice. `reminder_fee_invoices`
 * links a reminder to that invoice, once: the unique key (company, reminder) is what makes a second
 * request, however concurrent, find the first one instead of making another. Deleting the draft
 * deletes the link (the reminder may then be invoiced again); deleting an unsent reminder likewise.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('reminder_fee_invoices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('reminder_id', 'text', (c) => c.notNull().references('reminders.id').onDelete('cascade'))
    .addColumn('invoice_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'reminder_fee_invoices_invoice_fk',
      ['company_id', 'invoice_id'],
      'documents',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('reminder_fee_invoices_reminder_uq')
    .on('reminder_fee_invoices')
    .columns(['company_id', 'reminder_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('reminder_fee_invoices_invoice_idx')
    .on('reminder_fee_invoices')
    .columns(['company_id', 'invoice_id'])
    .execute();
}

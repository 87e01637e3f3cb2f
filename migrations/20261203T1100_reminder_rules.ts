import type { MigrationDb } from './helpers.js';

/**
 * Reminder rules, pauses and the automatic reminder run.
 *
 * - `reminder_rules`: the company's rules (`scope = 'company'`, no contact) and per-customer overrides
 *   (`scope` = the contact's id). The levels are one JSON value read and written whole: they are a
 *   setting edited as a list, never queried by their parts.
 * - `reminder_pauses`: a dispute on one invoice or on a customer stops the reminders until resumed.
 * - `reminders`: a level may repeat (`repeat_index` 1, 2 … of the last level), so the unique key that
 *   makes a step exist once becomes (company, invoice, level, repeat_index). Interest and fixed damages are
 *   frozen beside the fee; `delivery` says whether the reminder went by e-mail or waits in the "to print" list.
 * - `jobs.result`: what a run did (the reminder run's summary), kept in the job history.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('reminder_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text')
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reminder_rules_company_id_id_uq', ['company_id', 'id'])
    .addForeignKeyConstraint(
      'reminder_rules_contact_fk',
      ['company_id', 'contact_id'],
      'contacts',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('reminder_rules_scope_uq')
    .on('reminder_rules')
    .columns(['company_id', 'scope'])
    .unique()
    .execute();

  await db.schema
    .createTable('reminder_pauses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('invoice_id', 'text')
    .addColumn('contact_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('paused_by', 'text')
    .addColumn('paused_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reminder_pauses_company_id_id_uq', ['company_id', 'id'])
    .addForeignKeyConstraint(
      'reminder_pauses_invoice_fk',
      ['company_id', 'invoice_id'],
      'documents',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'reminder_pauses_contact_fk',
      ['company_id', 'contact_id'],
      'contacts',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('reminder_pauses_invoice_uq')
    .on('reminder_pauses')
    .columns(['company_id', 'invoice_id'])
    .unique()
    .where('invoice_id', 'is not', null)
    .execute();
  await db.schema
    .createIndex('reminder_pauses_contact_uq')
    .on('reminder_pauses')
    .columns(['company_id', 'contact_id'])
    .unique()
    .where('contact_id', 'is not', null)
    .execute();

  await db.schema
    .alterTable('reminders')
    .addColumn('repeat_index', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('reminders')
    .addColumn('interest_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('reminders')
    .addColumn('damages_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('reminders')
    .addColumn('delivery', 'text', (c) => c.notNull().defaultTo('email'))
    .execute();
  await db.schema
    .alterTable('reminders')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('manual'))
    .execute();
  await db.schema.dropIndex('reminders_invoice_level_uq').execute();
  await db.schema
    .createIndex('reminders_invoice_step_uq')
    .on('reminders')
    .columns(['company_id', 'invoice_id', 'level', 'repeat_index'])
    .unique()
    .execute();
  // The "to print" list: reminders waiting for the post.
  await db.schema
    .createIndex('reminders_delivery_idx')
    .on('reminders')
    .columns(['company_id', 'delivery', 'status'])
    .execute();
  // The run selects overdue invoices by due date within a company and kind (documents_due_idx has no kind).
  await db.schema
    .createIndex('documents_kind_due_idx')
    .on('documents')
    .columns(['company_id', 'kind', 'due_date'])
    .execute();

  await db.schema.alterTable('jobs').addColumn('result', 'text').execute();
}

import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

/**
 * Recurring invoices:
 * - `recurring_profiles`: what to invoice (lines and notes as JSON, with period placeholders), to whom,
 *   on which schedule (JSON, see src/modules/recurring/schedule.schema.ts). `next_run_at` is the due
 *   instant of the next period, indexed with `status` so that the generation job selects due profiles
 *   cheaply; null when the schedule has ended;
 * - `recurring_runs`: one row per generated (or failed) period. UNIQUE(profile_id, period_start) is
 *   what makes generation idempotent: a period is invoiced at most once, however often the job runs.
 *   `document_id` has no foreign key: deleting a generated draft must neither be refused nor forget
 *   that its period was generated.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('recurring_profiles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('payment_terms_days', 'integer')
    .addColumn('notes', 'text')
    .addColumn('lines', 'text', (c) => c.notNull())
    .addColumn('schedule', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('issue_date_rule', 'text', (c) => c.notNull())
    .addColumn('last_period_start', 'text')
    .addColumn('next_run_at', 'text')
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pause_reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('recurring_profiles_company_id_id_key', ['company_id', 'id'])
    .addForeignKeyConstraint('recurring_profiles_contact_fk', ['company_id', 'contact_id'], 'contacts', [
      'company_id',
      'id',
    ])
    .addCheckConstraint('recurring_profiles_status', sql`status in ('active', 'paused', 'stopped')`)
    .addCheckConstraint('recurring_profiles_mode', sql`mode in ('draft', 'issue_and_send')`)
    .addCheckConstraint(
      'recurring_profiles_issue_date_rule',
      sql`issue_date_rule in ('run_date', 'period_date')`,
    )
    .execute();
  await db.schema
    .createIndex('recurring_profiles_company_created_idx')
    .on('recurring_profiles')
    .columns(['company_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('recurring_profiles_due_idx')
    .on('recurring_profiles')
    .columns(['status', 'next_run_at'])
    .execute();

  await db.schema
    .createTable('recurring_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('profile_id', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('recurring_runs_company_id_id_key', ['company_id', 'id'])
    .addUniqueConstraint('recurring_runs_profile_period_key', ['profile_id', 'period_start'])
    .addForeignKeyConstraint(
      'recurring_runs_profile_fk',
      ['company_id', 'profile_id'],
      'recurring_profiles',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addCheckConstraint('recurring_runs_status', sql`status in ('generated', 'failed')`)
    .execute();
}

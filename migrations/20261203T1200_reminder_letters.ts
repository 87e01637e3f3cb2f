import { sql } from 'kysely';
import { binaryType, type MigrationDb } from './helpers.js';

/**
 * Reminder letters rendered after the run, and messages that wait for their attachments.
 *
 * - `reminders.pdf` / `pdf_sha256` may be null: the automatic run writes the reminder and its message
 *   without rendering (a render costs ~10 ms, 100 s for 10,000 reminders); a job queued in the same
 *   transaction renders the letter (and the level's other attachments) and stores it once. Made
 *   nullable the dialect-neutral way (SQLite cannot drop a NOT NULL): new column, copy, drop, rename.
 * - `mail_outbox.attachments_pending` (1 while its attachments are not in place): such a message is
 *   never delivered; the job that attaches them clears it and queues the delivery in one transaction.
 */
export async function up(db: MigrationDb): Promise<void> {
  for (const [column, type] of [
    ['pdf', binaryType(db)],
    ['pdf_sha256', sql`text`],
  ] as const) {
    await db.schema.alterTable('reminders').addColumn(`${column}_new`, type).execute();
    await sql`update reminders set ${sql.ref(`${column}_new`)} = ${sql.ref(column)}`.execute(db);
    await db.schema.alterTable('reminders').dropColumn(column).execute();
    await db.schema.alterTable('reminders').renameColumn(`${column}_new`, column).execute();
  }
  await db.schema
    .alterTable('mail_outbox')
    .addColumn('attachments_pending', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

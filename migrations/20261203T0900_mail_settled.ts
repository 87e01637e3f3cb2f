import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

/**
 * When the outcome of a message (delivered, kept in the local outbox, failed) was reported to the
 * modules (the document's "sent", its timeline, a notification). Recording the outcome and reporting
 * it are two steps; a worker dying between them left the report missing for good. With this mark a
 * delivery job run again finds a message that has an outcome but no report and reports it, once
 * (compare-and-set on this column). Messages finished before are taken as reported.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('mail_outbox').addColumn('settled_at', 'text').execute();
  await sql`update mail_outbox set settled_at = coalesce(sent_at, created_at)
            where status in ('sent', 'local', 'failed')`.execute(db);
}

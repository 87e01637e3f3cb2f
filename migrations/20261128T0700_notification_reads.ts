import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

/**
 * Notifications are for everyone in the company, but whether one has been read is each member's own:
 * a per-member watermark ("read everything up to this instant") replaces the shared `read_at`. The
 * members keep what the shared state said: read up to the newest notification that was read.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('notification_reads')
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('read_until', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_reads_pk', ['company_id', 'user_id'])
    .execute();
  await sql`
    INSERT INTO notification_reads (company_id, user_id, read_until)
    SELECT m.company_id, m.user_id, r.read_until
    FROM memberships m
    JOIN (
      SELECT company_id, max(created_at) AS read_until
      FROM notifications
      WHERE read_at IS NOT NULL
      GROUP BY company_id
    ) r ON r.company_id = m.company_id
  `.execute(db);
  await db.schema.alterTable('notifications').dropColumn('read_at').execute();
}

import { sql } from 'kysely';
import { isPostgres, type MigrationDb } from './helpers.js';

/**
 * The audit log and the document timelines are only ever read by company (and document) in time
 * order, and written on every change: their primary key becomes that order, so each insert updates
 * one B-tree instead of three (table, key on `id`, index on the reading order). On SQLite the tables
 * are rebuilt WITHOUT ROWID (the rows are stored in key order); on PostgreSQL the key replaces the
 * index. `id` stays, unique by construction (uuid v7), and the rows are kept.
 */
export async function up(db: MigrationDb): Promise<void> {
  if (isPostgres(db)) {
    await sql`ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey`.execute(db);
    await sql`ALTER TABLE audit_log ADD PRIMARY KEY (company_id, created_at, id)`.execute(db);
    await sql`DROP INDEX audit_log_company_idx`.execute(db);
    await sql`ALTER TABLE document_events DROP CONSTRAINT document_events_pkey`.execute(db);
    await sql`ALTER TABLE document_events ADD PRIMARY KEY (company_id, document_id, at, id)`.execute(db);
    await sql`DROP INDEX document_events_document_idx`.execute(db);
    return;
  }
  await sql`
    CREATE TABLE audit_log_clustered (
      id text NOT NULL,
      company_id text NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
      user_id text,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text,
      data text,
      created_at text NOT NULL,
      PRIMARY KEY (company_id, created_at, id)
    ) WITHOUT ROWID
  `.execute(db);
  await sql`
    INSERT INTO audit_log_clustered (id, company_id, user_id, action, entity_type, entity_id, data, created_at)
    SELECT id, company_id, user_id, action, entity_type, entity_id, data, created_at FROM audit_log
  `.execute(db);
  await sql`DROP TABLE audit_log`.execute(db);
  await sql`ALTER TABLE audit_log_clustered RENAME TO audit_log`.execute(db);

  await sql`
    CREATE TABLE document_events_clustered (
      id text NOT NULL,
      company_id text NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
      document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      action text NOT NULL,
      from_status text,
      to_status text NOT NULL,
      user_id text,
      data text,
      at text NOT NULL,
      PRIMARY KEY (company_id, document_id, at, id)
    ) WITHOUT ROWID
  `.execute(db);
  await sql`
    INSERT INTO document_events_clustered (id, company_id, document_id, action, from_status, to_status, user_id, data, at)
    SELECT id, company_id, document_id, action, from_status, to_status, user_id, data, at FROM document_events
  `.execute(db);
  await sql`DROP TABLE document_events`.execute(db);
  await sql`ALTER TABLE document_events_clustered RENAME TO document_events`.execute(db);
}

import { sql } from 'kysely';
import { isPostgres, type MigrationDb } from './helpers.js';

/**
 * Substring search (`search_text LIKE '%frag%'`) without scanning every contact: a trigram index on
 * each engine. PostgreSQL: pg_trgm GIN index, used by LIKE directly. SQLite: an FTS5 trigram table
 * over `contacts.search_text` (external content, kept in step by triggers), queried with LIKE.
 */
export async function up(db: MigrationDb): Promise<void> {
  if (isPostgres(db)) {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await sql`CREATE INDEX contacts_search_trgm_idx ON contacts USING gin (search_text gin_trgm_ops)`.execute(
      db,
    );
    return;
  }
  await sql`CREATE VIRTUAL TABLE contacts_search USING fts5(search_text, content='contacts', content_rowid='rowid', tokenize='trigram')`.execute(
    db,
  );
  await sql`CREATE TRIGGER contacts_search_ai AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_search(rowid, search_text) VALUES (new.rowid, new.search_text);
  END`.execute(db);
  await sql`CREATE TRIGGER contacts_search_ad AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_search(contacts_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
  END`.execute(db);
  await sql`CREATE TRIGGER contacts_search_au AFTER UPDATE OF search_text ON contacts BEGIN
    INSERT INTO contacts_search(contacts_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO contacts_search(rowid, search_text) VALUES (new.rowid, new.search_text);
  END`.execute(db);
  await sql`INSERT INTO contacts_search(contacts_search) VALUES ('rebuild')`.execute(db);
}

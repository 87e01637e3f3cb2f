import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's schema types
export type MigrationDb = Kysely<any>;

export const isPostgres = (db: MigrationDb): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/** Binary column type that both engines understand. */
export const binaryType = (db: MigrationDb) => (isPostgres(db) ? sql`bytea` : sql`blob`);

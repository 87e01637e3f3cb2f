import { type MigrationResultSet, Migrator } from 'kysely';
import { migrationProvider } from '../../../migrations/index.js';
import type { Db } from './index.js';

export const migrateToLatest = (db: Db): Promise<string[]> => run(db, (m) => m.migrateToLatest());

/** Up to and including the named migration (tests of a migration start from the schema before it). */
export const migrateUpTo = (db: Db, name: string): Promise<string[]> => run(db, (m) => m.migrateTo(name));

async function run(db: Db, step: (m: Migrator) => Promise<MigrationResultSet>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await step(migrator);
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}

import type { Migration, MigrationProvider } from 'kysely';
import * as m20261127T2100 from './20261127T2100_foundation.js';

/**
 * Every migration, by timestamp name. Listed explicitly (not read from disk) so the same list works
 * from TypeScript sources and from the compiled build. Forward-only: never edit a landed migration.
 */
const migrations: Record<string, Migration> = {
  '20261127T2100_foundation': m20261127T2100,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

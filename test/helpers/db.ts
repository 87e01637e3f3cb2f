import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/platform/db/index.js';
import { migrateToLatest, migrateUpTo } from '../../src/platform/db/migrate.js';

export const testEngine = (): 'sqlite' | 'postgres' =>
  process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite';

export interface TestDatabase extends Database {
  /** Connection string for other processes/pools (PostgreSQL) or the SQLite file path. */
  url: string;
  /** Opens another, independent connection pool on the same database (a second app or worker). */
  openAnother(): Database;
}

/**
 * A fresh, migrated database: a temporary SQLite file by default, or a new PostgreSQL database
 * created from TEST_DATABASE_URL (dropped again on close). One per test file, so files run in parallel.
 */
export async function createTestDatabase(opts: { upTo?: string } = {}): Promise<TestDatabase> {
  const migrate = (db: Database['db']) => (opts.upTo ? migrateUpTo(db, opts.upTo) : migrateToLatest(db));
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `fx_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = openDatabase({ databaseUrl: url.toString(), poolSize: 12 });
    await migrate(database.db);
    return {
      ...database,
      url: url.toString(),
      openAnother: () => openDatabase({ databaseUrl: url.toString(), poolSize: 12 }),
      close: async () => {
        await database.close();
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        // pg's pool.end() resolves once it has asked its connections to close, not once they are
        // gone: dropping WITH (FORCE) right away would kill them mid-goodbye, and the server's
        // "terminating connection" error would surface as an uncaught exception. Wait for them first.
        for (let i = 0; i < 100; i++) {
          const r = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [
            name,
          ]);
          if (r.rows[0]?.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'fx-test-'));
  const file = join(dir, 'test.sqlite');
  const database = openDatabase({ sqliteFile: file });
  await migrate(database.db);
  return {
    ...database,
    url: file,
    openAnother: () => openDatabase({ sqliteFile: file }),
    close: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, type Engine, openDatabase } from '../../src/platform/db/index.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';

export interface BenchDatabase extends Database {
  /** What the app server child opens: a postgres:// URL or a SQLite file path. */
  url: string;
}

/** Null when PostgreSQL does not answer, so the scenario reports a skipped row instead of failing. */
export async function postgresUnreachable(adminUrl: string): Promise<string | null> {
  const c = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** A fresh, migrated database (a temp SQLite file, or a new PostgreSQL database), removed on close. */
export async function createBenchDatabase(engine: Engine, postgresAdminUrl: string): Promise<BenchDatabase> {
  if (engine === 'postgres') {
    const name = `fx_bench_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await adminQuery(postgresAdminUrl, `CREATE DATABASE ${name}`);
    const url = new URL(postgresAdminUrl);
    url.pathname = `/${name}`;
    const database = openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
    await migrateToLatest(database.db);
    return {
      ...database,
      url: url.toString(),
      close: async () => {
        await database.close();
        await adminQuery(postgresAdminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'fx-bench-'));
  const file = join(dir, 'bench.sqlite');
  const database = openDatabase({ sqliteFile: file });
  await migrateToLatest(database.db);
  return {
    ...database,
    url: file,
    close: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

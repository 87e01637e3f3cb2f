import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  type SqliteDatabase,
  SqliteDialect,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import { AppError } from '../../shared/errors.js';
import { BACKSTOP_PAGES, startCheckpointer } from './checkpointer.js';
import type { DB } from './schema.js';

export type { DB } from './schema.js';
export type Engine = 'sqlite' | 'postgres';
export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;
/** Either the database or a transaction on it: repositories accept both. */
export type DbOrTx = Kysely<DB>;

/** Which engine a database or transaction runs on, for the few queries that differ. */
export const engineOf = (db: DbOrTx): Engine =>
  db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';

/**
 * Runs `fn` in a transaction: a new one on the database, or the caller's own when `db` already is a
 * transaction (a use case called from another's transaction, such as a recurring run issuing the
 * invoice it creates, commits or rolls back with it). Kysely has no nested transactions.
 */
export function transactionOf<T>(db: DbOrTx, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Tx) : db.transaction().execute(fn);
}

/** The SQLite connection behind each Kysely instance, by its adapter (its transactions share it). */
const sqliteConnections = new WeakMap<object, SqliteDatabase>();

/**
 * Inside a SQLite transaction, the connection that transaction holds: a statement may run on it
 * directly, as Kysely would (Kysely lets no other query use the connection until the transaction
 * ends). Undefined outside a transaction, where Kysely's queueing is what keeps queries apart, and on
 * PostgreSQL.
 */
export function sqliteConnectionOf(db: DbOrTx): SqliteDatabase | undefined {
  return db.isTransaction ? sqliteConnections.get(db.getExecutor().adapter) : undefined;
}

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

// PostgreSQL returns bigint (int8) as strings by default; our bigints are minor units and counts
// that fit in a JS safe integer, so parse them as numbers on the way out.
pg.types.setTypeParser(20, (v) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new Error(`bigint out of safe range: ${v}`);
  return n;
});

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Directory of the SQLite file; `:memory:` for an in-memory database. */
  dataDir?: string;
  sqliteFile?: string;
  poolSize?: number;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; better-sqlite3 statements are reusable, and Kysely runs one
 * query at a time on its single SQLite connection, so the same SQL text can share one prepared
 * statement. Bounded, least-recently-used first out.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sqlText: string) => {
      let stmt = cache.get(sqlText);
      if (stmt) {
        cache.delete(sqlText);
      } else {
        stmt = sqlite.prepare(sqlText);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sqlText, stmt);
      return stmt;
    },
  };
}

export function openDatabase(opts: DatabaseOptions): Database {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  let file = opts.sqliteFile ?? ':memory:';
  if (!opts.sqliteFile && opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true });
    file = join(opts.dataDir, 'facturex.sqlite');
  }
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  // Checkpoints run on their own thread (see checkpointer.ts); the connection's own is the backstop.
  const checkpointer = file === ':memory:' ? null : startCheckpointer(file);
  if (checkpointer) sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  const connection = withStatementCache(sqlite);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: connection }) });
  sqliteConnections.set(db.getExecutor().adapter, connection);
  return {
    db,
    engine: 'sqlite',
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

/** A write refused because another row still refers to this one (SQLite and PostgreSQL alike). */
export function isForeignKeyViolation(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const code = (e as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}

/** Runs a delete; a row still referred to elsewhere becomes a 409 `in_use` with `message`. */
export async function inUseGuard<T>(message: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isForeignKeyViolation(e)) throw new AppError('in_use', message);
    throw e;
  }
}

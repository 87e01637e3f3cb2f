import { sql } from 'kysely';
import type { Clock } from './clock.js';
import type { DbOrTx } from './db/index.js';

/**
 * Attempt counters kept in the database, so that every app process behind a load balancer counts
 * the same attempts: a limit per process would multiply by the number of processes. One row per key
 * (`login|ip|email`, `totp|user`…) holding the count of the current window and when it ends; the
 * upsert that counts an attempt is one statement, atomic on both engines.
 */
export interface Hits {
  count: number;
  /** Epoch milliseconds at which the window ends. */
  resetAt: number;
}

/** Counts one attempt under `key` and answers the count of the window it falls in. */
export async function countHit(
  db: DbOrTx,
  p: { key: string; windowMs: number; nowMs: number },
): Promise<Hits> {
  const fresh = p.nowMs + p.windowMs;
  const row = await db
    .insertInto('rate_limits')
    .values({ key: p.key, count: 1, reset_at: fresh })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`CASE WHEN rate_limits.reset_at <= ${p.nowMs} THEN 1 ELSE rate_limits.count + 1 END`,
        reset_at: sql<number>`CASE WHEN rate_limits.reset_at <= ${p.nowMs} THEN ${fresh} ELSE rate_limits.reset_at END`,
      }),
    )
    .returning(['count', 'reset_at'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), resetAt: Number(row.reset_at) };
}

/** The attempts counted under `key` in its current window, without counting one. */
export async function peekHits(db: DbOrTx, p: { key: string; nowMs: number }): Promise<Hits> {
  const row = await db
    .selectFrom('rate_limits')
    .select(['count', 'reset_at'])
    .where('key', '=', p.key)
    .where('reset_at', '>', p.nowMs)
    .executeTakeFirst();
  return row ? { count: Number(row.count), resetAt: Number(row.reset_at) } : { count: 0, resetAt: p.nowMs };
}

/** Forgets the attempts under `key` (a success that ends a series of failures). */
export async function clearHits(db: DbOrTx, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

/** Removes windows that have ended (the sessions purge job calls it). */
export async function purgeRateLimits(db: DbOrTx, nowMs: number): Promise<number> {
  const r = await db.deleteFrom('rate_limits').where('reset_at', '<=', nowMs).executeTakeFirst();
  return Number(r.numDeletedRows);
}

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit over `rate_limits`: each route counts under its own prefix
 * (method and URL), as the plugin's Redis store does.
 */
export function databaseRateLimitStore(db: DbOrTx, clock: Clock) {
  class DatabaseStore {
    readonly prefix: string;
    constructor(_options?: unknown, prefix = '') {
      this.prefix = prefix;
    }

    incr(key: string, callback: IncrCallback, timeWindow: number): void {
      const nowMs = clock.now().getTime();
      countHit(db, { key: `${this.prefix}${key}`, windowMs: timeWindow, nowMs }).then(
        (h) => callback(null, { current: h.count, ttl: Math.max(0, h.resetAt - nowMs) }),
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
      );
    }

    child(routeOptions: object): DatabaseStore {
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return new DatabaseStore(undefined, `${String(route?.method ?? '')} ${String(route?.url ?? '')}|`);
    }
  }
  return DatabaseStore;
}

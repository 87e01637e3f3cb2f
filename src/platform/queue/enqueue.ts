import { sql } from 'kysely';
import { newId } from '../../shared/ids.js';
import { type DbOrTx, engineOf } from '../db/index.js';
import { prepareQuery } from '../db/prepared.js';
import type { JobsTable } from '../db/schema.js';

export interface EnqueueOptions {
  companyId?: string | null;
  /** At most one job ever exists with this key: enqueueing it again is a no-op (exactly-once by construction). */
  uniqueKey?: string;
  /**
   * Coalescing: while a job with this key waits to run, enqueueing it again adds nothing; once a
   * worker claims it, the key is free and the next enqueue queues a new run. For jobs that catch up on
   * everything due when they run (render the PDFs issued so far), so that a burst of changes costs
   * one run, and a change made while a run is in progress still gets a run after it.
   */
  coalesceKey?: string;
  runAt?: string;
  maxAttempts?: number;
}

type NewJob = Omit<
  JobsTable,
  'locked_by' | 'locked_until' | 'last_error' | 'started_at' | 'finished_at' | 'result'
>;

/** Stored in `unique_key` for coalescing jobs; the worker clears such keys when it claims the job. */
export const COALESCE_PREFIX = 'coalesce:';

const jobValues = (db: DbOrTx, j: NewJob) =>
  db.insertInto('jobs').values({
    id: j.id,
    company_id: j.company_id,
    name: j.name,
    payload: j.payload,
    unique_key: j.unique_key,
    status: j.status,
    attempts: j.attempts,
    max_attempts: j.max_attempts,
    run_at: j.run_at,
    created_at: j.created_at,
  });

const insertJob = prepareQuery((db, j: NewJob) =>
  jobValues(db, j).onConflict((oc) => oc.column('unique_key').doNothing()),
);

/**
 * On PostgreSQL a waiting job with the key is locked (a no-op update) until the caller commits, so a
 * worker (FOR UPDATE SKIP LOCKED) cannot claim it and scan before the caller's change is visible.
 * SQLite has one writer at a time: the caller's transaction and the claim cannot interleave.
 */
const insertCoalescing = prepareQuery((db, j: NewJob) =>
  engineOf(db) === 'postgres'
    ? jobValues(db, j).onConflict((oc) => oc.column('unique_key').doUpdateSet({ run_at: sql`jobs.run_at` }))
    : jobValues(db, j).onConflict((oc) => oc.column('unique_key').doNothing()),
);

/**
 * Adds a job in the caller's transaction, so the job exists if and only if the change that asked
 * for it was committed (transactional outbox). Returns false when the unique key already existed
 * (with a coalescing key, the result says nothing: PostgreSQL joins the waiting job by updating it).
 */
export async function enqueueJob(
  db: DbOrTx,
  nowIso: string,
  name: string,
  payload: unknown,
  opts: EnqueueOptions = {},
): Promise<boolean> {
  if (opts.uniqueKey !== undefined && opts.coalesceKey !== undefined)
    throw new Error('enqueueJob: uniqueKey and coalesceKey exclude each other');
  const coalescing = opts.coalesceKey !== undefined;
  const result = await (coalescing ? insertCoalescing : insertJob).execute(db, {
    id: newId(),
    company_id: opts.companyId ?? null,
    name,
    payload: JSON.stringify(payload ?? {}),
    unique_key: coalescing ? `${COALESCE_PREFIX}${opts.coalesceKey}` : (opts.uniqueKey ?? null),
    status: 'queued',
    attempts: 0,
    max_attempts: opts.maxAttempts ?? 8,
    // The worker compares instants as strings: store the one canonical form (`…T10:00:00.000Z`),
    // or `2026-11-27T10:00:00Z` would sort after `…T10:00:00.500Z` and run late.
    run_at: new Date(opts.runAt ?? nowIso).toISOString(),
    created_at: nowIso,
  });
  return Number(result.numAffectedRows ?? 0n) > 0;
}

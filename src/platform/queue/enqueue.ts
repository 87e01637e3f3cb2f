import { newId } from '../../shared/ids.js';
import type { DbOrTx } from '../db/index.js';
import { prepareQuery } from '../db/prepared.js';
import type { JobsTable } from '../db/schema.js';

export interface EnqueueOptions {
  companyId?: string | null;
  /** At most one job ever exists with this key: enqueueing it again is a no-op (exactly-once by construction). */
  uniqueKey?: string;
  runAt?: string;
  maxAttempts?: number;
}

type NewJob = Omit<JobsTable, 'locked_by' | 'locked_until' | 'last_error' | 'started_at' | 'finished_at'>;

const insertJob = prepareQuery((db, j: NewJob) =>
  db
    .insertInto('jobs')
    .values({
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
    })
    .onConflict((oc) => oc.column('unique_key').doNothing()),
);

/**
 * Adds a job in the caller's transaction, so the job exists if and only if the change that asked
 * for it was committed (transactional outbox). Returns false when the unique key already existed.
 */
export async function enqueueJob(
  db: DbOrTx,
  nowIso: string,
  name: string,
  payload: unknown,
  opts: EnqueueOptions = {},
): Promise<boolean> {
  const result = await insertJob.execute(db, {
    id: newId(),
    company_id: opts.companyId ?? null,
    name,
    payload: JSON.stringify(payload ?? {}),
    unique_key: opts.uniqueKey ?? null,
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

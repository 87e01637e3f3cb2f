import type { Cursor } from '../../shared/pagination.js';
import type { DbOrTx } from '../db/index.js';
import { afterCursor } from '../db/paging.js';

export function listCompanyJobs(
  db: DbOrTx,
  p: { companyId: string; limit: number; cursor?: Cursor | undefined },
) {
  let q = db
    .selectFrom('jobs')
    .select([
      'id',
      'name',
      'payload',
      'status',
      'attempts',
      'max_attempts',
      'run_at',
      'finished_at',
      'last_error',
      'created_at',
    ])
    .where('company_id', '=', p.companyId);
  if (p.cursor) q = q.where(afterCursor('jobs', p.cursor));
  return q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(p.limit + 1)
    .execute();
}

export function listRecentJobs(db: DbOrTx, p: { limit: number; status?: string | undefined }) {
  let q = db
    .selectFrom('jobs')
    .select([
      'id',
      'company_id',
      'name',
      'status',
      'attempts',
      'run_at',
      'finished_at',
      'last_error',
      'created_at',
    ]);
  if (p.status) q = q.where('status', '=', p.status);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(p.limit).execute();
}

/** How long finished jobs stay visible in the history. */
export const JOB_RETENTION = { doneDays: 30, failedDays: 90 } as const;

/**
 * Deletes finished jobs past their retention, keeping the table (and the claim query) small.
 * Safe for exactly-once: a unique key only guards against a second enqueue of the same cause, and
 * every cause (a schedule slot, an outbox message) is long settled by then.
 */
export async function purgeFinishedJobs(db: DbOrTx, p: { now: string }): Promise<number> {
  const day = 86_400_000;
  const doneBefore = new Date(Date.parse(p.now) - JOB_RETENTION.doneDays * day).toISOString();
  const failedBefore = new Date(Date.parse(p.now) - JOB_RETENTION.failedDays * day).toISOString();
  const r = await db
    .deleteFrom('jobs')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'done'), eb('finished_at', '<', doneBefore)]),
        eb.and([eb('status', '=', 'failed'), eb('finished_at', '<', failedBefore)]),
      ]),
    )
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

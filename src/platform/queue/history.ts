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

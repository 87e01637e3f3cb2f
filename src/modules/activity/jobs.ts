import type { DbOrTx } from '../../platform/db/index.js';
import { listCompanyJobs } from '../../platform/queue/history.js';
import { type Cursor, toPage } from '../../shared/pagination.js';
import { describeSubjects, jobSubjectRefs, subjectOf } from './subjects.js';

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Settings › Jobs: the company's background jobs, newest first, each with what it works on. */
export async function listJobs(
  db: DbOrTx,
  p: { companyId: string; limit: number; cursor?: Cursor | undefined },
) {
  const rows = await listCompanyJobs(db, p);
  const refs = await jobSubjectRefs(db, p.companyId, rows);
  const subjects = await describeSubjects(
    db,
    p.companyId,
    refs.filter((r) => r !== null),
  );
  const subjectById = new Map(rows.map((r, i) => [r.id, subjectOf(subjects, refs[i] ?? null)]));
  return toPage(rows, p.limit, (r) => ({
    id: r.id,
    name: r.name,
    status: r.status as JobStatus,
    subject: subjectById.get(r.id) ?? null,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    runAt: r.run_at,
    finishedAt: r.finished_at,
    lastError: r.last_error,
    createdAt: r.created_at,
  }));
}

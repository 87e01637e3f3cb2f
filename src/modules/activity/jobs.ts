import type { DbOrTx } from '../../platform/db/index.js';
import { listCompanyJobs } from '../../platform/queue/history.js';
import { type Cursor, toPage } from '../../shared/pagination.js';
import { describeDataRefs, describeSubjects, jobSubjectRefs, subjectOf } from './subjects.js';

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
  const payloads = rows.map((r) => payloadOf(r.payload));
  const references = await describeDataRefs(db, p.companyId, payloads);
  const indexOf = new Map(rows.map((r, i) => [r.id, i]));
  return toPage(rows, p.limit, (r) => ({
    id: r.id,
    name: r.name,
    status: r.status as JobStatus,
    subject: subjectById.get(r.id) ?? null,
    data: payloads[indexOf.get(r.id) ?? -1] ?? {},
    references: references[indexOf.get(r.id) ?? -1] ?? {},
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    runAt: r.run_at,
    finishedAt: r.finished_at,
    lastError: r.last_error,
    createdAt: r.created_at,
  }));
}

/** A job's payload as the user may see it: its own company's id says nothing to them. */
function payloadOf(payload: string): Record<string, unknown> {
  try {
    const p: unknown = JSON.parse(payload);
    if (!p || typeof p !== 'object' || Array.isArray(p)) return {};
    const { companyId: _company, ...rest } = p as Record<string, unknown>;
    return rest;
  } catch {
    return {};
  }
}

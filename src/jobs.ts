import { z } from 'zod';
import { purgeExpiredSessions } from './modules/auth/index.js';
import { bankReconcileJob } from './modules/banking/index.js';
import {
  expireQuotes,
  RENDER_PDF_JOB,
  RENDER_PDFS_JOB,
  renderIssuedPdfs,
  storeIssuedPdf,
} from './modules/documents/index.js';
import { purgeImportsJob, runImportJob } from './modules/imports/index.js';
import { documentMailPdfJob, reportMailFailure, reportMailOutcome } from './modules/mail/index.js';
import {
  PEPPOL_RECEIVE_JOB,
  peppolReceiveCompanyJob,
  peppolReceiveJob,
  peppolSendJob,
  peppolStatusJob,
} from './modules/peppol/index.js';
import { RECURRING_RUN_JOB, recurringRunCompanyJob, recurringRunJob } from './modules/recurring/index.js';
import {
  REMINDERS_RUN_JOB,
  reminderAttachmentsJob,
  remindersRunCompanyJob,
  remindersRunJob,
} from './modules/reminders/index.js';
import { clockAsOf, DAY, HOUR, MINUTE, nowIso } from './platform/clock.js';
import type { AppContext } from './platform/context.js';
import { purgeIdempotencyKeys } from './platform/http/idempotency.js';
import { mailDeliveryJob } from './platform/mail/deliver.js';
import { enqueueJob } from './platform/queue/enqueue.js';
import { purgeFinishedJobs } from './platform/queue/history.js';
import { defineJob, type JobDefinition, type ScheduleDefinition } from './platform/queue/types.js';
import { Worker } from './platform/queue/worker.js';
import { purgeRateLimits } from './platform/rate-limit.js';

const purgeSessionsJob = defineJob({
  name: 'sessions.purge',
  payload: z.object({}),
  handler: async (ctx) => {
    const n = await purgeExpiredSessions(ctx);
    if (n > 0) ctx.log.info({ purged: n }, 'expired sessions purged');
    // Attempt counters whose window has ended (login, sign-up, two-factor limits).
    await purgeRateLimits(ctx.db, ctx.clock.now().getTime());
  },
});

const purgeIdempotencyJob = defineJob({
  name: 'idempotency.purge',
  payload: z.object({}),
  handler: async (ctx) => {
    await purgeIdempotencyKeys(ctx);
  },
});

const purgeJobsJob = defineJob({
  name: 'jobs.purge',
  payload: z.object({}),
  handler: async (ctx) => {
    const n = await purgeFinishedJobs(ctx.db, { now: nowIso(ctx.clock) });
    if (n > 0) ctx.log.info({ purged: n }, 'finished jobs purged');
  },
});

const expireQuotesJob = defineJob({
  name: 'quotes.expire',
  payload: z.object({}),
  handler: async (ctx) => {
    const n = await expireQuotes(ctx);
    if (n > 0) ctx.log.info({ expired: n }, 'quotes past their validity date expired');
  },
});

/** Kept for jobs queued by earlier versions (one per issued document). */
const renderPdfJob = defineJob({
  name: RENDER_PDF_JOB,
  payload: z.object({ companyId: z.string(), documentId: z.string() }),
  handler: async (ctx, p) => {
    await storeIssuedPdf(ctx, p);
  },
});

const renderPdfsJob = defineJob({
  name: RENDER_PDFS_JOB,
  payload: z.object({ companyId: z.string() }),
  handler: async (ctx, p) => {
    const n = await renderIssuedPdfs(ctx, p);
    if (n > 0) ctx.log.info({ companyId: p.companyId, rendered: n }, 'issued documents rendered to PDF');
  },
});

/**
 * The one list of background jobs. Mail delivery and imports commit their state changes under the
 * job's lease (`job.commit`), so a run that stalled and lost its job commits nothing. The others
 * are harmless when a lost run overlaps its successor: purges delete by age, `quotes.expire` moves
 * each quote by compare-and-set (`sent` → `expired` happens once), and PDFs are kept first writer
 * wins (insert … on conflict do nothing) behind a watermark that only moves forward.
 */
// biome-ignore lint/suspicious/noExplicitAny: jobs with different payload types
export const jobDefinitions: JobDefinition<any>[] = [
  // A message given up for good shows on its document's timeline and in the company's notifications;
  // one delivered (or kept in the local outbox) shows on its document's timeline too.
  mailDeliveryJob({ onFailed: reportMailFailure, onSettled: reportMailOutcome }),
  purgeSessionsJob,
  purgeIdempotencyJob,
  purgeJobsJob,
  runImportJob,
  purgeImportsJob,
  expireQuotesJob,
  renderPdfJob,
  renderPdfsJob,
  remindersRunJob,
  remindersRunCompanyJob,
  reminderAttachmentsJob,
  documentMailPdfJob,
  recurringRunJob,
  recurringRunCompanyJob,
  // Peppol: each sending once (key `peppol-send:{documentId}:{n}`), then its delivery status.
  peppolSendJob,
  peppolStatusJob,
  // Peppol inbox: each received document booked once (unique key on company and message id).
  peppolReceiveJob,
  peppolReceiveCompanyJob,
  // Bank statements: each import's certain matches become payments once (unique key per transaction).
  bankReconcileJob,
];

/** The one list of schedules. */
export const schedules: ScheduleDefinition[] = [
  { name: 'sessions.purge', job: 'sessions.purge', everyMs: HOUR },
  { name: 'idempotency.purge', job: 'idempotency.purge', everyMs: 6 * HOUR },
  { name: 'jobs.purge', job: 'jobs.purge', everyMs: DAY },
  { name: 'imports.purge', job: 'imports.purge', everyMs: DAY },
  { name: 'quotes.expire', job: 'quotes.expire', everyMs: HOUR },
  // Each company's reminders in its own time zone: hourly, so a day's step goes out early that day.
  { name: REMINDERS_RUN_JOB, job: REMINDERS_RUN_JOB, everyMs: HOUR },
  // Recurring invoices: each profile has its own time of day; a quarter of an hour is how late one can be.
  { name: RECURRING_RUN_JOB, job: RECURRING_RUN_JOB, everyMs: 15 * MINUTE },
  // Received Peppol documents become purchase invoices within a quarter of an hour.
  { name: PEPPOL_RECEIVE_JOB, job: PEPPOL_RECEIVE_JOB, everyMs: 15 * MINUTE },
];

/**
 * `facturex jobs run [--as-of YYYY-MM-DD]`: runs the due jobs once, as a worker would, and answers
 * how many ran. As of a day (that day at noon UTC, see clockAsOf), the reminder and recurring runs
 * are queued explicitly — the schedules' next slots may lie after that day — so that what is due by
 * then is sent and generated.
 */
export async function runDueJobs(ctx: AppContext, asOf?: string): Promise<number> {
  const at = asOf === undefined ? ctx : { ...ctx, clock: clockAsOf(asOf) };
  if (asOf !== undefined) {
    await enqueueJob(at.db, nowIso(at.clock), REMINDERS_RUN_JOB, {});
    await enqueueJob(at.db, nowIso(at.clock), RECURRING_RUN_JOB, {});
  }
  return new Worker(at, jobDefinitions, schedules).drain();
}

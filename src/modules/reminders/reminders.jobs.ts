import { z } from 'zod';
import { nowIso } from '../../platform/clock.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { defineJob } from '../../platform/queue/types.js';
import { companiesWithRules } from './reminder-rules.repository.js';
import { runReminders } from './reminder-run.service.js';

export const REMINDERS_RUN_JOB = 'reminders.run';
export const REMINDERS_RUN_COMPANY_JOB = 'reminders.run-company';

/**
 * The hourly sweep: one job per company with reminder rules (a scheduler selects ids and fans out).
 * Coalesced per company: a run still waiting absorbs the next hour's.
 */
export const remindersRunJob = defineJob({
  name: REMINDERS_RUN_JOB,
  payload: z.object({}),
  handler: async (ctx, _p, job) => {
    const companies = await companiesWithRules(ctx.db);
    const now = nowIso(ctx.clock);
    await job.commit(async (trx) => {
      for (const { company_id } of companies)
        await enqueueJob(
          trx,
          now,
          REMINDERS_RUN_COMPANY_JOB,
          { companyId: company_id },
          { companyId: company_id, coalesceKey: `reminders.run:${company_id}` },
        );
    });
    return { result: { companies: companies.length } };
  },
});

/** One company's run; its summary (sent, to print, skipped with reason, failed) stays in the job's history. */
export const remindersRunCompanyJob = defineJob({
  name: REMINDERS_RUN_COMPANY_JOB,
  payload: z.object({ companyId: z.string() }),
  handler: async (ctx, p, job) => {
    const summary = await runReminders(ctx, p.companyId, { commit: job.commit, jobId: job.id });
    return { result: { ...summary } };
  },
});

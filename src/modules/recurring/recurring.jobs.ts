import { z } from 'zod';
import { companyFanOutJob } from '../../platform/queue/fan-out.js';
import { defineJob } from '../../platform/queue/types.js';
import { companiesWithDueProfiles } from './recurring.repository.js';
import { runRecurring } from './recurring-run.service.js';

export const RECURRING_RUN_JOB = 'recurring.run';
export const RECURRING_RUN_COMPANY_JOB = 'recurring.run-company';

/**
 * The sweep (every quarter of an hour): one job per company with a profile due, found through the
 * (status, next_run_at) index.
 */
export const recurringRunJob = companyFanOutJob({
  name: RECURRING_RUN_JOB,
  perCompanyJob: RECURRING_RUN_COMPANY_JOB,
  coalescePrefix: 'recurring.run',
  companies: async (ctx, now) => (await companiesWithDueProfiles(ctx.db, { now })).map((r) => r.company_id),
});

/** One company's run; its summary stays in the job's history (recurring-run.service.ts). */
export const recurringRunCompanyJob = defineJob({
  name: RECURRING_RUN_COMPANY_JOB,
  payload: z.object({ companyId: z.string() }),
  handler: async (ctx, p, job) => {
    const summary = await runRecurring(ctx, p.companyId, { commit: job.commit });
    return { result: { ...summary } };
  },
});

import { z } from 'zod';
import { nowIso } from '../../platform/clock.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { defineJob } from '../../platform/queue/types.js';
import { companiesWithDueProfiles } from './recurring.repository.js';
import { runRecurring } from './recurring-run.service.js';

export const RECURRING_RUN_JOB = 'recurring.run';
export const RECURRING_RUN_COMPANY_JOB = 'recurring.run-company';

/**
 * The sweep (every quarter of an hour): one job per company with a profile due, found through the
 * (status, next_run_at) index. Coalesced per company: a run still waiting absorbs the next sweep's.
 */
export const recurringRunJob = defineJob({
  name: RECURRING_RUN_JOB,
  payload: z.object({}),
  handler: async (ctx, _p, job) => {
    const now = nowIso(ctx.clock);
    const companies = await companiesWithDueProfiles(ctx.db, { now });
    await job.commit(async (trx) => {
      for (const { company_id } of companies)
        await enqueueJob(
          trx,
          now,
          RECURRING_RUN_COMPANY_JOB,
          { companyId: company_id },
          { companyId: company_id, coalesceKey: `recurring.run:${company_id}` },
        );
    });
    return { result: { companies: companies.length } };
  },
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

import { z } from 'zod';
import { nowIso } from '../clock.js';
import type { AppContext } from '../context.js';
import { enqueueJob } from './enqueue.js';
import { defineJob } from './types.js';

/**
 * A scheduled sweep that queues one job per company with work (the reminder run, the recurring run):
 * `companies` selects their ids, and each gets `perCompanyJob` with `{ companyId }`, coalesced per
 * company under `{coalescePrefix}:{companyId}` — a run still waiting absorbs the next sweep's. All
 * of them are queued in one transaction, under the sweep's lease.
 */
export function companyFanOutJob(p: {
  name: string;
  perCompanyJob: string;
  coalescePrefix: string;
  companies: (ctx: AppContext, now: string) => Promise<string[]>;
  /** Attempts of each company's job (the queue's default when left out). */
  maxAttempts?: number;
}) {
  return defineJob({
    name: p.name,
    payload: z.object({}),
    handler: async (ctx, _payload, job) => {
      const now = nowIso(ctx.clock);
      const ids = await p.companies(ctx, now);
      await job.commit(async (trx) => {
        for (const companyId of ids)
          await enqueueJob(
            trx,
            now,
            p.perCompanyJob,
            { companyId },
            {
              companyId,
              coalesceKey: `${p.coalescePrefix}:${companyId}`,
              ...(p.maxAttempts ? { maxAttempts: p.maxAttempts } : {}),
            },
          );
      });
      return { result: { companies: ids.length } };
    },
  });
}

import { z } from 'zod';
import { defineJob } from '../../platform/queue/types.js';
import { reconcileImport } from './reconcile.service.js';

export const BANK_RECONCILE_JOB = 'bank.reconcile';

/**
 * Reconciles what an import brought (queued in the import's transaction, key `bank-reconcile:{importId}`):
 * the certain matches become payments. Safe to run again: matched transactions are skipped, and the
 * match's unique key keeps two runs from paying one transaction twice.
 */
export const bankReconcileJob = defineJob({
  name: BANK_RECONCILE_JOB,
  payload: z.object({ companyId: z.string(), importId: z.string() }),
  handler: async (ctx, p) => ({ result: { matched: await reconcileImport(ctx, p) } }),
});

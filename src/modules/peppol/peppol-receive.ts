import { z } from 'zod';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { companyFanOutJob } from '../../platform/queue/fan-out.js';
import { defineJob, type JobRecord } from '../../platform/queue/types.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { type NotificationData, notify } from '../notifications/index.js';
import { importPurchase } from '../purchases/index.js';
import * as repo from './peppol.repository.js';
import { peppolOf } from './peppol-settings.js';
import type { PeppolProvider } from './provider.js';

export const PEPPOL_RECEIVE_JOB = 'peppol.receive';
export const PEPPOL_RECEIVE_COMPANY_JOB = 'peppol.receive-company';
/**
 * Attempts of one company's receiving run: an outage is retried twice by the queue, then by the next
 * sweep (a quarter of an hour later) — the sweep is the retry, so the queue need not keep at it.
 */
export const PEPPOL_RECEIVE_RUN_ATTEMPTS = 3;
/** A document that fails this often for an unexpected reason is refused, not tried forever. */
export const PEPPOL_RECEIVE_ATTEMPTS = 5;

/** Thrown inside the booking transaction when the document's row is settled already: books nothing. */
class AlreadyReceived extends Error {}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Outcome = 'imported' | 'already' | 'duplicate' | 'refused' | 'pending';

/**
 * Books one received document as a purchase invoice, once. Its row in `peppol_incoming` is written
 * in the transaction that books it; a run that finds the row settled (or loses the race for it on
 * the unique key) books nothing. A document that cannot be read is refused with the reason, visible
 * in the company's notifications, and never read again; the same file or supplier number booked
 * before is recorded as a duplicate of it.
 */
async function receiveOne(
  ctx: AppContext,
  job: JobRecord,
  companyId: string,
  provider: PeppolProvider,
  messageId: string,
): Promise<Outcome> {
  const seen = await repo.findIncoming(ctx.db, { companyId, providerMessageId: messageId });
  if (seen && seen.status !== 'pending') return 'already';
  // An outage here throws: nothing is recorded and the queue (then the next sweep) tries again.
  const file = await provider.fetchIncoming(messageId);
  const row = { companyId, provider: provider.name, providerMessageId: messageId };
  try {
    await importPurchase(
      ctx,
      { userId: null },
      companyId,
      file,
      undefined,
      { expect: 'einvoice', filename: `${messageId}.xml` },
      {
        commit: job.commit,
        onBooked: async (trx, purchaseInvoiceId) => {
          const at = nowIso(ctx.clock);
          const settled = await repo.settleIncoming(trx, {
            ...row,
            id: newId(),
            status: 'imported',
            purchaseInvoiceId,
            error: null,
            at,
          });
          if (!settled) throw new AlreadyReceived();
        },
      },
    );
    return 'imported';
  } catch (e) {
    if (e instanceof AlreadyReceived) return 'already';
    const at = nowIso(ctx.clock);
    if (e instanceof AppError && e.code === 'already_exists') {
      const existing = e.meta.existingId;
      await job.commit((trx) =>
        repo.settleIncoming(trx, {
          ...row,
          id: newId(),
          status: 'duplicate',
          purchaseInvoiceId: typeof existing === 'string' ? existing : null,
          error: e.message,
          at,
        }),
      );
      return 'duplicate';
    }
    if (e instanceof AppError && !e.retryable) {
      await refuse(ctx, job, row, { error: e.message, template: e.template, params: { ...e.params } });
      return 'refused';
    }
    const attempts = await job.commit((trx) =>
      repo.countIncomingAttempt(trx, { ...row, id: newId(), error: messageOf(e), at }),
    );
    // Settled meanwhile by a concurrent run (whose booking made this one fail on a unique key).
    if (attempts === 0) return 'already';
    if (attempts >= PEPPOL_RECEIVE_ATTEMPTS) {
      await refuse(ctx, job, row, { error: messageOf(e) });
      return 'refused';
    }
    return 'pending';
  }
}

async function refuse(
  ctx: AppContext,
  job: JobRecord,
  row: { companyId: string; provider: string; providerMessageId: string },
  reason: NotificationData['peppol.refused'] extends infer R ? Omit<R, 'messageId'> : never,
): Promise<void> {
  const { error } = reason;
  const at = nowIso(ctx.clock);
  const id = newId();
  await job.commit(async (trx) => {
    if (
      !(await repo.settleIncoming(trx, {
        ...row,
        id,
        status: 'refused',
        purchaseInvoiceId: null,
        error,
        at,
      }))
    )
      return;
    const stored = await repo.findIncoming(trx, row);
    await notify(trx, {
      companyId: row.companyId,
      type: 'peppol.refused',
      entityType: 'peppol_incoming',
      entityId: stored?.id ?? id,
      data: { messageId: row.providerMessageId, ...reason },
      at,
    });
  });
}

/**
 * Reads the company's Peppol inbox: each listed document is fetched and booked as a purchase
 * invoice once, then acknowledged at the access point (when its API has that). An outage of the
 * access point fails the run, which the queue repeats; documents already settled are skipped.
 */
export async function receivePeppol(
  ctx: AppContext,
  companyId: string,
  job: JobRecord,
): Promise<Record<Outcome, number>> {
  const counts: Record<Outcome, number> = { imported: 0, already: 0, duplicate: 0, refused: 0, pending: 0 };
  const { provider } = await peppolOf(ctx, companyId);
  if (!provider) return counts;
  for (const messageId of await provider.listIncoming()) {
    const outcome = await receiveOne(ctx, job, companyId, provider, messageId);
    counts[outcome]++;
    if (outcome !== 'pending') await provider.acknowledge(messageId);
  }
  return counts;
}

/** The sweep: one receiving job per company with an access point. */
export const peppolReceiveJob = companyFanOutJob({
  name: PEPPOL_RECEIVE_JOB,
  perCompanyJob: PEPPOL_RECEIVE_COMPANY_JOB,
  coalescePrefix: 'peppol.receive',
  companies: (ctx) => repo.companiesWithPeppol(ctx.db),
  maxAttempts: PEPPOL_RECEIVE_RUN_ATTEMPTS,
});

export const peppolReceiveCompanyJob = defineJob({
  name: PEPPOL_RECEIVE_COMPANY_JOB,
  maxAttempts: PEPPOL_RECEIVE_RUN_ATTEMPTS,
  payload: z.object({ companyId: z.string() }),
  handler: async (ctx, p, job) => ({ result: await receivePeppol(ctx, p.companyId, job) }),
});

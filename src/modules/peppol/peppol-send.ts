import { z } from 'zod';
import { addMs, nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import type { PeppolMessagesTable } from '../../platform/db/schema.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { defineJob, type JobRecord } from '../../platform/queue/types.js';
import { AppError, fieldError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import {
  type DocumentKind,
  readDocumentRow,
  recordDocumentEvent,
  recordDocumentPeppolOutcome,
} from '../documents/index.js';
import { documentUbl } from '../einvoice/index.js';
import { notify } from '../notifications/index.js';
import * as repo from './peppol.repository.js';
import { contactPeppolId } from './peppol-lookup.js';
import { type PeppolSetup, peppolOf } from './peppol-settings.js';
import type { PeppolProvider } from './provider.js';

export const PEPPOL_SEND_JOB = 'peppol.send';
export const PEPPOL_STATUS_JOB = 'peppol.status';
/** Attempts of the send job: with the queue's back-off (10 s, 20 s, 40 s…) about ten minutes of outage. */
export const PEPPOL_SEND_ATTEMPTS = 6;
/** When the delivery status is asked after the hand-over: soon, then less and less often, for two days. */
export const STATUS_DELAYS_MS = [
  60_000,
  5 * 60_000,
  15 * 60_000,
  3_600_000,
  6 * 3_600_000,
  12 * 3_600_000,
  24 * 3_600_000,
];

type Buyer = {
  peppolId: string | null;
  vatNumber: string | null;
  enterpriseNumber: string | null;
  address: { country: string | null };
};

/** Where a sending goes: the customer's Peppol id, through the company's access point. */
export interface PeppolRoute {
  receiver: string;
  provider: PeppolProvider['name'];
}

/**
 * What can be refused about sending over Peppol is checked before the document is numbered: an
 * invoice or credit note, an access point set up for the company, a customer with a Peppol address.
 * Answers the route. `setup` is the company's resolved Peppol settings (peppolOf), asked once by the
 * caller outside any transaction: resolving them may decrypt the key and look the access point's
 * address up in the DNS.
 */
export function peppolRouteOf(setup: PeppolSetup, kind: DocumentKind, buyer: Buyer | null): PeppolRoute {
  if (kind !== 'invoice' && kind !== 'credit_note')
    throw fieldError('delivery/method', 'Only invoices and credit notes are sent over Peppol');
  const { provider, peppolId } = setup;
  if (!provider)
    throw fieldError(
      'delivery/method',
      'Peppol is not set up for this company: choose an access point in the settings',
      'rule_violation',
    );
  if (!peppolId)
    throw fieldError(
      'seller/enterpriseNumber',
      'The company needs an enterprise number or a VAT number',
      'rule_violation',
    );
  const receiver = buyer ? contactPeppolId(buyer) : null;
  if (!receiver)
    throw fieldError(
      'buyer/peppolId',
      'The customer needs a Peppol ID, an enterprise number or a VAT number',
      'rule_violation',
    );
  return { receiver, provider: provider.name };
}

/** peppolRouteOf with the company's settings resolved here. */
export async function peppolReceiverOf(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  buyer: Buyer | null,
): Promise<PeppolRoute> {
  return peppolRouteOf(await peppolOf(ctx, companyId), kind, buyer);
}

/**
 * Queues the sending in the caller's transaction (the one that issues the document): a message row
 * numbered per document and the job `peppol.send` under the key `peppol-send:{documentId}:{seq}`,
 * so the document is handed to the access point once per sending however often the job runs.
 */
export async function queuePeppolSend(
  trx: Tx,
  p: {
    companyId: string;
    kind: DocumentKind;
    documentId: string;
    route: PeppolRoute;
    actorId: string | null;
    now: string;
    eventAt: string;
  },
): Promise<string> {
  const seq = await repo.nextSeq(trx, p);
  const id = newId();
  await repo.insertMessage(trx, {
    id,
    company_id: p.companyId,
    document_id: p.documentId,
    kind: p.kind,
    seq,
    provider: p.route.provider,
    receiver: p.route.receiver,
    message_id: null,
    status: 'queued',
    error: null,
    created_by: p.actorId,
    created_at: p.now,
    updated_at: p.now,
  });
  await enqueueJob(
    trx,
    p.now,
    PEPPOL_SEND_JOB,
    { companyId: p.companyId, peppolMessageId: id },
    {
      companyId: p.companyId,
      uniqueKey: `peppol-send:${p.documentId}:${seq}`,
      maxAttempts: PEPPOL_SEND_ATTEMPTS,
    },
  );
  const doc = await readDocumentRow(trx, { companyId: p.companyId, documentId: p.documentId, kind: p.kind });
  await recordDocumentEvent(trx, {
    companyId: p.companyId,
    documentId: p.documentId,
    kind: p.kind,
    action: 'peppol_queued',
    from: null,
    to: doc?.status ?? 'issued',
    userId: p.actorId,
    at: p.eventAt,
    data: { peppolMessageId: id, receiver: p.route.receiver },
  });
  return id;
}

/** The message failed for good: its row, the document's timeline and the company's notifications say so. */
async function failMessage(
  ctx: AppContext,
  trx: Tx,
  m: PeppolMessagesTable,
  from: string,
  error: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const at = nowIso(ctx.clock);
  if (
    !(await repo.moveMessage(trx, {
      companyId: m.company_id,
      id: m.id,
      from,
      values: { status: 'failed', error, updated_at: at },
    }))
  )
    return;
  const doc = await recordDocumentPeppolOutcome(trx, {
    companyId: m.company_id,
    entityType: m.kind,
    documentId: m.document_id,
    at,
    outcome: 'failed',
    data: { peppolMessageId: m.id, messageId: m.message_id, receiver: m.receiver, error, ...extra },
  });
  await notify(trx, {
    companyId: m.company_id,
    type: 'peppol.failed',
    entityType: doc?.kind ?? m.kind,
    entityId: m.document_id,
    data: {
      kind: (doc?.kind ?? m.kind) as DocumentKind,
      number: doc?.number ?? null,
      receiver: m.receiver,
      error,
    },
    at,
  });
}

/** The access point has the document on its way: the message, the timeline and the status checks say so. */
async function recordSent(
  ctx: AppContext,
  job: Pick<JobRecord, 'commit'>,
  m: PeppolMessagesTable,
  messageId: string,
  provider: string,
): Promise<void> {
  const now = nowIso(ctx.clock);
  await job.commit(async (trx) => {
    if (
      !(await repo.moveMessage(trx, {
        companyId: m.company_id,
        id: m.id,
        from: 'queued',
        values: { status: 'sent', message_id: messageId, updated_at: now },
      }))
    )
      return;
    const doc = await readDocumentRow(trx, {
      companyId: m.company_id,
      documentId: m.document_id,
      kind: m.kind as DocumentKind,
    });
    await recordDocumentEvent(trx, {
      companyId: m.company_id,
      documentId: m.document_id,
      kind: m.kind as DocumentKind,
      action: 'peppol_sent',
      from: null,
      to: doc?.status ?? 'issued',
      userId: null,
      at: now,
      data: { peppolMessageId: m.id, messageId, receiver: m.receiver, provider },
    });
    await enqueueJob(
      trx,
      now,
      PEPPOL_STATUS_JOB,
      { companyId: m.company_id, peppolMessageId: m.id, check: 1 },
      {
        companyId: m.company_id,
        uniqueKey: `peppol-status:${m.id}:1`,
        runAt: addMs(now, STATUS_DELAYS_MS[0] ?? 60_000),
      },
    );
  });
}

const Payload = z.object({ companyId: z.string(), peppolMessageId: z.string() });

/**
 * Makes the document's UBL (validated: one that fails the official rules is refused and never
 * sent), hands it to the access point and records the access point's message id on the timeline.
 * A refusal (4xx) fails the message with the access point's reason; an outage is retried by the
 * queue and, on the last attempt, fails visibly. A second run finds the message no longer queued.
 *
 * Never twice, even across a crash: the UBL is first only prepared at the access point, and the id it
 * is kept under is recorded before it is transmitted. A run that finds that id recorded (an earlier
 * run stopped after preparing, or after transmitting but before recording it) asks the access point
 * what became of it first, and transmits only a document still waiting there.
 */
export const peppolSendJob = defineJob({
  name: PEPPOL_SEND_JOB,
  payload: Payload,
  maxAttempts: PEPPOL_SEND_ATTEMPTS,
  handler: async (ctx, p, job) => {
    const m = await repo.findMessage(ctx.db, { companyId: p.companyId, id: p.peppolMessageId });
    if (m?.status !== 'queued') return { result: { skipped: m?.status ?? 'missing' } };
    const fail = (error: string, extra?: Record<string, unknown>) =>
      job.commit((trx) => failMessage(ctx, trx, m, 'queued', error, extra));
    /** The access point refused (4xx): the message fails with its reason, never retried. */
    const refused = (e: AppError) => fail(e.message, { providerStatus: e.meta.providerStatus ?? null });
    /** No answer (outage, 5xx after the client's retries): the queue retries; the last attempt fails visibly. */
    const unreachable = async (e: unknown): Promise<never> => {
      if (job.attempts >= job.maxAttempts)
        await fail(
          `The Peppol access point could not be reached: ${e instanceof Error ? e.message : String(e)}`,
        );
      throw e;
    };
    const { provider, peppolId } = await peppolOf(ctx, m.company_id);
    if (!provider || !peppolId) {
      await fail('Peppol is not set up for this company: choose an access point in the settings');
      return { result: { failed: 'not_set_up' } };
    }
    /** What the access point says of a prepared document: answers true when it has left already. */
    const leftAlready = async (documentId: string): Promise<boolean | 'failed'> => {
      let state: Awaited<ReturnType<typeof provider.status>>;
      try {
        state = await provider.status(documentId);
      } catch (e) {
        if (e instanceof AppError) {
          await refused(e);
          return 'failed';
        }
        return unreachable(e);
      }
      if (state.status === 'failed') {
        await fail(state.reason ?? 'The access point reports the delivery failed');
        return 'failed';
      }
      return state.status !== 'queued';
    };

    let documentId = m.message_id;
    if (documentId) {
      const left = await leftAlready(documentId);
      if (left === 'failed') return { result: { failed: 'access_point' } };
      if (left) {
        await recordSent(ctx, job, m, documentId, provider.name);
        return { result: { messageId: documentId, recovered: true } };
      }
    } else {
      let ubl: Awaited<ReturnType<typeof documentUbl>>;
      try {
        ubl = await documentUbl(ctx, m.company_id, m.kind as DocumentKind, m.document_id);
      } catch (e) {
        if (!(e instanceof AppError) || e.retryable) {
          if (job.attempts >= job.maxAttempts)
            await fail(`Its e-invoice could not be made: ${e instanceof Error ? e.message : String(e)}`);
          throw e;
        }
        // Each failed rule is kept by its id (`path`: BR-S-02…) with its English text and our
        // French, Dutch and German wording of it (`translations`), for the timeline to show in the
        // reader's language.
        await fail(e.message, { errors: e.errors });
        return { result: { failed: e.code } };
      }
      try {
        ({ documentId } = await provider.prepare({
          ubl: ubl.content,
          filename: ubl.filename,
          reference: m.id,
        }));
      } catch (e) {
        if (e instanceof AppError) {
          await refused(e);
          return { result: { failed: e.code } };
        }
        return unreachable(e);
      }
      const prepared = documentId;
      await job.commit((trx) =>
        repo.moveMessage(trx, {
          companyId: m.company_id,
          id: m.id,
          from: 'queued',
          values: { message_id: prepared, updated_at: nowIso(ctx.clock) },
        }),
      );
    }

    let messageId: string;
    try {
      ({ messageId } = await provider.transmit({ documentId, sender: peppolId, receiver: m.receiver }));
    } catch (e) {
      if (e instanceof AppError) {
        // Refused — unless an earlier try of this very call went through and only its answer was
        // lost (the access point then refuses to send it again): it has left, once.
        if ((await leftAlready(documentId)) === true) {
          await recordSent(ctx, job, m, documentId, provider.name);
          return { result: { messageId: documentId, recovered: true } };
        }
        await refused(e);
        return { result: { failed: e.code } };
      }
      return unreachable(e);
    }
    await recordSent(ctx, job, m, messageId, provider.name);
    return { result: { messageId } };
  },
  onAbandoned: async (ctx, trx, p) => {
    const m = await repo.findMessage(trx, { companyId: p.companyId, id: p.peppolMessageId });
    if (m?.status === 'queued')
      await failMessage(ctx, trx, m, 'queued', 'The worker sending it stopped on the last attempt');
  },
});

/**
 * Asks the access point what became of a sent message: delivered (the document becomes "sent") or
 * failed (visible with the reason); still under way, it asks again later, less and less often.
 */
export const peppolStatusJob = defineJob({
  name: PEPPOL_STATUS_JOB,
  payload: Payload.extend({ check: z.number().int().min(1) }),
  handler: async (ctx, p, job) => {
    const m = await repo.findMessage(ctx.db, { companyId: p.companyId, id: p.peppolMessageId });
    if (m?.status !== 'sent' || !m.message_id) return { result: { skipped: m?.status ?? 'missing' } };
    const { provider } = await peppolOf(ctx, m.company_id);
    if (!provider) return { result: { skipped: 'not_set_up' } };
    const state = await provider.status(m.message_id);
    const now = nowIso(ctx.clock);
    await job.commit(async (trx) => {
      if (state.status === 'failed') {
        await failMessage(
          ctx,
          trx,
          m,
          'sent',
          state.reason ?? 'The access point reports the delivery failed',
        );
        return;
      }
      if (state.status === 'delivered') {
        if (
          await repo.moveMessage(trx, {
            companyId: m.company_id,
            id: m.id,
            from: 'sent',
            values: { status: 'delivered', updated_at: now },
          })
        )
          await recordDocumentPeppolOutcome(trx, {
            companyId: m.company_id,
            entityType: m.kind,
            documentId: m.document_id,
            at: now,
            outcome: 'delivered',
            data: { peppolMessageId: m.id, messageId: m.message_id, receiver: m.receiver },
          });
        return;
      }
      const delay = STATUS_DELAYS_MS[p.check];
      if (delay === undefined) return;
      await enqueueJob(
        trx,
        now,
        PEPPOL_STATUS_JOB,
        { ...p, check: p.check + 1 },
        {
          companyId: m.company_id,
          uniqueKey: `peppol-status:${m.id}:${p.check + 1}`,
          runAt: addMs(now, delay),
        },
      );
    });
    return { result: { status: state.status } };
  },
});

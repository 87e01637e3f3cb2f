import { z } from 'zod';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { giveUpHeldMail } from '../../platform/mail/deliver.js';
import { releaseMail } from '../../platform/mail/outbox.js';
import { defineJob } from '../../platform/queue/types.js';
import { documentMailAttachment } from '../einvoice/index.js';
import { reportMailFailure } from './mail-failure.js';

/**
 * Attaches a document's PDF as issued (its stored copy, rendered and kept now if the PDF job has not
 * run yet) to a message queued held by `queueDocumentMail(…, { pdf: 'later' })`, and releases the
 * message for delivery, in one transaction. Queued in the message's own transaction under the key
 * `document-mail-pdf:{mailId}`; a second run finds the message released and adds nothing. On the last
 * attempt the held message fails visibly with the reason (and the company is notified), instead of
 * looking queued for ever.
 */
export const DOCUMENT_MAIL_PDF_JOB = 'documents.mail-pdf';

const Payload = z.object({
  companyId: z.string(),
  kind: z.enum(['quote', 'order', 'invoice', 'credit_note']),
  documentId: z.string(),
  mailId: z.string(),
});

export const documentMailPdfJob = defineJob({
  name: DOCUMENT_MAIL_PDF_JOB,
  payload: Payload,
  handler: async (ctx, p, job) => {
    let pdf: Awaited<ReturnType<typeof documentMailAttachment>>;
    try {
      pdf = await documentMailAttachment(ctx, p.companyId, p.kind, p.documentId);
    } catch (err) {
      if (job.attempts >= job.maxAttempts)
        await job.commit((trx) =>
          giveUp(
            ctx,
            trx,
            p.mailId,
            `Its PDF could not be made: ${err instanceof Error ? err.message : String(err)}`,
          ),
        );
      throw err;
    }
    const released = await job.commit((trx) =>
      releaseMail(trx, nowIso(ctx.clock), {
        mailId: p.mailId,
        attachments: [{ filename: pdf.filename, contentType: pdf.contentType, content: pdf.content }],
      }),
    );
    return { result: { released } };
  },
  onAbandoned: (ctx, trx, p) =>
    giveUp(ctx, trx, p.mailId, 'The worker rendering its PDF stopped on the last attempt'),
});

const giveUp = (ctx: AppContext, trx: Tx, mailId: string, error: string) =>
  giveUpHeldMail(trx, { mailId, error, at: nowIso(ctx.clock), onFailed: reportMailFailure });

import { z } from 'zod';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { giveUpHeldMail } from '../../platform/mail/deliver.js';
import { releaseMail } from '../../platform/mail/outbox.js';
import { companyFanOutJob } from '../../platform/queue/fan-out.js';
import { defineJob } from '../../platform/queue/types.js';
import { reportMailFailure } from '../mail/index.js';
import {
  REMINDER_ATTACHMENTS_JOB,
  ReminderAttachmentsPayload,
  reminderAttachments,
} from './reminder-attachments.js';
import { companiesWithRules } from './reminder-rules.repository.js';
import { runReminders } from './reminder-run.service.js';

export const REMINDERS_RUN_JOB = 'reminders.run';
export const REMINDERS_RUN_COMPANY_JOB = 'reminders.run-company';
export { REMINDER_ATTACHMENTS_JOB };

/** The hourly sweep: one job per company with reminder rules. */
export const remindersRunJob = companyFanOutJob({
  name: REMINDERS_RUN_JOB,
  perCompanyJob: REMINDERS_RUN_COMPANY_JOB,
  coalescePrefix: 'reminders.run',
  companies: async (ctx) => (await companiesWithRules(ctx.db)).map((r) => r.company_id),
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

/**
 * Renders what an automatic reminder's message carries (the letter, stored once; the invoice's PDF
 * and the statement when the level says so) and releases the message for delivery with them, in one
 * transaction. Queued by the run in the reminder's own transaction, under the key
 * `reminder-attachments:{reminderId}`; the message is not delivered before this job has run, and a
 * second run finds it released and adds nothing.
 */
export const reminderAttachmentsJob = defineJob({
  name: REMINDER_ATTACHMENTS_JOB,
  payload: ReminderAttachmentsPayload,
  handler: async (ctx, p, job) => {
    let attachments: Awaited<ReturnType<typeof reminderAttachments>>;
    try {
      attachments = await reminderAttachments(
        ctx,
        p.companyId,
        { id: p.reminderId, invoiceId: p.invoiceId, date: p.date, language: p.language },
        { invoicePdf: p.invoicePdf, statement: p.statement },
      );
    } catch (err) {
      // On the last attempt the held message fails with the reason, visibly, instead of looking
      // queued for ever; before that the queue retries.
      if (job.attempts >= job.maxAttempts)
        await job.commit((trx) => giveUpAttachments(ctx, trx, p.mailId, errorText(err)));
      throw err;
    }
    const now = nowIso(ctx.clock);
    const released = await job.commit((trx) => releaseMail(trx, now, { mailId: p.mailId, attachments }));
    return { result: { released, attachments: attachments.map((a) => a.filename) } };
  },
  onAbandoned: (ctx, trx, p) =>
    giveUpAttachments(ctx, trx, p.mailId, 'The worker rendering its attachments stopped on the last attempt'),
});

const errorText = (err: unknown) =>
  `Its attachments could not be made: ${err instanceof Error ? err.message : String(err)}`;

const giveUpAttachments = (ctx: AppContext, trx: Tx, mailId: string, error: string) =>
  giveUpHeldMail(trx, { mailId, error, at: nowIso(ctx.clock), onFailed: reportMailFailure });

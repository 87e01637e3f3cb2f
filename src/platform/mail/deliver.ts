import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { nowIso } from '../clock.js';
import type { AppContext } from '../context.js';
import { defineJob } from '../queue/types.js';
import { MAIL_DELIVER_JOB, MAIL_MAX_ATTEMPTS } from './outbox.js';
import { mailRouteFor } from './transports.js';

const transports = new Map<string, Transporter>();

/**
 * nodemailer waits up to 10 minutes on a silent socket by default, longer than the worker's job lock
 * (5 minutes): another worker would take the job over and send the message a second time. These
 * bounds keep a whole delivery well inside the lock; `?socketTimeout=…` in SMTP_URL still overrides.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

export function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
    transports.set(url, t);
  }
  return t;
}

const list = (json: string | null): string[] => (json ? (JSON.parse(json) as string[]) : []);

/**
 * SMTP 5xx is the receiving server's final word on this message (unknown recipient, refused):
 * retrying cannot help. A refused login (535, nodemailer's EAUTH) is our configuration, not the
 * message: it is retried, so mail queued while a password is being fixed still goes out.
 */
const isPermanent = (err: unknown): boolean => {
  const { responseCode, code } = err as { responseCode?: unknown; code?: unknown };
  if (code === 'EAUTH') return false;
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
};

/**
 * Delivers one outbox message. Without SMTP configured the message stays in the local outbox
 * (status `local`) for the user to read in the app. A message already sent is never sent again.
 */
export const deliverMailJob = defineJob({
  name: MAIL_DELIVER_JOB,
  payload: z.object({ messageId: z.string() }),
  maxAttempts: MAIL_MAX_ATTEMPTS,
  handler: async (ctx: AppContext, { messageId }, job) => {
    const { db } = ctx;
    const msg = await db.selectFrom('mail_outbox').selectAll().where('id', '=', messageId).executeTakeFirst();
    if (!msg || msg.status === 'sent' || msg.status === 'local') return;
    const route = await mailRouteFor(ctx, msg.company_id);
    if (!route.smtpUrl) {
      await db.updateTable('mail_outbox').set({ status: 'local' }).where('id', '=', messageId).execute();
      return;
    }
    const attachments = await db
      .selectFrom('mail_attachments')
      .select(['filename', 'content_type', 'content'])
      .where('mail_id', '=', messageId)
      .orderBy('position')
      .execute();
    let rejected: string[];
    try {
      const info = await transportFor(route.smtpUrl).sendMail({
        from: route.from,
        to: list(msg.to_addresses),
        cc: list(msg.cc_addresses),
        bcc: list(msg.bcc_addresses),
        subject: msg.subject,
        text: msg.text_body,
        ...(msg.html_body ? { html: msg.html_body } : {}),
        ...(msg.reply_to ? { replyTo: msg.reply_to } : {}),
        attachments: attachments.map((a) => ({
          filename: a.filename,
          contentType: a.content_type,
          content: Buffer.from(a.content),
        })),
        // A stable Message-ID lets receiving servers drop a duplicate if a crash made us resend.
        messageId: `<${msg.id}@facturex>`,
      });
      rejected = info.rejected ?? [];
    } catch (err) {
      const permanent = isPermanent(err);
      const message = err instanceof Error ? err.message : String(err);
      // On the job's last attempt the queue gives up too: the outbox must then say `failed`, not
      // promise a retry that will never come.
      const givingUp = permanent || job.attempts >= job.maxAttempts;
      await db
        .updateTable('mail_outbox')
        .set({ status: givingUp ? 'failed' : 'retrying', attempts: msg.attempts + 1, last_error: message })
        .where('id', '=', messageId)
        .execute();
      throw new AppError('internal', `SMTP delivery failed: ${message}`, { retryable: !permanent });
    }
    await db
      .updateTable('mail_outbox')
      .set({
        status: 'sent',
        sent_at: nowIso(ctx.clock),
        attempts: msg.attempts + 1,
        // The server took the message for some recipients and refused others (SMTP rejects per
        // RCPT): it is sent and not retried, but the refused addresses must stay visible.
        last_error: rejected.length ? `Recipients refused by the SMTP server: ${rejected.join(', ')}` : null,
      })
      .where('id', '=', messageId)
      .execute();
  },
});

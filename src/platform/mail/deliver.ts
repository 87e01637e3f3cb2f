import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { nowIso } from '../clock.js';
import type { AppContext } from '../context.js';
import { defineJob } from '../queue/types.js';
import { MAIL_DELIVER_JOB } from './outbox.js';

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    transports.set(url, t);
  }
  return t;
}

const list = (json: string | null): string[] => (json ? (JSON.parse(json) as string[]) : []);

/** SMTP 5xx is the receiving server's final word (unknown recipient, refused): retrying cannot help. */
const isPermanent = (err: unknown): boolean => {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

/**
 * Delivers one outbox message. Without SMTP configured the message stays in the local outbox
 * (status `local`) for the user to read in the app. A message already sent is never sent again.
 */
export const deliverMailJob = defineJob({
  name: MAIL_DELIVER_JOB,
  payload: z.object({ messageId: z.string() }),
  maxAttempts: 10,
  handler: async (ctx: AppContext, { messageId }) => {
    const { db } = ctx;
    const msg = await db.selectFrom('mail_outbox').selectAll().where('id', '=', messageId).executeTakeFirst();
    if (!msg || msg.status === 'sent' || msg.status === 'local') return;
    if (!ctx.config.smtpUrl) {
      await db.updateTable('mail_outbox').set({ status: 'local' }).where('id', '=', messageId).execute();
      return;
    }
    try {
      await transportFor(ctx.config.smtpUrl).sendMail({
        from: ctx.config.mailFrom,
        to: list(msg.to_addresses),
        cc: list(msg.cc_addresses),
        bcc: list(msg.bcc_addresses),
        subject: msg.subject,
        text: msg.text_body,
        ...(msg.html_body ? { html: msg.html_body } : {}),
        // A stable Message-ID lets receiving servers drop a duplicate if a crash made us resend.
        messageId: `<${msg.id}@facturex>`,
      });
    } catch (err) {
      const permanent = isPermanent(err);
      const message = err instanceof Error ? err.message : String(err);
      await db
        .updateTable('mail_outbox')
        .set({ status: permanent ? 'failed' : 'retrying', attempts: msg.attempts + 1, last_error: message })
        .where('id', '=', messageId)
        .execute();
      throw new AppError('internal', `SMTP delivery failed: ${message}`, { retryable: !permanent });
    }
    await db
      .updateTable('mail_outbox')
      .set({ status: 'sent', sent_at: nowIso(ctx.clock), attempts: msg.attempts + 1, last_error: null })
      .where('id', '=', messageId)
      .execute();
  },
});

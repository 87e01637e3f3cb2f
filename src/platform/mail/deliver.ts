import { type Selectable, sql } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { nowIso } from '../clock.js';
import type { AppContext } from '../context.js';
import type { DbOrTx, Tx } from '../db/index.js';
import type { MailOutboxTable } from '../db/schema.js';
import { defineJob, LeaseLost } from '../queue/types.js';
import { secretKey } from '../secrets.js';
import { MAIL_DELIVER_JOB, MAIL_MAX_ATTEMPTS } from './outbox.js';
import { revealSecrets } from './secrets.js';
import { mailRouteFor, pinSmtpHost } from './transports.js';

const transports = new Map<string, Transporter>();

/**
 * nodemailer waits up to 10 minutes on a silent socket by default, longer than the worker's job lock
 * (5 minutes): another worker would take the job over and send the message a second time. These
 * bounds keep a whole delivery well inside the lock; `?socketTimeout=…` in SMTP_URL still overrides.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/** A pooled-per-URL transport; `servername` keeps TLS checking the host name of a pinned address. */
export function transportFor(connection: { url: string; servername?: string | undefined }): Transporter {
  const key = `${connection.url}|${connection.servername ?? ''}`;
  let t = transports.get(key);
  if (!t) {
    t = nodemailer.createTransport({
      url: connection.url,
      ...SMTP_TIMEOUTS,
      ...(connection.servername ? { tls: { servername: connection.servername } } : {}),
    });
    transports.set(key, t);
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

/** A message given up for good: refused by the server (5xx), or still failing on its last attempt. */
export interface MailFailure {
  mailId: string;
  companyId: string | null;
  /** What the message is about (a document), as queued. */
  entityType: string | null;
  entityId: string | null;
  to: string[];
  subject: string;
  /** The error, with the server's answer when it gave one (`550 … User unknown`). */
  error: string;
  /** The server refused it (5xx); otherwise the retries ran out. */
  permanent: boolean;
  at: string;
}

/**
 * Runs in the transaction that records the failure (the outbox's compare-and-set from `sending` to
 * `failed`), so what it writes happens exactly once per failed message. The modules report the
 * failure through it (the document's timeline, a notification): `src/jobs.ts` wires it.
 */
export type MailFailedHook = (trx: Tx, failure: MailFailure) => Promise<void>;

/** A message left the outbox: the server took it (`delivered`), or no server is set up (`kept`). */
export interface MailOutcome {
  mailId: string;
  companyId: string | null;
  entityType: string | null;
  entityId: string | null;
  to: string[];
  outcome: 'delivered' | 'kept';
  at: string;
}

/**
 * Runs once per message, in its own transaction right after the outcome is recorded (never between
 * the SMTP call and that record, which must stay as close as they can), guarded by the message's
 * `settled_at` (compare-and-set). A worker dying in between leaves the outcome recorded and the
 * report to do: the delivery job taken over (or abandoned) finds it and runs the hook then, once.
 */
export type MailSettledHook = (trx: Tx, outcome: MailOutcome) => Promise<void>;

/** Final states whose outcome the hooks report, and as what. */
const OUTCOME_OF: Partial<Record<string, MailOutcome['outcome']>> = { sent: 'delivered', local: 'kept' };

const findMessage = (db: DbOrTx, id: string) =>
  db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();

/** A message whose outcome is recorded but was never reported (its worker died in between). */
const unreportedOutcome = (msg: Selectable<MailOutboxTable>): boolean =>
  OUTCOME_OF[msg.status] !== undefined && msg.settled_at === null;

const settleUnreported = (
  ctx: AppContext,
  trx: Tx,
  msg: Selectable<MailOutboxTable>,
  hooks: { onSettled?: MailSettledHook | undefined },
) => {
  const outcome = OUTCOME_OF[msg.status];
  return outcome ? settle(ctx, trx, msg, outcome, hooks) : Promise.resolve();
};

/**
 * Reports the message's outcome to the modules: marks it settled by compare-and-set, and runs the
 * hook only when this call is the one that marked it, so the report happens once per message.
 */
async function settle(
  ctx: AppContext,
  trx: Tx,
  msg: Selectable<MailOutboxTable>,
  outcome: MailOutcome['outcome'],
  hooks: { onSettled?: MailSettledHook | undefined },
): Promise<void> {
  const at = nowIso(ctx.clock);
  const r = await trx
    .updateTable('mail_outbox')
    .set({ settled_at: at })
    .where('id', '=', msg.id)
    .where('settled_at', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1 || !hooks.onSettled) return;
  await hooks.onSettled(trx, {
    mailId: msg.id,
    companyId: msg.company_id,
    entityType: msg.entity_type,
    entityId: msg.entity_id,
    to: list(msg.to_addresses),
    outcome,
    at,
  });
}

/** States a delivery may start from; `sending` is a delivery whose worker died mid-send. */
const DELIVERABLE = ['queued', 'retrying', 'sending'];

/**
 * Gives the message up: `failed` by compare-and-set from `from`, and the hook in the same
 * transaction when this call is the one that failed it.
 */
async function giveUp(
  trx: Tx,
  msg: Selectable<MailOutboxTable>,
  p: { from: string[]; error: string; permanent: boolean; at: string; onFailed: MailFailedHook | undefined },
): Promise<void> {
  const r = await trx
    .updateTable('mail_outbox')
    .set({ status: 'failed', attempts: sql`attempts + 1`, last_error: p.error, settled_at: p.at })
    .where('id', '=', msg.id)
    .where('status', 'in', p.from)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1 || !p.onFailed) return;
  await p.onFailed(trx, {
    mailId: msg.id,
    companyId: msg.company_id,
    entityType: msg.entity_type,
    entityId: msg.entity_id,
    to: list(msg.to_addresses),
    subject: msg.subject,
    error: p.error,
    permanent: p.permanent,
    at: p.at,
  });
}

/**
 * Gives up a message held for its attachments (`attachments_pending`) when what renders them gave up
 * for good: it becomes `failed` with `error` and is reported like any failure (the document's
 * timeline, the company's notification), rather than waiting forever while it looks queued. Once:
 * a message already released, sent or failed is left as it is.
 */
export async function giveUpHeldMail(
  trx: Tx,
  p: { mailId: string; error: string; at: string; onFailed?: MailFailedHook | undefined },
): Promise<void> {
  const msg = await findMessage(trx, p.mailId);
  if (!msg?.attachments_pending || !DELIVERABLE.includes(msg.status)) return;
  await giveUp(trx, msg, {
    from: DELIVERABLE,
    error: p.error,
    permanent: false,
    at: p.at,
    onFailed: p.onFailed,
  });
}

/**
 * Delivers one outbox message. Without SMTP configured the message stays in the local outbox
 * (status `local`) for the user to read in the app. Sent, local and failed are final: a delivery
 * job run again does nothing.
 *
 * The guarantee is at least once, and the one window for a second copy is as small as it can be:
 * the row moves to `sending` (compare-and-set, under the job's lease) right before the SMTP call,
 * and to `sent` right after the server took the message, nothing in between. A worker that dies
 * inside that window leaves `sending`, and the worker that takes the job over sends again, with the
 * same Message-ID. A live worker keeps its job (heartbeat), and the SMTP timeouts end a send well
 * inside the lease.
 */
export function mailDeliveryJob(hooks: { onFailed?: MailFailedHook; onSettled?: MailSettledHook } = {}) {
  return defineJob({
    name: MAIL_DELIVER_JOB,
    payload: z.object({ messageId: z.string() }),
    maxAttempts: MAIL_MAX_ATTEMPTS,
    handler: async (ctx: AppContext, { messageId }, job) => {
      const { db } = ctx;
      const msg = await findMessage(db, messageId);
      if (!msg) return;
      // An outcome recorded by a worker that died before reporting it: report it now.
      if (unreportedOutcome(msg)) {
        await job.commit((trx) => settleUnreported(ctx, trx, msg, hooks));
        return;
      }
      if (!DELIVERABLE.includes(msg.status)) return;
      // Its attachments are not in place yet (releaseMail queues the delivery when they are): never
      // deliver a message without the attachments it promises.
      if (msg.attachments_pending) return;
      const move = (trx: Tx, values: { status: string; last_error?: string | null }, from: string[]) =>
        trx
          .updateTable('mail_outbox')
          .set(values)
          .where('id', '=', messageId)
          .where('status', 'in', from)
          .where('attachments_pending', '=', 0)
          .executeTakeFirst()
          .then((r) => Number(r.numUpdatedRows) === 1);
      const settled = (outcome: MailOutcome['outcome']) => (trx: Tx) => settle(ctx, trx, msg, outcome, hooks);
      const route = await mailRouteFor(ctx, msg.company_id);
      if (!route.smtpUrl) {
        await job.commit(async (trx) => {
          if (await move(trx, { status: 'local' }, DELIVERABLE)) await settled('kept')(trx);
        });
        return;
      }
      const attachments = await db
        .selectFrom('mail_attachments')
        .select(['filename', 'content_type', 'content'])
        .where('mail_id', '=', messageId)
        .orderBy('position')
        .execute();
      if (!(await job.commit((trx) => move(trx, { status: 'sending' }, DELIVERABLE)))) return;
      let rejected: string[];
      try {
        job.signal.throwIfAborted();
        // A company's own server is checked (public address) and connected to by the checked address.
        const connection =
          route.source === 'company'
            ? await pinSmtpHost(route.smtpUrl, ctx.config.allowPrivateSmtp)
            : { url: route.smtpUrl };
        const info = await transportFor(connection).sendMail({
          from: route.from,
          to: list(msg.to_addresses),
          cc: list(msg.cc_addresses),
          bcc: list(msg.bcc_addresses),
          subject: msg.subject,
          // Live secrets (invitation, reset links) are stored sealed: only the delivered copy has them.
          text: revealSecrets(secretKey(ctx.config), msg.text_body, msg.secrets),
          ...(msg.html_body
            ? { html: revealSecrets(secretKey(ctx.config), msg.html_body, msg.secrets) }
            : {}),
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
        if (err instanceof LeaseLost) throw err;
        const permanent = isPermanent(err);
        const message = err instanceof Error ? err.message : String(err);
        // The server's own words when it answered (`550 <…>: … User unknown`), else what went wrong.
        const { response } = err as { response?: unknown };
        const answer = typeof response === 'string' && response ? response : message;
        // On the job's last attempt the queue gives up too: the outbox must then say `failed`, not
        // promise a retry that will never come.
        const givingUp = permanent || job.attempts >= job.maxAttempts;
        await job.commit((trx) =>
          givingUp
            ? giveUp(trx, msg, {
                from: ['sending'],
                error: answer,
                permanent,
                at: nowIso(ctx.clock),
                onFailed: hooks.onFailed,
              })
            : trx
                .updateTable('mail_outbox')
                .set({ status: 'retrying', attempts: sql`attempts + 1`, last_error: answer })
                .where('id', '=', messageId)
                .where('status', '=', 'sending')
                .execute()
                .then(() => undefined),
        );
        throw new AppError('internal', `SMTP delivery failed: ${message}`, { retryable: !permanent });
      }
      // The server has the message: record it now, with no lease check (it is a fact whoever holds
      // the job) and nothing in between, to keep the window for a second copy small.
      const recorded = await db
        .updateTable('mail_outbox')
        .set({
          status: 'sent',
          sent_at: nowIso(ctx.clock),
          attempts: sql`attempts + 1`,
          // The server took the message for some recipients and refused others (SMTP rejects per
          // RCPT): it is sent and not retried, but the refused addresses must stay visible.
          last_error: rejected.length
            ? `Recipients refused by the SMTP server: ${rejected.join(', ')}`
            : null,
        })
        .where('id', '=', messageId)
        .where('status', '<>', 'sent')
        .executeTakeFirst();
      if (Number(recorded.numUpdatedRows) === 1) await db.transaction().execute(settled('delivered'));
    },
    // Its worker died or hung on the last attempt: the message is given up and reported like any
    // failure. If it died mid-send (`sending`), the server may have taken the message: say so.
    onAbandoned: async (ctx, trx, { messageId }) => {
      const msg = await findMessage(trx, messageId);
      if (!msg) return;
      if (unreportedOutcome(msg)) return settleUnreported(ctx, trx, msg, hooks);
      if (!DELIVERABLE.includes(msg.status)) return;
      await giveUp(trx, msg, {
        from: DELIVERABLE,
        error:
          msg.status === 'sending'
            ? 'The worker sending it stopped on the last attempt: it may or may not have been delivered'
            : 'The worker delivering it stopped on the last attempt',
        permanent: false,
        at: nowIso(ctx.clock),
        onFailed: hooks.onFailed,
      });
    },
  });
}

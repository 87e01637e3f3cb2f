import { newId } from '../../shared/ids.js';
import type { DbOrTx } from '../db/index.js';
import { prepareQuery } from '../db/prepared.js';
import { enqueueJob } from '../queue/enqueue.js';
import { sealSecrets } from './secrets.js';

export interface OutgoingMail {
  /** One message per key, ever: a retried request or a re-run job cannot send it twice. */
  uniqueKey: string;
  companyId?: string | null;
  to: string[];
  cc?: string[];
  bcc?: string[];
  subject: string;
  text: string;
  html?: string;
  replyTo?: string | null;
  /** What the message is about (a document): its timeline lists the message with its delivery status. */
  entity?: { type: string; id: string };
  attachments?: { filename: string; contentType: string; content: Buffer }[];
  /**
   * Live secrets in the bodies (an invitation or reset token): stored sealed with `key` and shown
   * as "[hidden]" in every view of the outbox; only the delivered message carries them.
   */
  secrets?: { key: Buffer; values: string[] };
  /**
   * More attachments are still to come (rendered by a job queued in the same transaction): the
   * message is stored but not delivered until `releaseMail` adds them.
   */
  attachmentsPending?: boolean;
}

type Attachment = NonNullable<OutgoingMail['attachments']>[number];

export const MAIL_DELIVER_JOB = 'mail.deliver';
/** Ten attempts: with the worker's back-off (10 s, 20 s, 40 s …) they span about 1½ hours of SMTP outage. */
export const MAIL_MAX_ATTEMPTS = 10;

interface OutboxRow {
  id: string;
  company_id: string | null;
  unique_key: string;
  to_addresses: string;
  cc_addresses: string | null;
  bcc_addresses: string | null;
  subject: string;
  text_body: string;
  html_body: string | null;
  secrets: string | null;
  created_at: string;
  entity_type: string | null;
  entity_id: string | null;
  reply_to: string | null;
  attachments_pending: number;
}

// Built once: the reminder run queues thousands of messages in a row.
const outboxInsert = prepareQuery((db, m: OutboxRow) =>
  db
    .insertInto('mail_outbox')
    .values({
      id: m.id,
      company_id: m.company_id,
      unique_key: m.unique_key,
      to_addresses: m.to_addresses,
      cc_addresses: m.cc_addresses,
      bcc_addresses: m.bcc_addresses,
      subject: m.subject,
      text_body: m.text_body,
      html_body: m.html_body,
      secrets: m.secrets,
      status: 'queued',
      attempts: 0,
      created_at: m.created_at,
      entity_type: m.entity_type,
      entity_id: m.entity_id,
      reply_to: m.reply_to,
      attachments_pending: m.attachments_pending,
    })
    .onConflict((oc) => oc.column('unique_key').doNothing()),
);

/**
 * Writes the message to the outbox in the caller's transaction and queues its delivery. The worker
 * delivers it over SMTP, or keeps it in the local outbox when no SMTP server is configured.
 */
export async function queueMail(db: DbOrTx, nowIso: string, mail: OutgoingMail): Promise<string | null> {
  const id = newId();
  const sealed = mail.secrets
    ? sealSecrets(
        mail.secrets.key,
        { text: mail.text, ...(mail.html ? { html: mail.html } : {}) },
        mail.secrets.values,
      )
    : null;
  const inserted = await outboxInsert.execute(db, {
    id,
    company_id: mail.companyId ?? null,
    unique_key: mail.uniqueKey,
    to_addresses: JSON.stringify(mail.to),
    cc_addresses: mail.cc?.length ? JSON.stringify(mail.cc) : null,
    bcc_addresses: mail.bcc?.length ? JSON.stringify(mail.bcc) : null,
    subject: mail.subject,
    text_body: sealed?.text ?? mail.text,
    html_body: sealed ? (sealed.html ?? null) : (mail.html ?? null),
    secrets: sealed?.sealed ?? null,
    created_at: nowIso,
    entity_type: mail.entity?.type ?? null,
    entity_id: mail.entity?.id ?? null,
    reply_to: mail.replyTo ?? null,
    attachments_pending: mail.attachmentsPending ? 1 : 0,
  });
  if (Number(inserted.numAffectedRows ?? 0n) === 0) return null;
  await insertAttachments(db, id, 0, mail.attachments ?? []);
  if (!mail.attachmentsPending) await queueDelivery(db, nowIso, id, mail.companyId ?? null);
  return id;
}

async function insertAttachments(db: DbOrTx, mailId: string, from: number, attachments: Attachment[]) {
  for (const [i, a] of attachments.entries())
    await db
      .insertInto('mail_attachments')
      .values({
        id: newId(),
        mail_id: mailId,
        position: from + i,
        filename: a.filename,
        content_type: a.contentType,
        content: a.content,
      })
      .execute();
}

const queueDelivery = (db: DbOrTx, nowIso: string, mailId: string, companyId: string | null) =>
  enqueueJob(
    db,
    nowIso,
    MAIL_DELIVER_JOB,
    { messageId: mailId },
    { companyId, uniqueKey: `mail:${mailId}`, maxAttempts: MAIL_MAX_ATTEMPTS },
  );

/**
 * Adds the attachments a message queued with `attachmentsPending` waited for, and queues its delivery,
 * in the caller's transaction. Once: the flag is cleared by compare-and-set, so a second call (a job
 * run again) adds nothing and returns false.
 */
export async function releaseMail(
  db: DbOrTx,
  nowIso: string,
  p: { mailId: string; attachments: Attachment[] },
): Promise<boolean> {
  const released = await db
    .updateTable('mail_outbox')
    .set({ attachments_pending: 0 })
    .where('id', '=', p.mailId)
    .where('attachments_pending', '=', 1)
    .returning(['company_id'])
    .executeTakeFirst();
  if (!released) return false;
  const last = await db
    .selectFrom('mail_attachments')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('mail_id', '=', p.mailId)
    .executeTakeFirst();
  await insertAttachments(
    db,
    p.mailId,
    last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1,
    p.attachments,
  );
  await queueDelivery(db, nowIso, p.mailId, released.company_id);
  return true;
}

/**
 * Of these messages, the ones that still stand: delivered, kept in the local outbox or on their way
 * (anything but failed).
 */
export async function standingMails(db: DbOrTx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('mail_outbox')
    .select('id')
    .where('id', 'in', ids)
    .where('status', '<>', 'failed')
    .execute();
  return rows.map((r) => r.id);
}

import { newId } from '../../shared/ids.js';
import type { DbOrTx } from '../db/index.js';
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
}

export const MAIL_DELIVER_JOB = 'mail.deliver';
/** Ten attempts: with the worker's back-off (10 s, 20 s, 40 s …) they span about 1½ hours of SMTP outage. */
export const MAIL_MAX_ATTEMPTS = 10;

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
  const inserted = await db
    .insertInto('mail_outbox')
    .values({
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
      status: 'queued',
      attempts: 0,
      created_at: nowIso,
      entity_type: mail.entity?.type ?? null,
      entity_id: mail.entity?.id ?? null,
      reply_to: mail.replyTo ?? null,
    })
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return null;
  for (const [position, a] of (mail.attachments ?? []).entries())
    await db
      .insertInto('mail_attachments')
      .values({
        id: newId(),
        mail_id: id,
        position,
        filename: a.filename,
        content_type: a.contentType,
        content: a.content,
      })
      .execute();
  await enqueueJob(
    db,
    nowIso,
    MAIL_DELIVER_JOB,
    { messageId: id },
    {
      companyId: mail.companyId ?? null,
      uniqueKey: `mail:${id}`,
      maxAttempts: MAIL_MAX_ATTEMPTS,
    },
  );
  return id;
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

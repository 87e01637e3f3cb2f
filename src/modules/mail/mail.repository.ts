import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/index.js';
import { afterKeyset, type KeysetCursor } from '../../platform/db/keyset.js';

export const listTemplates = (db: DbOrTx, p: { companyId: string }) =>
  db.selectFrom('mail_templates').selectAll().where('company_id', '=', p.companyId).execute();

export const findTemplate = (db: DbOrTx, p: { companyId: string; kind: string; language: string }) =>
  db
    .selectFrom('mail_templates')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('document_kind', '=', p.kind)
    .where('language', '=', p.language)
    .executeTakeFirst();

export async function upsertTemplate(
  db: DbOrTx,
  p: {
    companyId: string;
    kind: string;
    language: string;
    subject: string;
    body: string;
    userId: string;
    now: string;
  },
) {
  await db
    .insertInto('mail_templates')
    .values({
      company_id: p.companyId,
      document_kind: p.kind,
      language: p.language,
      subject: p.subject,
      body: p.body,
      updated_by: p.userId,
      updated_at: p.now,
    })
    .onConflict((oc) =>
      oc.columns(['company_id', 'document_kind', 'language']).doUpdateSet({
        subject: p.subject,
        body: p.body,
        updated_by: p.userId,
        updated_at: p.now,
      }),
    )
    .execute();
}

export const deleteTemplate = (db: DbOrTx, p: { companyId: string; kind: string; language: string }) =>
  db
    .deleteFrom('mail_templates')
    .where('company_id', '=', p.companyId)
    .where('document_kind', '=', p.kind)
    .where('language', '=', p.language)
    .execute();

const MAIL_COLUMNS = [
  'mail_outbox.id',
  'mail_outbox.to_addresses',
  'mail_outbox.cc_addresses',
  'mail_outbox.bcc_addresses',
  'mail_outbox.subject',
  'mail_outbox.status',
  'mail_outbox.attempts',
  'mail_outbox.last_error',
  'mail_outbox.created_at',
  'mail_outbox.sent_at',
  'mail_outbox.entity_type',
  'mail_outbox.entity_id',
] as const;

export const listMailsOf = (db: DbOrTx, p: { companyId: string; entityId: string }) =>
  db
    .selectFrom('mail_outbox')
    .select(MAIL_COLUMNS)
    .where('company_id', '=', p.companyId)
    .where('entity_id', '=', p.entityId)
    .orderBy('created_at')
    .execute();

export const listOutbox = (
  db: DbOrTx,
  p: { companyId: string; cursor?: KeysetCursor | undefined; limit: number },
) => {
  let q = db.selectFrom('mail_outbox').select(MAIL_COLUMNS).where('company_id', '=', p.companyId);
  if (p.cursor)
    q = q.where(afterKeyset(sql.ref('mail_outbox.created_at'), 'mail_outbox.id', 'desc', p.cursor));
  return q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(p.limit + 1)
    .execute();
};

export const findMail = (db: DbOrTx, p: { companyId: string; mailId: string }) =>
  db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.mailId)
    .executeTakeFirst();

export const listAttachmentInfo = (db: DbOrTx, p: { mailIds: string[] }) =>
  p.mailIds.length === 0
    ? Promise.resolve(
        [] as { id: string; mail_id: string; filename: string; content_type: string; size: number }[],
      )
    : db
        .selectFrom('mail_attachments')
        .select(['id', 'mail_id', 'filename', 'content_type', sql<number>`length(content)`.as('size')])
        .where('mail_id', 'in', p.mailIds)
        .orderBy('position')
        .execute();

export const findAttachment = (db: DbOrTx, p: { mailId: string; attachmentId: string }) =>
  db
    .selectFrom('mail_attachments')
    .selectAll()
    .where('mail_id', '=', p.mailId)
    .where('id', '=', p.attachmentId)
    .executeTakeFirst();

import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { decodeKeyset, encodeKeyset } from '../../platform/db/keyset.js';
import { queueMail } from '../../platform/mail/outbox.js';
import { redactSecrets } from '../../platform/mail/secrets.js';
import { mailRouteFor } from '../../platform/mail/transports.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { localeFormatters } from '../../shared/locale-format.js';
import { LANGUAGES } from '../../shared/messages.js';
import type { Language } from '../../shared/schemas.js';
import { findCompany } from '../companies/index.js';
import { getContact } from '../contacts/index.js';
import {
  type DocumentKind,
  type DocumentOut,
  getDocument,
  getDocumentSettings,
  readDocumentOfKind,
  recordDocumentEvent,
} from '../documents/index.js';
import { documentMailAttachment } from '../einvoice/index.js';
import { ensurePublicLink, PUBLIC_TEXTS } from '../sharing/index.js';
import { DOCUMENT_MAIL_PDF_JOB } from './document-mail-pdf.js';
import * as repo from './mail.repository.js';
import type { MailOut, SendMailInput } from './mail.schema.js';
import {
  checkTemplate,
  DEFAULT_TEMPLATES,
  kindAlias,
  MAIL_KINDS,
  type MailKind,
  renderTemplate,
  type Template,
} from './mail-templates.js';

export interface Actor {
  userId: string;
}

const parseList = (json: string | null): string[] => (json ? (JSON.parse(json) as string[]) : []);

export async function listTemplates(ctx: AppContext, companyId: string) {
  const custom = await repo.listTemplates(ctx.db, { companyId });
  const out = [];
  for (const kind of MAIL_KINDS)
    for (const language of LANGUAGES) {
      const own = custom.find((t) => t.document_kind === kind && t.language === language);
      const t = own ?? DEFAULT_TEMPLATES[language][kind];
      out.push({ kind, language, subject: t.subject, body: t.body, custom: !!own });
    }
  return { items: out };
}

/** Refused at save, with the line, when a template does not parse or names an unknown variable. */
export async function putTemplate(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: MailKind,
  language: Language,
  t: Template,
) {
  const problems = await checkTemplate(kind, t);
  if (problems.length > 0)
    throw new AppError('template_invalid', 'The template has errors', {
      errors: problems.map((p) => ({ path: p.field, message: p.message })),
    });
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertTemplate(trx, { companyId, kind, language, ...t, userId: actor.userId, now });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'mail_template.updated',
      entityType: 'mail_template',
      entityId: `${kind}:${language}`,
      at: now,
    });
  });
  return { kind, language, ...t, custom: true };
}

/** The company's own template for a kind and language, else the built-in one. */
export async function templateFor(
  ctx: AppContext,
  companyId: string,
  kind: MailKind,
  language: Language,
): Promise<Template> {
  const own = await repo.findTemplate(ctx.db, { companyId, kind, language });
  return own ? { subject: own.subject, body: own.body } : DEFAULT_TEMPLATES[language][kind];
}

export async function resetTemplate(ctx: AppContext, companyId: string, kind: MailKind, language: Language) {
  await repo.deleteTemplate(ctx.db, { companyId, kind, language });
}

interface Composed {
  document: DocumentOut;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  replyTo: string | null;
}

const NO_RECIPIENT = 'The customer has no e-mail address: enter a recipient';

/**
 * Who the message goes to: the addresses given, else the customer's. Refused (with the field, under
 * `pathPrefix`) when there is none, before anything is written.
 */
export async function recipientsOf(
  ctx: AppContext,
  companyId: string,
  document: DocumentOut,
  input: SendMailInput,
  pathPrefix = '',
): Promise<string[]> {
  const contact = document.contactId
    ? await getContact(ctx, companyId, document.contactId).catch(() => null)
    : null;
  const to = input.to ?? contact?.emails ?? [];
  if (to.length === 0)
    throw new AppError('validation_failed', NO_RECIPIENT, {
      errors: [{ path: `${pathPrefix}to`, message: NO_RECIPIENT }],
    });
  return to;
}

/**
 * The message about a document, from the company's template in the document's language. A draft is
 * composed with the number it will take if issued now (`number`), for the preview of the send dialog.
 */
async function compose(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  input: SendMailInput,
  publicUrl: string,
  number?: string,
  /** A preview: no recipient yet is not an error, the user types one. */
  preview = false,
): Promise<Composed> {
  const company = await findCompany(ctx.db, { companyId });
  if (!company) throw notFound('Company');
  const document = await getDocument(ctx, companyId, kind, documentId, company);
  if (document.status === 'draft' && number === undefined)
    throw new AppError('invalid_transition', 'A draft cannot be sent: issue it first', {
      meta: { documentStatus: 'draft' },
    });
  const contact = document.contactId
    ? await getContact(ctx, companyId, document.contactId).catch(() => null)
    : null;
  const to = preview
    ? (input.to ?? contact?.emails ?? [])
    : await recipientsOf(ctx, companyId, document, input);
  const lang = document.language;
  const template = await templateFor(ctx, companyId, kind, lang);
  const f = localeFormatters(lang, document.currency);
  const doc = {
    number: document.number ?? number ?? '',
    title: PUBLIC_TEXTS[lang].title[kind],
    issueDate: f.date(document.issueDate) ?? '',
    total: f.money(document.totals.taxInclusive),
  };
  const rendered = await renderTemplate(template, {
    company: { name: company.name, email: company.email ?? '', phone: company.phone ?? '' },
    contact: { name: contact?.name ?? document.buyer?.name ?? '' },
    document: doc,
    [kindAlias(kind as MailKind)]: doc,
    total: doc.total,
    amountDue: f.money(document.balance ?? document.totals.payable),
    dueDate: f.date(document.dueDate) ?? '',
    validUntil: f.date(document.validUntil) ?? '',
    paymentReference: document.paymentReference ?? '',
    publicUrl,
  });
  return {
    document,
    to,
    cc: input.cc ?? [],
    bcc: input.bcc ?? [],
    subject: input.subject ?? rendered.subject,
    body: input.body ?? rendered.body,
    replyTo: company.email,
  };
}

/**
 * The message the send dialog proposes, with where it will go (`mailRoute`: `local` when neither
 * the company nor the installation has a mail server, and it will stay in the outbox). For a draft
 * it is composed with the number the draft would take now: the dialog sends an edited subject or
 * body only, so an untouched message is composed again with the number actually assigned.
 */
export async function previewDocumentMail(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  input: SendMailInput,
) {
  // The preview shows the real public link, so that a message edited from it carries a working one
  // (creating it is harmless: the customer sees the document only through a message or the link,
  // and a draft's page answers 404 until it is issued).
  const doc = await getDocument(ctx, companyId, kind, documentId);
  const number =
    doc.status === 'draft' ? (await getDocumentSettings(ctx, companyId)).nextNumbers[kind] : undefined;
  const now = nowIso(ctx.clock);
  const link = await ctx.db
    .transaction()
    .execute((trx) =>
      ensurePublicLink(trx, ctx, { actorId: actor.userId, companyId, kind, documentId, now }),
    );
  const c = await compose(ctx, companyId, kind, documentId, input, link.url, number, true);
  const filename = c.document.number ?? number ?? `draft-${kind}`;
  return {
    to: c.to,
    cc: c.cc,
    bcc: c.bcc,
    subject: c.subject,
    body: c.body,
    attachments: [`${filename.replace(/[^A-Za-z0-9._-]+/g, '_')}.pdf`],
    mailRoute: (await mailRouteFor(ctx, companyId)).source,
  };
}

/**
 * Queues the message about an issued document in the caller's transaction `trx` (all reads go
 * through it too, so that a document numbered in the same transaction is seen as issued): the
 * composed text with the public link, the PDF as issued attached (rendered and kept now if its job
 * has not run yet), and an `emailed` event on the timeline. Queueing changes no status: an invoice
 * or credit note becomes "sent" when the mail server takes the message (recordDocumentMailOutcome).
 */
export async function queueDocumentMail(
  ctx: AppContext,
  trx: Tx,
  p: {
    actor: Actor;
    companyId: string;
    kind: DocumentKind;
    documentId: string;
    input: SendMailInput;
    publicUrl: string;
    now: string;
    /** The instant of its `emailed` event, when it must follow others of the same transaction. */
    eventAt?: string;
    /**
     * `later`: the message is held and a job attaches the PDF as issued, then releases it
     * (document-mail-pdf.ts) — for runs that issue many documents in a row, where rendering each PDF
     * inside the issuing transaction would hold the company's lock meanwhile.
     */
    pdf?: 'now' | 'later';
  },
): Promise<string> {
  const tctx: AppContext = { ...ctx, db: trx };
  const { companyId, kind, documentId, now } = p;
  const composed = await compose(tctx, companyId, kind, documentId, p.input, p.publicUrl);
  const later = p.pdf === 'later';
  const pdf = later ? null : await documentMailAttachment(tctx, companyId, kind, documentId);
  const id = await queueMail(trx, now, {
    uniqueKey: `document-mail:${documentId}:${newId()}`,
    companyId,
    to: composed.to,
    cc: composed.cc,
    bcc: composed.bcc,
    subject: composed.subject,
    text: composed.body,
    replyTo: composed.replyTo,
    entity: { type: kind, id: documentId },
    ...(pdf
      ? { attachments: [{ filename: pdf.filename, contentType: pdf.contentType, content: pdf.content }] }
      : { attachmentsPending: true }),
  });
  if (!id) throw new AppError('internal', 'The message could not be queued');
  if (later)
    await enqueueJob(
      trx,
      now,
      DOCUMENT_MAIL_PDF_JOB,
      { companyId, kind, documentId, mailId: id },
      { companyId, uniqueKey: `document-mail-pdf:${id}` },
    );
  await recordDocumentEvent(trx, {
    companyId,
    documentId,
    kind,
    action: 'emailed',
    from: null,
    to: composed.document.status,
    userId: p.actor.userId,
    at: p.eventAt ?? now,
    data: { mailId: id, to: composed.to, subject: composed.subject },
  });
  return id;
}

/**
 * Sends an issued document to the customer: in one transaction the message (with its attachments)
 * is written to the outbox and the document's timeline records it. The worker delivers it; a retried
 * request with the same Idempotency-Key replays the first answer instead of queueing a second message.
 */
export async function sendDocumentMail(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  input: SendMailInput,
): Promise<{ mailId: string }> {
  const now = nowIso(ctx.clock);
  const mailId = await ctx.db.transaction().execute(async (trx) => {
    const link = await ensurePublicLink(trx, ctx, {
      actorId: actor.userId,
      companyId,
      kind,
      documentId,
      now,
    });
    return queueDocumentMail(ctx, trx, {
      actor,
      companyId,
      kind,
      documentId,
      input,
      publicUrl: link.url,
      now,
    });
  });
  return { mailId };
}

function toMailOut(
  r: Awaited<ReturnType<typeof repo.listMailsOf>>[number],
  attachments: Awaited<ReturnType<typeof repo.listAttachmentInfo>>,
): MailOut {
  return {
    id: r.id,
    to: parseList(r.to_addresses),
    cc: parseList(r.cc_addresses),
    bcc: parseList(r.bcc_addresses),
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    entityType: r.entity_type,
    entityId: r.entity_id,
    attachments: attachments
      .filter((a) => a.mail_id === r.id)
      .map((a) => ({ id: a.id, filename: a.filename, contentType: a.content_type, size: Number(a.size) })),
  };
}

export async function mailsOfDocument(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
) {
  await readDocumentOfKind(ctx.db, companyId, kind, documentId);
  const rows = await repo.listMailsOf(ctx.db, { companyId, entityId: documentId });
  const att = await repo.listAttachmentInfo(ctx.db, { mailIds: rows.map((r) => r.id) });
  return { items: rows.map((r) => toMailOut(r, att)) };
}

export async function listOutbox(
  ctx: AppContext,
  companyId: string,
  q: { limit: number; cursor?: string | undefined },
) {
  const rows = await repo.listOutbox(ctx.db, {
    companyId,
    cursor: q.cursor ? decodeKeyset(q.cursor, 'outbox') : undefined,
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  const att = await repo.listAttachmentInfo(ctx.db, { mailIds: page.map((r) => r.id) });
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toMailOut(r, att)),
    nextCursor:
      rows.length > q.limit && last
        ? encodeKeyset({ sort: 'outbox', value: last.created_at, id: last.id })
        : null,
  };
}

export async function getOutboxMail(ctx: AppContext, companyId: string, mailId: string) {
  const r = await repo.findMail(ctx.db, { companyId, mailId });
  if (!r) throw notFound('Message');
  const att = await repo.listAttachmentInfo(ctx.db, { mailIds: [r.id] });
  // A live secret (an invitation link) is for its recipient only: the app shows it hidden.
  return {
    ...toMailOut(r, att),
    text: redactSecrets(r.text_body),
    html: r.html_body === null ? null : redactSecrets(r.html_body),
  };
}

export async function outboxAttachment(
  ctx: AppContext,
  companyId: string,
  mailId: string,
  attachmentId: string,
) {
  const r = await repo.findMail(ctx.db, { companyId, mailId });
  if (!r) throw notFound('Message');
  const a = await repo.findAttachment(ctx.db, { mailId, attachmentId });
  if (!a) throw notFound('Attachment');
  return { filename: a.filename, contentType: a.content_type, content: Buffer.from(a.content) };
}

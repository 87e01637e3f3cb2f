import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { queueMail } from '../../platform/mail/outbox.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { AppError } from '../../shared/errors.js';
import { localeFormatters } from '../../shared/locale-format.js';
import { currencyDecimals, dec, toMinor } from '../../shared/money.js';
import type { Language } from '../../shared/schemas.js';
import type { CompanyRow } from '../companies/index.js';
import { getContact } from '../contacts/index.js';
import { getDocument, openBalanceMinor, readDocumentRow, recordDocumentEvent } from '../documents/index.js';
import { renderTemplate, type SendMailInput, type Template, templateFor } from '../mail/index.js';
import { ensurePublicLink } from '../sharing/index.js';
import {
  type AttachmentChoice,
  attachmentNames,
  attachmentsOfLevel,
  REMINDER_ATTACHMENTS_JOB,
  type ReminderAttachmentsPayload,
  reminderAttachments,
} from './reminder-attachments.js';
import { REMINDABLE_STATUSES } from './reminder-rules.js';
import { rulesForContact } from './reminder-rules.service.js';
import type { ReminderRules } from './reminder-steps.js';
import { chargesText, daysText } from './reminder-texts.js';
import * as repo from './reminders.repository.js';
import type { ReminderOut } from './reminders.schema.js';
import { type Actor, companyOf, getReminder } from './reminders.service.js';

/**
 * Refuses to mail a reminder that no longer tells the truth: the invoice was paid or fully credited
 * (reminders stop at once), or its balance is no longer the amount the reminder states.
 */
async function assertStillDue(db: DbOrTx, companyId: string, reminder: ReminderOut): Promise<string> {
  const row = await readDocumentRow(db, { companyId, documentId: reminder.invoiceId, kind: 'invoice' });
  if (!row || !REMINDABLE_STATUSES.includes(row.status))
    throw new AppError('invalid_transition', 'This invoice is no longer open: the reminder cannot be sent', {
      meta: { invoiceStatus: row?.status ?? null },
    });
  if (openBalanceMinor(row) !== toMinor(reminder.amountDue, currencyDecimals(reminder.currency)))
    throw new AppError(
      'conflict',
      'The invoice’s balance changed since this reminder was made: delete it and make a new one',
    );
  return row.status;
}

function assertNotSent(reminder: ReminderOut): void {
  if (reminder.status === 'sent')
    throw new AppError('already_sent', 'This reminder has already been sent', {
      meta: { sentAt: reminder.sentAt },
    });
}

export interface Composed {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  replyTo: string | null;
}

/** What composing a reminder's message reads, loaded once per message or once per run. */
export interface ComposeFacts {
  company: Pick<CompanyRow, 'name' | 'email' | 'phone'>;
  invoice: {
    number: string | null;
    issueDate: string;
    dueDate: string | null;
    /** Total including VAT, decimal string. */
    total: string;
    paymentReference: string | null;
  };
  contactName: string;
  /** The customer's addresses (the message goes to them unless the user gives others). */
  emails: string[];
  /** The level's template in the reminder's language, or the company's reminder template. */
  template: Template;
}

/** The reminder's template filled with the reminder's facts, and its charges appended. */
export async function composeFrom(
  f: ComposeFacts,
  reminder: ReminderOut,
  input: SendMailInput,
  publicUrl: string,
  recipientOptional = false,
): Promise<Composed> {
  const to = input.to ?? f.emails;
  if (to.length === 0 && !recipientOptional)
    throw new AppError('validation_failed', 'The customer has no e-mail address: enter a recipient', {
      errors: [{ path: 'to', message: 'The customer has no e-mail address: enter a recipient' }],
    });
  const lang = reminder.language;
  const fmt = localeFormatters(lang, reminder.currency);
  const rendered = await renderTemplate(f.template, {
    company: { name: f.company.name, email: f.company.email ?? '', phone: f.company.phone ?? '' },
    contact: { name: f.contactName },
    invoice: {
      number: f.invoice.number ?? '',
      issueDate: fmt.date(f.invoice.issueDate) ?? '',
      total: fmt.money(f.invoice.total),
    },
    // `tone` (1, 2, 3 = formal notice) is the one the title and letter say; `level` is the rules' step.
    reminder: {
      level: reminder.level,
      tone: reminder.tone,
      title: reminder.title,
      date: fmt.date(reminder.date) ?? '',
    },
    amountDue: fmt.money(reminder.amountDue),
    fee: fmt.money(reminder.fee),
    interest: fmt.money(reminder.interest),
    damages: fmt.money(reminder.damages),
    totalDue: fmt.money(reminder.total),
    dueDate: fmt.date(f.invoice.dueDate) ?? '',
    daysLate: daysText(lang, reminder.daysLate),
    payBy: fmt.date(reminder.payBy) ?? '',
    paymentReference: f.invoice.paymentReference ?? '',
    publicUrl,
  });
  const nonZero = (v: string) => (dec(v).isZero() ? '' : fmt.money(v));
  const charges = chargesText(lang, {
    fee: nonZero(reminder.fee),
    interest: nonZero(reminder.interest),
    damages: nonZero(reminder.damages),
    total: fmt.money(reminder.total),
  });
  const body = input.body ?? rendered.body;
  return {
    to,
    cc: input.cc ?? [],
    bcc: input.bcc ?? [],
    subject: input.subject ?? rendered.subject,
    body: charges
      ? `${body}

${charges}`
      : body,
    replyTo: f.company.email,
  };
}

/** The level's own template in `lang`, or the company's reminder template. */
export const reminderTemplate = async (
  ctx: AppContext,
  companyId: string,
  rules: ReminderRules,
  level: number,
  lang: Language,
): Promise<Template> =>
  rules.levels[level - 1]?.templates[lang] ?? templateFor(ctx, companyId, 'reminder', lang);

/**
 * The company's `reminder` template in the reminder's language, filled with the reminder's facts.
 * `opts.rules` composes with rules not saved (the editor's preview) instead of those that apply;
 * `opts.recipientOptional` lets a preview show a message to a customer without e-mail address
 * (the run puts such a reminder on the "to print" list).
 */
export async function compose(
  ctx: AppContext,
  companyId: string,
  reminder: ReminderOut,
  input: SendMailInput,
  publicUrl: string,
  opts: { rules?: ReminderRules; recipientOptional?: boolean } = {},
): Promise<Composed> {
  const company = await companyOf(ctx, companyId);
  const invoice = await getDocument(ctx, companyId, 'invoice', reminder.invoiceId, company);
  const contact = invoice.contactId
    ? await getContact(ctx, companyId, invoice.contactId).catch(() => null)
    : null;
  const rules = opts.rules ?? (await rulesForContact(ctx, companyId, invoice.contactId));
  return composeFrom(
    {
      company,
      invoice: { ...invoice, total: invoice.totals.taxInclusive },
      contactName: contact?.name ?? invoice.buyer?.name ?? '',
      emails: contact?.emails ?? [],
      template: await reminderTemplate(ctx, companyId, rules, reminder.level, reminder.language),
    },
    reminder,
    input,
    publicUrl,
    opts.recipientOptional,
  );
}

/** The invoice's public page, made now if it has none (the message links to it). */
const publicLinkOf = (ctx: AppContext, actor: Actor, companyId: string, invoiceId: string, now: string) =>
  ctx.db.transaction().execute((trx) =>
    ensurePublicLink(trx, ctx, {
      actorId: actor.userId,
      companyId,
      kind: 'invoice',
      documentId: invoiceId,
      now,
    }),
  );

export async function previewReminderMail(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  reminderId: string,
  input: SendMailInput,
) {
  const reminder = await getReminder(ctx, companyId, reminderId);
  assertNotSent(reminder);
  await assertStillDue(ctx.db, companyId, reminder);
  const link = await publicLinkOf(ctx, actor, companyId, reminder.invoiceId, nowIso(ctx.clock));
  const c = await compose(ctx, companyId, reminder, input, link.url);
  const invoice = await readDocumentRow(ctx.db, {
    companyId,
    documentId: reminder.invoiceId,
    kind: 'invoice',
  });
  const rules = await rulesForContact(ctx, companyId, invoice?.contact_id ?? null);
  return {
    ...c,
    attachments: attachmentNames(reminder, attachmentsOfLevel(rules, reminder.level), !!invoice?.contact_id),
  };
}

/**
 * Mails a reminder once. In one transaction: the message with the reminder's PDF goes to the outbox
 * under the unique key `reminder-mail:{id}`, the reminder becomes sent, and the invoice's timeline
 * records `reminder_sent`. A second send (another tab, a retried request, the scheduler later) finds
 * the key taken or the reminder already sent, and changes nothing.
 */
export async function sendReminder(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  reminderId: string,
  input: SendMailInput,
): Promise<ReminderOut> {
  const reminder = await getReminder(ctx, companyId, reminderId);
  assertNotSent(reminder);
  await assertStillDue(ctx.db, companyId, reminder);
  const now = nowIso(ctx.clock);
  // Composing reads through ctx.db, which on SQLite must not run inside a transaction of ours.
  const link = await publicLinkOf(ctx, actor, companyId, reminder.invoiceId, now);
  const composed = await compose(ctx, companyId, reminder, input, link.url);
  const invoiceRow = await readDocumentRow(ctx.db, {
    companyId,
    documentId: reminder.invoiceId,
    kind: 'invoice',
  });
  const rules = await rulesForContact(ctx, companyId, invoiceRow?.contact_id ?? null);
  const attachments = await reminderAttachments(
    ctx,
    companyId,
    reminder,
    attachmentsOfLevel(rules, reminder.level),
  );
  await ctx.db.transaction().execute(async (trx) => {
    const invoiceStatus = await assertStillDue(trx, companyId, reminder);
    const mailId = await queueMail(trx, now, {
      uniqueKey: `reminder-mail:${reminderId}`,
      companyId,
      to: composed.to,
      cc: composed.cc,
      bcc: composed.bcc,
      subject: composed.subject,
      text: composed.body,
      replyTo: composed.replyTo,
      // Listed with the invoice's e-mails, with its delivery status.
      entity: { type: 'invoice', id: reminder.invoiceId },
      attachments,
    });
    if (!mailId) throw new AppError('already_sent', 'This reminder has already been sent');
    if (!(await repo.markSent(trx, { companyId, reminderId, mailId, userId: actor.userId, now })))
      throw new AppError('already_sent', 'This reminder has already been sent');
    await recordDocumentEvent(trx, {
      companyId,
      documentId: reminder.invoiceId,
      kind: 'invoice',
      action: 'reminder_sent',
      from: null,
      to: invoiceStatus,
      userId: actor.userId,
      at: now,
      data: {
        reminderId,
        level: reminder.level,
        title: reminder.title,
        mailId,
        to: composed.to,
        subject: composed.subject,
      },
    });
  });
  return getReminder(ctx, companyId, reminderId);
}

/**
 * Queues an automatic reminder's message under the key `reminder-mail:{id}` (one message per
 * reminder, ever) without its attachments, and in the same transaction the job that renders them
 * (key `reminder-attachments:{id}`) and releases the message: it is not delivered before they are in
 * place. Returns null when the message exists.
 */
export async function queueReminderMail(
  trx: DbOrTx,
  now: string,
  p: {
    companyId: string;
    reminder: { id: string; invoiceId: string; date: string; language: Language };
    composed: Composed;
    attach: AttachmentChoice;
  },
): Promise<string | null> {
  const { reminder } = p;
  const mailId = await queueMail(trx, now, {
    uniqueKey: `reminder-mail:${reminder.id}`,
    companyId: p.companyId,
    to: p.composed.to,
    cc: p.composed.cc,
    bcc: p.composed.bcc,
    subject: p.composed.subject,
    text: p.composed.body,
    replyTo: p.composed.replyTo,
    entity: { type: 'invoice', id: reminder.invoiceId },
    attachmentsPending: true,
  });
  if (!mailId) return null;
  await enqueueJob(
    trx,
    now,
    REMINDER_ATTACHMENTS_JOB,
    {
      companyId: p.companyId,
      reminderId: reminder.id,
      invoiceId: reminder.invoiceId,
      date: reminder.date,
      language: reminder.language,
      mailId,
      invoicePdf: p.attach.invoicePdf,
      statement: p.attach.statement,
    } satisfies ReminderAttachmentsPayload,
    { companyId: p.companyId, uniqueKey: `reminder-attachments:${reminder.id}` },
  );
  return mailId;
}

import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { queueMail } from '../../platform/mail/outbox.js';
import { AppError } from '../../shared/errors.js';
import { localeFormatters } from '../../shared/locale-format.js';
import { currencyDecimals, dec, toMinor } from '../../shared/money.js';
import { getContact } from '../contacts/index.js';
import { getDocument, openBalanceMinor, readDocumentRow, recordDocumentEvent } from '../documents/index.js';
import { renderTemplate, type SendMailInput, templateFor } from '../mail/index.js';
import { ensurePublicLink } from '../sharing/index.js';
import { REMINDABLE_STATUSES } from './reminder-rules.js';
import { rulesForContact } from './reminder-rules.service.js';
import type { ReminderRules } from './reminder-steps.js';
import { chargesText, daysText } from './reminder-texts.js';
import * as repo from './reminders.repository.js';
import type { ReminderOut } from './reminders.schema.js';
import { type Actor, companyOf, getReminder, reminderFilename, reminderPdf } from './reminders.service.js';

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

interface Composed {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  replyTo: string | null;
}

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
  const to = input.to ?? contact?.emails ?? [];
  if (to.length === 0 && !opts.recipientOptional)
    throw new AppError('validation_failed', 'The customer has no e-mail address: enter a recipient', {
      errors: [{ path: 'to', message: 'The customer has no e-mail address: enter a recipient' }],
    });
  const lang = reminder.language;
  const f = localeFormatters(lang, reminder.currency);
  const rules = opts.rules ?? (await rulesForContact(ctx, companyId, invoice.contactId));
  const own = rules.levels[reminder.level - 1]?.templates[lang];
  const rendered = await renderTemplate(own ?? (await templateFor(ctx, companyId, 'reminder', lang)), {
    company: { name: company.name, email: company.email ?? '', phone: company.phone ?? '' },
    contact: { name: contact?.name ?? invoice.buyer?.name ?? '' },
    invoice: {
      number: invoice.number ?? '',
      issueDate: f.date(invoice.issueDate) ?? '',
      total: f.money(invoice.totals.taxInclusive),
    },
    reminder: { level: reminder.level, title: reminder.title, date: f.date(reminder.date) ?? '' },
    amountDue: f.money(reminder.amountDue),
    fee: f.money(reminder.fee),
    interest: f.money(reminder.interest),
    damages: f.money(reminder.damages),
    totalDue: f.money(reminder.total),
    dueDate: f.date(invoice.dueDate) ?? '',
    daysLate: daysText(lang, reminder.daysLate),
    payBy: f.date(reminder.payBy) ?? '',
    paymentReference: invoice.paymentReference ?? '',
    publicUrl,
  });
  const nonZero = (v: string) => (dec(v).isZero() ? '' : f.money(v));
  const charges = chargesText(lang, {
    fee: nonZero(reminder.fee),
    interest: nonZero(reminder.interest),
    damages: nonZero(reminder.damages),
    total: f.money(reminder.total),
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
    replyTo: company.email,
  };
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
  return { ...c, attachments: [reminderFilename(reminder.invoiceNumber, reminder.level)] };
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
  const pdf = await reminderPdf(ctx, companyId, reminderId);
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
      attachments: [{ filename: pdf.filename, contentType: 'application/pdf', content: pdf.content }],
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
 * Queues a reminder's message composed by `compose` (from the company's template or the level's, with
 * renderTemplate) under the key `reminder-mail:{reminderId}`: one message per reminder, ever.
 */
export const queueReminderMail = (
  trx: DbOrTx,
  now: string,
  p: {
    companyId: string;
    reminderId: string;
    invoiceId: string;
    composed: Composed;
    pdf: { filename: string; content: Buffer };
  },
) =>
  queueMail(trx, now, {
    uniqueKey: `reminder-mail:${p.reminderId}`,
    companyId: p.companyId,
    to: p.composed.to,
    cc: p.composed.cc,
    bcc: p.composed.bcc,
    subject: p.composed.subject,
    text: p.composed.body,
    replyTo: p.composed.replyTo,
    entity: { type: 'invoice', id: p.invoiceId },
    attachments: [{ filename: p.pdf.filename, contentType: 'application/pdf', content: p.pdf.content }],
  });

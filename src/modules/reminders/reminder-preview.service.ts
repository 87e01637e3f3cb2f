import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { assertOwnedReferences } from '../../platform/db/owned.js';
import { addDays, compareDates } from '../../shared/dates.js';
import { fieldError } from '../../shared/errors.js';
import { currencyDecimals, toMinor } from '../../shared/money.js';
import { getContact } from '../contacts/index.js';
import { companyToday, getDocument } from '../documents/index.js';
import { activePublicLinkUrl } from '../sharing/index.js';
import { attachmentNames, attachmentsOfLevel } from './reminder-attachments.js';
import { compose } from './reminder-mail.service.js';
import * as repo from './reminder-preview.repository.js';
import type { ReminderPreviewInput, ReminderPreviewOut } from './reminder-preview.schema.js';
import { REMINDABLE_STATUSES } from './reminder-rules.js';
import { validateRules } from './reminder-rules.service.js';
import { companyOf, logoOf, prepareReminder, reminderFilename, toReminderOut } from './reminders.service.js';

/**
 * What one level of the rules (as edited, saved or not) would send for a real invoice: the message
 * and the letter, made by the same functions as the run's (prepareReminder, compose), on the day
 * the level would go (today, or the level's day after the due date if that is still to come).
 * Nothing is stored: no reminder, no public link (an existing one is shown; else the one the real
 * message would create stands as a placeholder), no audit line.
 */
export async function previewReminder(
  ctx: AppContext,
  companyId: string,
  input: ReminderPreviewInput,
): Promise<ReminderPreviewOut> {
  const { level, invoiceId, contactId, language, ...ruleInput } = input;
  const rules = await validateRules(ruleInput);
  const rule = rules.levels[level - 1];
  if (!rule) throw fieldError('level', 'The reminder rules have no level this high');
  // Named references must be the company's: 404 naming the field, like every other route.
  await assertOwnedReferences(ctx.db, companyId, { invoiceId, contactId });
  const company = await companyOf(ctx, companyId);
  const id =
    invoiceId ?? (await repo.firstDueOpenInvoice(ctx.db, { companyId, contactId: contactId ?? null }))?.id;
  if (!id)
    throw fieldError('invoiceId', 'There is no open invoice to preview: issue one first', 'rule_violation');
  const found = await getDocument(ctx, companyId, 'invoice', id, company);
  if (!REMINDABLE_STATUSES.includes(found.status) || found.balance === null || !found.dueDate)
    throw fieldError(
      'invoiceId',
      'Only an issued, sent or partially paid invoice can be reminded',
      'rule_violation',
    );
  const dueMinor = toMinor(found.balance, currencyDecimals(found.currency));
  if (dueMinor <= 0) throw fieldError('invoiceId', 'This invoice has nothing left to pay', 'rule_violation');
  // The letter and the message are in the reminder's language, which is the invoice's unless asked.
  const invoice = { ...found, language: language ?? found.language };
  const today = companyToday(ctx, company);
  const levelDay = addDays(found.dueDate, rule.days);
  const prepared = await prepareReminder({
    company,
    invoice,
    logo: await logoOf(ctx, company),
    rules,
    level,
    repeatIndex: 0,
    today: compareDates(levelDay, today) > 0 ? levelDay : today,
    dueMinor,
    origin: 'automatic',
    userId: null,
    now: nowIso(ctx.clock),
  });
  const row = prepared.row;
  const contact = found.contactId
    ? await getContact(ctx, companyId, found.contactId).catch(() => null)
    : null;
  const out = toReminderOut({ ...row, invoice_number: found.number, mail_status: null });
  const url =
    (await activePublicLinkUrl(ctx, companyId, found.id)) ?? `${ctx.config.publicUrl.replace(/\/$/, '')}/p/…`;
  const mail = await compose(ctx, companyId, out, {}, url, { rules, recipientOptional: true });
  const filename = reminderFilename(found.number, level);
  return {
    invoice: {
      id: found.id,
      number: found.number,
      contactId: found.contactId,
      contactName: contact?.name ?? found.buyer?.name ?? null,
      dueDate: found.dueDate,
    },
    level,
    // The tone the reminder would be made with: reminderFacts decides it from the rules previewed.
    title: out.title,
    language: out.language,
    currency: out.currency,
    date: out.date,
    payBy: out.payBy,
    daysLate: out.daysLate,
    amountDue: out.amountDue,
    fee: out.fee,
    interest: out.interest,
    damages: out.damages,
    total: out.total,
    delivery: mail.to.length > 0 ? 'email' : 'print',
    mail: {
      to: mail.to,
      cc: mail.cc,
      bcc: mail.bcc,
      subject: mail.subject,
      body: mail.body,
      attachments: attachmentNames(out, attachmentsOfLevel(rules, level), found.contactId !== null),
    },
    pdf: { filename, contentType: 'application/pdf', base64: prepared.pdf.toString('base64') },
  };
}

import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { addDays, daysBetween } from '../../shared/dates.js';
import { AppError, notFound } from '../../shared/errors.js';
import { sha256Hex } from '../../shared/hash.js';
import { newId } from '../../shared/ids.js';
import { currencyDecimals, fromMinor, toMinor } from '../../shared/money.js';
import type { Language } from '../../shared/schemas.js';
import { type CompanyRow, findCompany, findCompanyLogo } from '../companies/index.js';
import {
  companyToday,
  type DocumentOut,
  getDocument,
  openBalanceMinor,
  pdfTemplateOf,
  readDocumentRow,
} from '../documents/index.js';
import { renderDocumentPdf } from '../pdf/index.js';
import { reminderPdfInput } from './reminder-pdf.js';
import {
  chooseLevel,
  isReminderLevel,
  type LevelChoice,
  PAY_WITHIN_DAYS,
  REMINDABLE_STATUSES,
  type ReminderLevel,
} from './reminder-rules.js';
import { REMINDER_HEADINGS } from './reminder-texts.js';
import * as repo from './reminders.repository.js';
import type { CreateReminderInput, ReminderOut } from './reminders.schema.js';

export interface Actor {
  userId: string;
}

const LANGUAGES: readonly string[] = ['fr', 'nl', 'en', 'de'];
const languageOf = (v: string): Language => (LANGUAGES.includes(v) ? (v as Language) : 'en');
const levelOf = (n: number): ReminderLevel => (isReminderLevel(n) ? n : 1);

export function toReminderOut(r: repo.ReminderSummaryRow): ReminderOut {
  const decimals = currencyDecimals(r.currency);
  const language = languageOf(r.language);
  return {
    id: r.id,
    invoiceId: r.invoice_id,
    invoiceNumber: r.invoice_number,
    level: r.level,
    title: REMINDER_HEADINGS[language][levelOf(r.level)],
    language,
    currency: r.currency,
    date: r.reminder_date,
    payBy: r.pay_by,
    daysLate: r.days_late,
    amountDue: fromMinor(r.amount_due_minor, decimals),
    fee: fromMinor(r.fee_minor, decimals),
    total: fromMinor(r.amount_due_minor + r.fee_minor, decimals),
    status: r.status === 'sent' ? 'sent' : 'created',
    pdfSha256: r.pdf_sha256,
    mailId: r.mail_id,
    mailStatus: r.mail_status ?? null,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  };
}

export async function companyOf(ctx: AppContext, companyId: string): Promise<CompanyRow> {
  const company = await findCompany(ctx.db, { companyId });
  if (!company) throw notFound('Company');
  return company;
}

async function logoOf(ctx: AppContext, company: CompanyRow) {
  if (!company.logo_mime) return null;
  const logo = await findCompanyLogo(ctx.db, { companyId: company.id });
  return logo?.logo && logo.logo_mime ? { data: Buffer.from(logo.logo), mime: logo.logo_mime } : null;
}

const EXISTS: Record<ReminderLevel, string> = {
  1: 'This invoice already has a first reminder',
  2: 'This invoice already has a second reminder',
  3: 'This invoice already has a formal notice',
};

function refuseLevel(choice: Exclude<LevelChoice, { ok: true }>): never {
  if (choice.reason === 'exists')
    throw new AppError('reminder_exists', EXISTS[choice.level], { meta: { level: choice.level } });
  throw new AppError(
    'reminder_exists',
    'This invoice already has a reminder of a higher level: reminders only escalate',
    { meta: { level: choice.highest } },
  );
}

/** Refused unless the invoice is issued and unsettled, something is due, and its due date has passed. */
function assertRemindable(invoice: DocumentOut, today: string): number {
  if (!REMINDABLE_STATUSES.includes(invoice.status))
    throw new AppError(
      'invalid_transition',
      'Only an issued, sent or partially paid invoice can be reminded',
      {
        meta: { invoiceStatus: invoice.status },
      },
    );
  const dueMinor =
    invoice.balance === null ? 0 : toMinor(invoice.balance, currencyDecimals(invoice.currency));
  if (dueMinor <= 0) throw new AppError('rule_violation', 'This invoice has nothing left to pay');
  if (!invoice.dueDate || invoice.dueDate >= today)
    throw new AppError(
      'rule_violation',
      'This invoice is not overdue yet: a reminder can be made from the day after its due date',
      { meta: { dueDate: invoice.dueDate } },
    );
  return dueMinor;
}

/**
 * Makes a reminder of an overdue invoice, frozen at once: the open balance and days late of today
 * (the company's time zone), a deadline `PAY_WITHIN_DAYS` ahead, and its PDF rendered and stored with
 * its SHA-256. The level's unique key, not a check, keeps a level from existing twice.
 */
export async function createReminder(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  invoiceId: string,
  input: CreateReminderInput,
): Promise<ReminderOut> {
  const company = await companyOf(ctx, companyId);
  const invoice = await getDocument(ctx, companyId, 'invoice', invoiceId, company);
  const today = companyToday(ctx, company);
  const dueMinor = assertRemindable(invoice, today);
  const requested = input.level !== undefined && isReminderLevel(input.level) ? input.level : undefined;
  const choice = chooseLevel(await repo.levelsOf(ctx.db, { companyId, invoiceId }), requested);
  if (!choice.ok) refuseLevel(choice);
  const level = choice.level;

  const decimals = currencyDecimals(invoice.currency);
  const feeMinor = 0;
  const payBy = addDays(today, PAY_WITHIN_DAYS);
  const daysLate = daysBetween(invoice.dueDate as string, today);
  const template = pdfTemplateOf(company);
  const pdf = await renderDocumentPdf(
    reminderPdfInput(invoice, company, await logoOf(ctx, company), {
      level,
      date: today,
      payBy,
      daysLate,
      amountDue: fromMinor(dueMinor, decimals),
      fee: fromMinor(feeMinor, decimals),
      total: fromMinor(dueMinor + feeMinor, decimals),
    }),
    { template },
  );
  const id = newId();
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    // A payment or credit note between the read above and now would make the snapshot wrong.
    const row = await readDocumentRow(trx, { companyId, documentId: invoiceId, kind: 'invoice' });
    if (!row || row.status !== invoice.status || openBalanceMinor(row) !== dueMinor)
      throw new AppError('conflict', 'The invoice changed meanwhile: try again');
    const inserted = await repo.insertReminder(trx, {
      id,
      company_id: companyId,
      invoice_id: invoiceId,
      level,
      language: invoice.language,
      currency: invoice.currency,
      reminder_date: today,
      pay_by: payBy,
      days_late: daysLate,
      amount_due_minor: dueMinor,
      fee_minor: feeMinor,
      status: 'created',
      pdf,
      pdf_sha256: sha256Hex(pdf),
      pdf_template: template,
      mail_id: null,
      created_by: actor.userId,
      created_at: now,
      sent_by: null,
      sent_at: null,
    });
    if (!inserted) refuseLevel({ ok: false, reason: 'exists', level });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'reminder.created',
      entityType: 'reminder',
      entityId: id,
      data: { invoiceId, number: invoice.number, level, amountDue: fromMinor(dueMinor, decimals) },
      at: now,
    });
  });
  return getReminder(ctx, companyId, id);
}

export async function listReminders(ctx: AppContext, companyId: string, invoiceId: string) {
  // An unknown invoice (or another kind's id) is a 404, as for the invoice itself.
  const invoice = await readDocumentRow(ctx.db, { companyId, documentId: invoiceId, kind: 'invoice' });
  if (!invoice) throw notFound('Invoice');
  const rows = await repo.listOfInvoice(ctx.db, { companyId, invoiceId });
  return { items: rows.map(toReminderOut) };
}

export async function getReminder(ctx: AppContext, companyId: string, reminderId: string) {
  const row = await repo.findReminder(ctx.db, { companyId, reminderId });
  if (!row) throw notFound('Reminder');
  return toReminderOut(row);
}

export const reminderFilename = (invoiceNumber: string | null, level: number) =>
  `Reminder-${(invoiceNumber ?? 'invoice').replace(/[^A-Za-z0-9._-]+/g, '_')}-${level}.pdf`;

/** The PDF as it was made: the stored bytes, every time. */
export async function reminderPdf(ctx: AppContext, companyId: string, reminderId: string) {
  const r = await repo.findReminder(ctx.db, { companyId, reminderId });
  const stored = r ? await repo.findPdf(ctx.db, { companyId, reminderId }) : undefined;
  if (!r || !stored) throw notFound('Reminder');
  return {
    filename: reminderFilename(r.invoice_number, r.level),
    content: Buffer.from(stored.pdf),
    sha256: stored.pdf_sha256,
  };
}

/** A reminder never sent may be deleted (e.g. after a payment changed the balance); a sent one stays. */
export async function deleteReminder(ctx: AppContext, actor: Actor, companyId: string, reminderId: string) {
  const r = await getReminder(ctx, companyId, reminderId);
  if (r.status === 'sent') throw new AppError('already_sent', 'A sent reminder cannot be deleted');
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteUnsent(trx, { companyId, reminderId })))
      throw new AppError('already_sent', 'A sent reminder cannot be deleted');
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'reminder.deleted',
      entityType: 'reminder',
      entityId: reminderId,
      data: { invoiceId: r.invoiceId, level: r.level },
      at: now,
    });
  });
}

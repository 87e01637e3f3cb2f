import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { addDays, daysBetween } from '../../shared/dates.js';
import { AppError, fieldError, notFound } from '../../shared/errors.js';
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
  type LevelChoice,
  PAY_WITHIN_DAYS,
  REMINDABLE_STATUSES,
  storedTone,
  toneOf,
} from './reminder-rules.js';
import { rulesForContact } from './reminder-rules.service.js';
import { chargesOf, type ReminderRules } from './reminder-steps.js';
import { REMINDER_HEADINGS } from './reminder-texts.js';
import * as repo from './reminders.repository.js';
import type { CreateReminderInput, ReminderOut } from './reminders.schema.js';

export interface Actor {
  userId: string;
}

const LANGUAGES: readonly string[] = ['fr', 'nl', 'en', 'de'];
const languageOf = (v: string): Language => (LANGUAGES.includes(v) ? (v as Language) : 'en');

/** A reminder row as read (`summary`), or as the run just inserted it (no fee invoice yet). */
type ReminderOutRow = Omit<repo.ReminderSummaryRow, 'fee_invoice_id'> & { fee_invoice_id?: string | null };

export function toReminderOut(r: ReminderOutRow): ReminderOut {
  const decimals = currencyDecimals(r.currency);
  const language = languageOf(r.language);
  const tone = storedTone(r.tone);
  return {
    id: r.id,
    invoiceId: r.invoice_id,
    invoiceNumber: r.invoice_number,
    level: r.level,
    tone,
    // The tone decided when the reminder was made, as its letter and message say it.
    title: REMINDER_HEADINGS[language][tone],
    language,
    currency: r.currency,
    date: r.reminder_date,
    payBy: r.pay_by,
    daysLate: r.days_late,
    amountDue: fromMinor(r.amount_due_minor, decimals),
    fee: fromMinor(r.fee_minor, decimals),
    interest: fromMinor(r.interest_minor, decimals),
    damages: fromMinor(r.damages_minor, decimals),
    repeatIndex: r.repeat_index,
    delivery: r.delivery === 'print' ? 'print' : 'email',
    origin: r.origin === 'automatic' ? 'automatic' : 'manual',
    total: fromMinor(r.amount_due_minor + r.fee_minor + r.interest_minor + r.damages_minor, decimals),
    status: r.status === 'sent' ? 'sent' : 'created',
    pdfSha256: r.pdf_sha256,
    mailId: r.mail_id,
    mailStatus: r.mail_status ?? null,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    feeInvoiceId: r.fee_invoice_id ?? null,
  };
}

export async function companyOf(ctx: AppContext, companyId: string): Promise<CompanyRow> {
  const company = await findCompany(ctx.db, { companyId });
  if (!company) throw notFound('Company');
  return company;
}

export async function logoOf(ctx: AppContext, company: CompanyRow) {
  if (!company.logo_mime) return null;
  const logo = await findCompanyLogo(ctx.db, { companyId: company.id });
  return logo?.logo && logo.logo_mime ? { data: Buffer.from(logo.logo), mime: logo.logo_mime } : null;
}

const EXISTS: Record<number, string> = {
  1: 'This invoice already has a first reminder',
  2: 'This invoice already has a second reminder',
  3: 'This invoice already has a formal notice',
};

function refuseLevel(choice: Exclude<LevelChoice, { ok: true }>): never {
  if (choice.reason === 'exists')
    throw new AppError(
      'reminder_exists',
      EXISTS[choice.level] ?? 'This invoice already has a reminder of this level',
      { meta: { level: choice.level } },
    );
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

/** A reminder computed (and, made by hand, rendered), ready to be inserted. */
export interface PreparedReminder {
  row: repo.ReminderRow;
  /** Open balance and charges in minor units. */
  dueMinor: number;
  rules: ReminderRules;
}

/** What a reminder needs of its invoice to freeze its facts. */
export interface ReminderInvoice {
  id: string;
  dueDate: string | null;
  currency: string;
  language: string;
}

/**
 * Freezes a reminder's facts: the open balance and days late of `today` (the company's time zone),
 * the level's fee, interest and damages (the issued invoice never changes: they are the reminder's
 * own), a deadline `payWithinDays` ahead. The letter is not rendered here (`pdf` null): the
 * automatic run leaves it to the attachments job, a reminder made by hand renders it at once.
 */
export function reminderFacts(p: {
  company: CompanyRow;
  invoice: ReminderInvoice;
  rules: ReminderRules;
  level: number;
  repeatIndex: number;
  today: string;
  dueMinor: number;
  origin: 'manual' | 'automatic';
  userId: string | null;
  now: string;
}): PreparedReminder {
  const { invoice, rules, today } = p;
  const decimals = currencyDecimals(invoice.currency);
  const daysLate = daysBetween(invoice.dueDate as string, today);
  const charges = chargesOf(rules, p.level - 1, fromMinor(p.dueMinor, decimals), daysLate, decimals);
  return {
    rules,
    dueMinor: p.dueMinor,
    row: {
      id: newId(),
      company_id: p.company.id,
      invoice_id: invoice.id,
      level: p.level,
      repeat_index: p.repeatIndex,
      language: invoice.language,
      currency: invoice.currency,
      reminder_date: today,
      pay_by: addDays(today, rules.payWithinDays ?? PAY_WITHIN_DAYS),
      days_late: daysLate,
      amount_due_minor: p.dueMinor,
      fee_minor: toMinor(charges.fee, decimals),
      interest_minor: toMinor(charges.interest, decimals),
      damages_minor: toMinor(charges.damages, decimals),
      // Of the rules in force today, once: the title, letter and message keep it if they change.
      tone: toneOf(p.level, rules.levels.length),
      delivery: 'email',
      origin: p.origin,
      status: 'created',
      pdf: null,
      pdf_sha256: null,
      pdf_template: pdfTemplateOf(p.company),
      mail_id: null,
      created_by: p.userId,
      created_at: p.now,
      sent_by: null,
      sent_at: null,
    },
  };
}

/** The reminder letter: the invoice, the reminder's frozen facts and its stored tone. */
function renderLetter(p: {
  company: CompanyRow;
  logo: { data: Buffer; mime: string } | null;
  invoice: DocumentOut;
  row: Pick<
    repo.ReminderRow,
    | 'tone'
    | 'currency'
    | 'reminder_date'
    | 'pay_by'
    | 'days_late'
    | 'amount_due_minor'
    | 'fee_minor'
    | 'interest_minor'
    | 'damages_minor'
    | 'pdf_template'
  >;
}): Promise<Buffer> {
  const { row } = p;
  const money = (minor: number) => fromMinor(minor, currencyDecimals(row.currency));
  return renderDocumentPdf(
    reminderPdfInput(p.invoice, p.company, p.logo, {
      tone: storedTone(row.tone),
      date: row.reminder_date,
      payBy: row.pay_by,
      daysLate: row.days_late,
      amountDue: money(row.amount_due_minor),
      fee: money(row.fee_minor),
      interest: money(row.interest_minor),
      damages: money(row.damages_minor),
      total: money(row.amount_due_minor + row.fee_minor + row.interest_minor + row.damages_minor),
    }),
    { template: row.pdf_template === 'modern' ? 'modern' : 'classic' },
  );
}

/** The facts of `reminderFacts` with the letter rendered: what a reminder made by hand stores. */
export async function prepareReminder(
  p: Parameters<typeof reminderFacts>[0] & {
    invoice: DocumentOut;
    logo: { data: Buffer; mime: string } | null;
  },
): Promise<PreparedReminder & { pdf: Buffer }> {
  const prepared = reminderFacts(p);
  const pdf = await renderLetter({
    company: p.company,
    logo: p.logo,
    invoice: p.invoice,
    row: prepared.row,
  });
  return { ...prepared, pdf, row: { ...prepared.row, pdf, pdf_sha256: sha256Hex(pdf) } };
}

/**
 * Makes a reminder of an overdue invoice at the level asked (or the next one), frozen at once
 * (prepareReminder). Made by hand, it counts as the level it is: the run will not send that level
 * again. The step's unique key, not a check, keeps a level from existing twice.
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
  const rules = await rulesForContact(ctx, companyId, invoice.contactId);
  const count = rules.levels.length;
  if (input.level !== undefined && input.level > count)
    throw fieldError('level', 'The reminder rules have no level this high', 'rule_violation');
  const choice = chooseLevel(await repo.levelsOf(ctx.db, { companyId, invoiceId }), input.level, count);
  if (!choice.ok) refuseLevel(choice);
  const level = choice.level;
  const now = nowIso(ctx.clock);
  const prepared = await prepareReminder({
    company,
    invoice,
    logo: await logoOf(ctx, company),
    rules,
    level,
    repeatIndex: 0,
    today,
    dueMinor,
    origin: 'manual',
    userId: actor.userId,
    now,
  });
  const id = prepared.row.id;
  await ctx.db.transaction().execute(async (trx) => {
    // A payment or credit note between the read above and now would make the snapshot wrong.
    const row = await readDocumentRow(trx, { companyId, documentId: invoiceId, kind: 'invoice' });
    if (!row || row.status !== invoice.status || openBalanceMinor(row) !== dueMinor)
      throw new AppError('conflict', 'The invoice changed meanwhile: try again');
    if (!(await repo.insertReminder(trx, prepared.row))) refuseLevel({ ok: false, reason: 'exists', level });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'reminder.created',
      entityType: 'reminder',
      entityId: id,
      data: {
        invoiceId,
        number: invoice.number,
        level,
        amountDue: fromMinor(dueMinor, currencyDecimals(invoice.currency)),
      },
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

/**
 * The letter as it was made: the stored bytes, every time. A reminder of the automatic run has none
 * until its attachments job renders it; asked for before, it is rendered now and stored once (a
 * concurrent render that lost the race gives the kept copy).
 */
export async function reminderPdf(ctx: AppContext, companyId: string, reminderId: string) {
  const r = await repo.findReminder(ctx.db, { companyId, reminderId });
  if (!r) throw notFound('Reminder');
  let stored = await repo.findPdf(ctx.db, { companyId, reminderId });
  if (stored && (!stored.pdf || !stored.pdf_sha256)) {
    const company = await companyOf(ctx, companyId);
    const invoice = await getDocument(ctx, companyId, 'invoice', r.invoice_id, company);
    // In the tone the reminder was made with, whatever the rules say today.
    const pdf = await renderLetter({ company, logo: await logoOf(ctx, company), invoice, row: stored });
    await repo.storePdf(ctx.db, { companyId, reminderId, pdf, sha256: sha256Hex(pdf) });
    stored = await repo.findPdf(ctx.db, { companyId, reminderId });
  }
  if (!stored?.pdf || !stored.pdf_sha256) throw notFound('Reminder');
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

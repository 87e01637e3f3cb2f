import type { DbOrTx } from '../../platform/db/index.js';
import { prepareQuery } from '../../platform/db/prepared.js';
import type { RemindersTable } from '../../platform/db/schema.js';

export type ReminderRow = RemindersTable;

/** Every column but the PDF's bytes, with the invoice's number and the message's delivery status. */
export const selectReminderSummaries = (db: DbOrTx) =>
  db
    .selectFrom('reminders')
    .innerJoin('documents', (j) =>
      j
        .onRef('documents.id', '=', 'reminders.invoice_id')
        .onRef('documents.company_id', '=', 'reminders.company_id'),
    )
    .leftJoin('mail_outbox', 'mail_outbox.id', 'reminders.mail_id')
    .leftJoin('reminder_fee_invoices', (j) =>
      j
        .onRef('reminder_fee_invoices.reminder_id', '=', 'reminders.id')
        .onRef('reminder_fee_invoices.company_id', '=', 'reminders.company_id'),
    )
    .select([
      'reminders.id',
      'reminders.company_id',
      'reminders.invoice_id',
      'reminders.level',
      'reminders.language',
      'reminders.currency',
      'reminders.reminder_date',
      'reminders.pay_by',
      'reminders.days_late',
      'reminders.amount_due_minor',
      'reminders.fee_minor',
      'reminders.interest_minor',
      'reminders.damages_minor',
      'reminders.repeat_index',
      'reminders.delivery',
      'reminders.origin',
      'reminders.tone',
      'reminders.status',
      'reminders.pdf_sha256',
      'reminders.mail_id',
      'reminders.created_at',
      'reminders.sent_at',
      'documents.number as invoice_number',
      'mail_outbox.status as mail_status',
      'reminder_fee_invoices.invoice_id as fee_invoice_id',
    ]);

export type ReminderSummaryRow = Awaited<ReturnType<typeof listOfInvoice>>[number];

export const listOfInvoice = (db: DbOrTx, p: { companyId: string; invoiceId: string }) =>
  selectReminderSummaries(db)
    .where('reminders.company_id', '=', p.companyId)
    .where('reminders.invoice_id', '=', p.invoiceId)
    .orderBy('reminders.level')
    .orderBy('reminders.repeat_index')
    .execute();

export const findReminder = (db: DbOrTx, p: { companyId: string; reminderId: string }) =>
  selectReminderSummaries(db)
    .where('reminders.company_id', '=', p.companyId)
    .where('reminders.id', '=', p.reminderId)
    .executeTakeFirst();

export const findPdf = (db: DbOrTx, p: { companyId: string; reminderId: string }) =>
  db
    .selectFrom('reminders')
    .select([
      'pdf',
      'pdf_sha256',
      'pdf_template',
      'level',
      'tone',
      'invoice_id',
      'currency',
      'reminder_date',
      'pay_by',
      'days_late',
      'amount_due_minor',
      'fee_minor',
      'interest_minor',
      'damages_minor',
    ])
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.reminderId)
    .executeTakeFirst();

/** Stores the letter once: a reminder that has one keeps it (the first render wins). */
export const storePdf = (
  db: DbOrTx,
  p: { companyId: string; reminderId: string; pdf: Buffer; sha256: string },
) =>
  db
    .updateTable('reminders')
    .set({ pdf: p.pdf, pdf_sha256: p.sha256 })
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.reminderId)
    .where('pdf', 'is', null)
    .execute();

export const levelsOf = async (db: DbOrTx, p: { companyId: string; invoiceId: string }) =>
  (
    await db
      .selectFrom('reminders')
      .select('level')
      .where('repeat_index', '=', 0)
      .where('company_id', '=', p.companyId)
      .where('invoice_id', '=', p.invoiceId)
      .execute()
  ).map((r) => r.level);

/**
 * Inserts the reminder unless its step exists for the invoice: the unique key (company, invoice,
 * level, repeat_index) decides, so two concurrent requests (or a user and the scheduler) make one reminder.
 * Returns whether this call inserted it.
 */
export async function insertReminder(db: DbOrTx, row: ReminderRow): Promise<boolean> {
  const r = await reminderInsert.execute(db, row);
  return Number(r.numAffectedRows ?? 0n) > 0;
}

// Built once (the run inserts thousands): every column, named, as prepareQuery needs.
const reminderInsert = prepareQuery((db, r: ReminderRow) =>
  db
    .insertInto('reminders')
    .values({
      id: r.id,
      company_id: r.company_id,
      invoice_id: r.invoice_id,
      level: r.level,
      language: r.language,
      currency: r.currency,
      reminder_date: r.reminder_date,
      pay_by: r.pay_by,
      days_late: r.days_late,
      amount_due_minor: r.amount_due_minor,
      fee_minor: r.fee_minor,
      status: r.status,
      pdf: r.pdf,
      pdf_sha256: r.pdf_sha256,
      pdf_template: r.pdf_template,
      mail_id: r.mail_id,
      created_by: r.created_by,
      created_at: r.created_at,
      sent_by: r.sent_by,
      sent_at: r.sent_at,
      repeat_index: r.repeat_index,
      interest_minor: r.interest_minor,
      damages_minor: r.damages_minor,
      delivery: r.delivery,
      origin: r.origin,
      tone: r.tone,
    })
    .onConflict((oc) => oc.columns(['company_id', 'invoice_id', 'level', 'repeat_index']).doNothing()),
);

/** created → sent, once: a second sender updates nothing. */
export async function markSent(
  db: DbOrTx,
  p: { companyId: string; reminderId: string; mailId: string; userId: string | null; now: string },
): Promise<boolean> {
  const r = await sentMark.execute(db, p);
  return Number(r.numAffectedRows ?? 0n) > 0;
}

const sentMark = prepareQuery(
  (db, p: { companyId: string; reminderId: string; mailId: string; userId: string | null; now: string }) =>
    db
      .updateTable('reminders')
      .set({ status: 'sent', mail_id: p.mailId, sent_by: p.userId, sent_at: p.now, delivery: 'email' })
      .where('company_id', '=', p.companyId)
      .where('id', '=', p.reminderId)
      .where('status', '=', 'created'),
);

/** Deletes a reminder that was never sent; a sent one stays (it is part of the invoice's history). */
export async function deleteUnsent(db: DbOrTx, p: { companyId: string; reminderId: string }) {
  const r = await db
    .deleteFrom('reminders')
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.reminderId)
    .where('status', '=', 'created')
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

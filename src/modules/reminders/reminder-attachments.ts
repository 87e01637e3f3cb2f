import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { documentPdf, documentPdfFilename, readDocumentRow } from '../documents/index.js';
import { renderStatementPdf, statementFilename } from '../statements/index.js';
import type { ReminderRules } from './reminder-steps.js';
import type { ReminderOut } from './reminders.schema.js';
import { reminderFilename, reminderPdf } from './reminders.service.js';

/** Renders an automatic reminder's attachments and releases its message (reminders.jobs.ts). */
export const REMINDER_ATTACHMENTS_JOB = 'reminders.attachments';

export const ReminderAttachmentsPayload = z.object({
  companyId: z.string(),
  reminderId: z.string(),
  invoiceId: z.string(),
  date: z.string(),
  language: z.enum(['fr', 'nl', 'en', 'de']),
  mailId: z.string(),
  invoicePdf: z.boolean(),
  statement: z.boolean(),
});
export type ReminderAttachmentsPayload = z.infer<typeof ReminderAttachmentsPayload>;

/** What a reminder's message carries besides the letter, as its level says. */
export interface AttachmentChoice {
  invoicePdf: boolean;
  statement: boolean;
}

export const attachmentsOfLevel = (rules: ReminderRules, level: number): AttachmentChoice => {
  const lv = rules.levels[level - 1];
  return { invoicePdf: lv?.attachInvoicePdf ?? false, statement: lv?.attachStatement ?? false };
};

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * The files a reminder's message carries, in this order: the reminder letter (rendered and stored
 * once if it is not yet), the invoice's PDF (its stored copy) and the customer's statement of account
 * as of the reminder's date, in the reminder's language.
 */
export async function reminderAttachments(
  ctx: AppContext,
  companyId: string,
  reminder: Pick<ReminderOut, 'id' | 'invoiceId' | 'date' | 'language'>,
  choice: AttachmentChoice,
): Promise<MailAttachment[]> {
  const pdf = (f: { filename: string; content: Buffer }): MailAttachment => ({
    filename: f.filename,
    contentType: 'application/pdf',
    content: f.content,
  });
  const files = [pdf(await reminderPdf(ctx, companyId, reminder.id))];
  if (choice.invoicePdf) files.push(pdf(await documentPdf(ctx, companyId, 'invoice', reminder.invoiceId)));
  if (choice.statement) {
    const invoice = await readDocumentRow(ctx.db, {
      companyId,
      documentId: reminder.invoiceId,
      kind: 'invoice',
    });
    if (invoice?.contact_id)
      files.push(
        pdf(await renderStatementPdf(ctx, companyId, invoice.contact_id, reminder.date, reminder.language)),
      );
  }
  return files;
}

/** The names of the files `reminderAttachments` gives, without rendering them (the mail's preview). */
export const attachmentNames = (
  reminder: Pick<ReminderOut, 'invoiceNumber' | 'level' | 'date' | 'language'>,
  choice: AttachmentChoice,
  hasCustomer: boolean,
): string[] => [
  reminderFilename(reminder.invoiceNumber, reminder.level),
  ...(choice.invoicePdf ? [documentPdfFilename('invoice', reminder.invoiceNumber)] : []),
  ...(choice.statement && hasCustomer ? [statementFilename(reminder.language, reminder.date)] : []),
];

import { z } from 'zod';
import { Id, Language } from '../../shared/schemas.js';
import { MailPreviewOut } from '../mail/index.js';
import { ReminderRulesBody } from './reminders.schema.js';

/**
 * The rules as the editor holds them (saved or not, the very schema of `PUT …/reminder-rules`, so a
 * problem names the same field), plus what to preview: a level, an invoice, a language.
 */
export const ReminderPreviewBody = ReminderRulesBody.extend({
  level: z.number().int().min(1).max(20).describe('The level of `levels` to preview, 1-based'),
  invoiceId: Id.optional().describe(
    'An issued, unpaid invoice of the company; default: the most overdue open invoice',
  ),
  contactId: Id.optional().describe('Default invoice among this customer’s (a customer’s own rules)'),
  language: Language.optional().describe('Default: the invoice’s language (its customer’s)'),
}).meta({ id: 'ReminderPreviewRequest' });
export type ReminderPreviewInput = z.infer<typeof ReminderPreviewBody>;

export const ReminderPreviewOut = z
  .object({
    invoice: z.object({
      id: Id,
      number: z.string().nullable(),
      contactId: Id.nullable(),
      contactName: z.string().nullable(),
      dueDate: z.string(),
    }),
    level: z.number().int(),
    /** The letter's heading in the preview's language ("Mise en demeure"). */
    title: z.string(),
    language: Language,
    currency: z.string(),
    /** The day the level would be sent: today, or its day after the due date if that is later. */
    date: z.string(),
    payBy: z.string(),
    daysLate: z.number().int(),
    amountDue: z.string(),
    fee: z.string(),
    interest: z.string(),
    damages: z.string(),
    total: z.string(),
    /** 'print' when the customer has no e-mail address: the run lists it to print instead. */
    delivery: z.enum(['email', 'print']),
    mail: MailPreviewOut,
    /** The letter, base64 of the PDF the reminder would carry. */
    pdf: z.object({ filename: z.string(), contentType: z.literal('application/pdf'), base64: z.string() }),
  })
  .meta({ id: 'ReminderPreview' });
export type ReminderPreviewOut = z.infer<typeof ReminderPreviewOut>;

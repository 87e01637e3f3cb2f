import { z } from 'zod';
import { Id, Instant, Language } from '../../shared/schemas.js';

export const CreateReminderBody = z.strictObject({
  level: z
    .number()
    .int()
    .min(1)
    .max(3)
    .optional()
    .describe('1 first reminder, 2 second reminder, 3 formal notice; default: the next after the highest'),
});
export type CreateReminderInput = z.infer<typeof CreateReminderBody>;

export const InvoiceReminderParams = z.strictObject({ companyId: Id, invoiceId: Id });
export const ReminderParams = z.strictObject({ companyId: Id, reminderId: Id });

export const ReminderOut = z
  .object({
    id: Id,
    invoiceId: Id,
    invoiceNumber: z.string().nullable(),
    level: z.number().int().describe('1 first reminder, 2 second reminder, 3 formal notice'),
    /** The level's heading in the reminder's language ("Mise en demeure"). */
    title: z.string(),
    language: Language,
    currency: z.string(),
    /** The reminder's date and the deadline it gives (calendar dates). */
    date: z.string(),
    payBy: z.string(),
    daysLate: z.number().int(),
    /** The invoice's open balance when the reminder was made. */
    amountDue: z.string(),
    fee: z.string(),
    /** Amount due plus fee: what the reminder asks for. */
    total: z.string(),
    status: z.enum(['created', 'sent']),
    pdfSha256: z.string(),
    mailId: Id.nullable(),
    /** Delivery status of its message (queued, retrying, sending, sent, local, failed) once sent. */
    mailStatus: z.string().nullable(),
    createdAt: Instant,
    sentAt: Instant.nullable(),
  })
  .meta({ id: 'Reminder' });
export type ReminderOut = z.infer<typeof ReminderOut>;

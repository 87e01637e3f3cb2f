import { z } from 'zod';
import { CsvDelimiter, ListFormat } from '../../platform/http/csv.js';
import { CalendarDateSchema } from '../../shared/dates.js';
import { Id, Instant } from '../../shared/schemas.js';
import { ReminderOut } from './reminders.schema.js';

/** Delivery statuses of a reminder's message in the outbox. */
export const MAIL_STATUSES = ['queued', 'retrying', 'sending', 'sent', 'local', 'failed'] as const;

export const ReminderListQuery = z.strictObject({
  level: z.coerce.number().int().min(1).max(20).optional(),
  origin: z.enum(['automatic', 'manual']).optional(),
  delivery: z.enum(['email', 'print']).optional(),
  mailStatus: z.enum(MAIL_STATUSES).optional(),
  contactId: Id.optional(),
  invoiceId: Id.optional(),
  /** The reminders' dates, inclusive. */
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  delimiter: CsvDelimiter,
  format: ListFormat,
});
export type ReminderListQuery = z.infer<typeof ReminderListQuery>;

/** A reminder in the company's lists: the reminder, and the customer of its invoice. */
export const ReminderListItem = ReminderOut.extend({
  contactId: Id.nullable(),
  contactName: z.string().nullable(),
}).meta({ id: 'ReminderListItem' });
export type ReminderListItem = z.infer<typeof ReminderListItem>;

export const UpcomingQuery = z.strictObject({
  days: z.coerce
    .number()
    .int()
    .min(0)
    .max(90)
    .default(14)
    .describe('Horizon in days from today (0: only what the next run sends)'),
});

export const UpcomingReminder = z
  .object({
    invoiceId: Id,
    invoiceNumber: z.string().nullable(),
    contactId: Id.nullable(),
    contactName: z.string().nullable(),
    dueDate: z.string(),
    currency: z.string(),
    /** The invoice's open balance today. */
    amountDue: z.string(),
    level: z.number().int(),
    repeatIndex: z.number().int(),
    /** The day the step is due ('YYYY-MM-DD'): today (the next run sends it) or later. */
    on: z.string(),
  })
  .meta({ id: 'UpcomingReminder' });

export const UpcomingOut = z.object({
  /** The company's today and the horizon's last day. */
  from: z.string(),
  until: z.string(),
  items: z.array(UpcomingReminder),
});

export const PausedQuery = z.strictObject({
  invoiceId: Id.optional().describe(
    'The pauses that stop this invoice’s reminders: its own and its customer’s',
  ),
  contactId: Id.optional().describe('The customer’s pause and those of its invoices'),
});

export const PausedReminder = z
  .object({
    id: Id,
    scope: z.enum(['invoice', 'customer']),
    invoiceId: Id.nullable(),
    invoiceNumber: z.string().nullable(),
    /** The paused customer, or the customer of the paused invoice. */
    contactId: Id.nullable(),
    contactName: z.string().nullable(),
    reason: z.string(),
    pausedAt: Instant,
    pausedBy: z.object({ id: Id, name: z.string() }).nullable(),
  })
  .meta({ id: 'PausedReminder' });

export const ReminderSummaryOut = z
  .object({
    /** The Monday of the company's current week ('YYYY-MM-DD', in its time zone). */
    weekStart: z.string(),
    /** Reminders sent (by e-mail, or marked as posted) since that Monday began in the company's time zone. */
    sentThisWeek: z.number().int(),
    toPrint: z.number().int(),
    paused: z.number().int(),
  })
  .meta({ id: 'ReminderSummary' });

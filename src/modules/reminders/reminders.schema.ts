import { z } from 'zod';
import { Id, Instant, Language } from '../../shared/schemas.js';

export const CreateReminderBody = z.strictObject({
  level: z
    .number()
    .int()
    .min(1)
    .max(20)
    .optional()
    .describe(
      'A level of the reminder rules (by default 1 first reminder, 2 second reminder, 3 formal notice); default: the next after the highest',
    ),
});
export type CreateReminderInput = z.infer<typeof CreateReminderBody>;

export const InvoiceReminderParams = z.strictObject({ companyId: Id, invoiceId: Id });
export const ReminderParams = z.strictObject({ companyId: Id, reminderId: Id });

export const ReminderOut = z
  .object({
    id: Id,
    invoiceId: Id,
    invoiceNumber: z.string().nullable(),
    level: z.number().int().describe('The level of the reminder rules it was made at, from 1'),
    tone: z
      .union([z.literal(1), z.literal(2), z.literal(3)])
      .describe(
        '1 first reminder, 2 second reminder, 3 formal notice: decided from the rules when the reminder was made, kept if they change',
      ),
    /** The tone's heading in the reminder's language ("Mise en demeure"). */
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
    /** Interest for the days late, at the level's rate (the invoice itself never changes). */
    interest: z.string(),
    /** Fixed damages claimed (art. XIX.4 CEL scale for consumers, €40 between businesses). */
    damages: z.string(),
    /** 0, or the n-th repetition of the rules' last level. */
    repeatIndex: z.number().int(),
    /** 'email', or 'print' when the customer has no e-mail address (the "to print" list). */
    delivery: z.enum(['email', 'print']),
    origin: z.enum(['manual', 'automatic']),
    /** Amount due plus fee and interest: what the reminder asks for. */
    total: z.string(),
    status: z.enum(['created', 'sent']),
    /** Null until the letter of an automatic reminder is rendered (right after the run, or on download). */
    pdfSha256: z.string().nullable(),
    mailId: Id.nullable(),
    /** Delivery status of its message (queued, retrying, sending, sent, local, failed) once sent. */
    mailStatus: z.string().nullable(),
    createdAt: Instant,
    sentAt: Instant.nullable(),
    /** The draft or issued invoice of its charges, once made (POST …/fee-invoice). */
    feeInvoiceId: Id.nullable(),
  })
  .meta({ id: 'Reminder' });
export type ReminderOut = z.infer<typeof ReminderOut>;

const Days = z.number().int().min(0).max(3650);
const Amount = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,4})?$/, 'A decimal amount such as "7.50"')
  .describe('Decimal string in the invoice’s currency');
const Rate = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,4})?$/, 'A percentage such as "10.5"')
  .refine((v) => Number.parseFloat(v) <= 100, 'The interest rate cannot exceed 100 %')
  .describe('Annual interest rate in percent, counted per day late');
const LevelTemplateSchema = z.strictObject({
  subject: z.string().min(1).max(500),
  body: z.string().min(1).max(20_000),
});

export const RuleLevelSchema = z.strictObject({
  days: Days.describe('Days after the due date'),
  fee: Amount.default('0'),
  interestRate: Rate.default('0'),
  damages: z.enum(['none', 'be-b2c-scale', 'b2b-40']).default('none'),
  attachInvoicePdf: z.boolean().default(false).describe('The mail carries the invoice PDF too'),
  attachStatement: z
    .boolean()
    .default(false)
    .describe('The mail carries the customer’s statement of account as of the reminder’s date too'),
  templates: z
    .strictObject({
      fr: LevelTemplateSchema.optional(),
      nl: LevelTemplateSchema.optional(),
      en: LevelTemplateSchema.optional(),
      de: LevelTemplateSchema.optional(),
    })
    .default({}),
});

export const ReminderRulesBody = z.strictObject({
  enabled: z.boolean().default(true),
  levels: z.array(RuleLevelSchema).min(1).max(20),
  repeatEveryDays: z.number().int().min(1).max(365).nullable().default(null),
  payWithinDays: z.number().int().min(1).max(365).default(14),
  consumerCaps: z.boolean().default(false),
});
export type ReminderRulesInput = z.infer<typeof ReminderRulesBody>;

export const ReminderRulesOut = z
  .object({
    scope: z.enum(['company', 'customer']),
    contactId: Id.nullable(),
    /** False when nothing was saved: the defaults shown are the company's (or the built-in ones). */
    saved: z.boolean(),
    enabled: z.boolean(),
    levels: z.array(
      z.object({
        days: z.number().int(),
        fee: z.string(),
        interestRate: z.string(),
        damages: z.enum(['none', 'be-b2c-scale', 'b2b-40']),
        attachInvoicePdf: z.boolean(),
        attachStatement: z.boolean(),
        templates: z.record(z.string(), z.object({ subject: z.string(), body: z.string() })),
      }),
    ),
    repeatEveryDays: z.number().int().nullable(),
    payWithinDays: z.number().int(),
    consumerCaps: z.boolean(),
    updatedAt: Instant.nullable(),
  })
  .meta({ id: 'ReminderRules' });
export type ReminderRulesOut = z.infer<typeof ReminderRulesOut>;

export const PresetBody = z.strictObject({ preset: z.enum(['be-b2c', 'b2b']) });
export const CompanyParams = z.strictObject({ companyId: Id });
export const CustomerRulesParams = z.strictObject({ companyId: Id, contactId: Id });
export const PauseBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export const PauseOut = z
  .object({
    invoiceId: Id.nullable(),
    contactId: Id.nullable(),
    reason: z.string(),
    pausedAt: Instant,
  })
  .meta({ id: 'ReminderPause' });

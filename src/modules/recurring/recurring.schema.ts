import { z } from 'zod';
import { AMOUNT_LIMITS, LINE_AMOUNT_MESSAGE, lineAmountWithinLimit } from '../../shared/amount-limits.js';
import { decimalString } from '../../shared/decimal.js';
import { CurrencyCode } from '../../shared/identifiers.js';
import { Id, Instant, Language, Text } from '../../shared/schemas.js';
import { VatCategorySchema } from '../documents/index.js';
import { ScheduleSchema } from './schedule.schema.js';

export const RECURRING_STATUSES = ['active', 'paused', 'stopped'] as const;
export const RecurringStatus = z.enum(RECURRING_STATUSES);
export type RecurringStatus = z.infer<typeof RecurringStatus>;
export const RecurringMode = z.enum(['draft', 'issue_and_send']);
export const IssueDateRule = z.enum(['run_date', 'period_date']);

/** A line of every invoice the profile generates; its texts may hold period placeholders ({month}…). */
export const RecurringLine = z
  .strictObject({
    description: Text(2000),
    quantity: decimalString({
      maxDecimals: 3,
      allowNegative: true,
      maxIntegerDigits: AMOUNT_LIMITS.quantityDigits,
    }),
    unitPrice: decimalString({
      maxDecimals: 4,
      allowNegative: true,
      maxIntegerDigits: AMOUNT_LIMITS.unitPriceDigits,
    }),
    vatCategory: VatCategorySchema,
    vatRate: decimalString({ maxDecimals: 2 }).refine(
      (v) => Number(v) <= AMOUNT_LIMITS.maxVatRate,
      'A VAT rate is at most 100 %',
    ),
    productId: Id.nullable().default(null),
    /** Generation takes the product's catalogue price of the day instead of `unitPrice`. */
    followCatalogPrice: z.boolean().default(false),
  })
  .refine((l) => lineAmountWithinLimit(l.quantity, l.unitPrice), {
    message: LINE_AMOUNT_MESSAGE,
    path: ['quantity'],
  })
  .refine((l) => !l.followCatalogPrice || l.productId !== null, {
    message: 'Only a line of a catalogue product can follow its price',
    path: ['followCatalogPrice'],
  });
export type RecurringLine = z.output<typeof RecurringLine>;

const profileFields = {
  contactId: Id,
  name: Text(200),
  currency: CurrencyCode,
  language: Language.nullable().default(null),
  paymentTermsDays: z.number().int().min(0).max(365).nullable().default(null),
  notes: Text(5000).nullable().default(null),
  lines: z.array(RecurringLine).min(1, 'At least one line').max(500),
  schedule: ScheduleSchema,
  mode: RecurringMode.default('draft'),
  issueDateRule: IssueDateRule.default('run_date'),
};

export const CreateRecurringBody = z.strictObject(profileFields);
export type CreateRecurringInput = z.infer<typeof CreateRecurringBody>;

export const UpdateRecurringBody = z.strictObject({
  contactId: Id.optional(),
  name: Text(200).optional(),
  currency: CurrencyCode.optional(),
  language: Language.nullable().optional(),
  paymentTermsDays: z.number().int().min(0).max(365).nullable().optional(),
  notes: Text(5000).nullable().optional(),
  lines: z.array(RecurringLine).min(1, 'At least one line').max(500).optional(),
  schedule: ScheduleSchema.optional(),
  mode: RecurringMode.optional(),
  issueDateRule: IssueDateRule.optional(),
});
export type UpdateRecurringInput = z.infer<typeof UpdateRecurringBody>;

export const PauseBody = z.strictObject({ reason: Text(500).nullable().optional() });

export const ResumeBody = z.strictObject({
  /** Generate the periods that fell due while paused (each once, in order), or skip them (default). */
  catchUp: z.boolean().default(false),
});

export const PreviewBody = z.strictObject({
  schedule: ScheduleSchema,
  /** The runs due strictly after this instant; now when left out. */
  after: z.iso.datetime({ offset: true }).optional(),
});

export const RecurringListQuery = z.strictObject({
  status: RecurringStatus.optional(),
  contactId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type RecurringListQuery = z.infer<typeof RecurringListQuery>;

// ── Output ──────────────────────────────────────────────────────────────────────────────────────

export const RunPreviewOut = z
  .object({ periodStart: z.string(), periodEnd: z.string(), dueAt: Instant })
  .meta({ id: 'RecurringRunPreview' });

export const PreviewOut = z.object({ runs: z.array(RunPreviewOut) }).meta({ id: 'RecurringPreview' });

export const RecurringRunOut = z
  .object({
    id: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    /** The invoice made for the period; null for a failed attempt. Number, status and date are the invoice's now (null once its draft was deleted). */
    documentId: z.string().nullable(),
    documentNumber: z.string().nullable(),
    documentStatus: z.string().nullable(),
    issueDate: z.string().nullable(),
    taxInclusive: z.string().nullable(),
    status: z.enum(['generated', 'failed']),
    error: z.string().nullable(),
    createdAt: Instant,
  })
  .meta({ id: 'RecurringRun' });

const RecurringLineOut = z.object({
  description: z.string(),
  quantity: z.string(),
  unitPrice: z.string(),
  vatCategory: VatCategorySchema,
  vatRate: z.string(),
  productId: z.string().nullable(),
  followCatalogPrice: z.boolean(),
});

export const RecurringProfileOut = z
  .object({
    id: z.string(),
    contactId: z.string(),
    contactName: z.string().nullable(),
    name: z.string(),
    status: RecurringStatus,
    currency: z.string(),
    language: Language.nullable(),
    paymentTermsDays: z.number().nullable(),
    notes: z.string().nullable(),
    lines: z.array(RecurringLineOut),
    schedule: ScheduleSchema,
    mode: RecurringMode,
    issueDateRule: IssueDateRule,
    lastPeriodStart: z.string().nullable(),
    /** When the next period's invoice is due; null once the schedule has ended or the profile stopped. */
    nextRunAt: Instant.nullable(),
    /** Per period, from the lines at their stored prices (VAT excluded, VAT, VAT included). */
    amount: z.object({ taxExclusive: z.string(), vatTotal: z.string(), taxInclusive: z.string() }),
    failures: z.number(),
    pauseReason: z.string().nullable(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'RecurringProfile' });
export type RecurringProfileOut = z.infer<typeof RecurringProfileOut>;

export const RecurringProfileDetailOut = RecurringProfileOut.extend({ runs: z.array(RecurringRunOut) }).meta({
  id: 'RecurringProfileDetail',
});

export const RecurringParams = z.strictObject({ companyId: Id, profileId: Id });

import { z } from 'zod';
import { Id, Text } from '../../shared/schemas.js';
import { IssueDateRule, RecurringMode } from './recurring.schema.js';
import { ScheduleSchema } from './schedule.schema.js';

/** "Make recurring": a new profile from an existing invoice, on a schedule. */
export const FromInvoiceBody = z.strictObject({
  invoiceId: Id,
  /** The invoice's subject, else "<customer> – <number>", when left out. */
  name: Text(200).optional(),
  schedule: ScheduleSchema,
  mode: RecurringMode.default('draft'),
  issueDateRule: IssueDateRule.default('run_date'),
});
export type FromInvoiceInput = z.infer<typeof FromInvoiceBody>;

export const RecurringSummaryQuery = z.strictObject({
  /** The company's current month when left out. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month as YYYY-MM')
    .optional(),
});

export const RecurringSummaryOut = z
  .object({
    month: z.string(),
    /**
     * Per currency (never added across currencies): the invoices the profiles generated this month
     * plus the periods of active profiles still to come in it, at their stored prices.
     */
    currencies: z.array(
      z.object({
        currency: z.string(),
        taxExclusive: z.string(),
        taxInclusive: z.string(),
        invoices: z.number().int(),
      }),
    ),
    /** Profiles that are not stopped; `failing` counts those whose last generations failed (active or paused). */
    profiles: z.object({
      active: z.number().int(),
      paused: z.number().int(),
      failing: z.number().int(),
    }),
  })
  .meta({ id: 'RecurringSummary' });
export type RecurringSummaryOut = z.infer<typeof RecurringSummaryOut>;

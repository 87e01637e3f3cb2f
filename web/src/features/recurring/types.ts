import type { ApiRequestBody, Schemas } from '../../lib/api/types';

export type RecurringProfile = Schemas['RecurringProfile'];
export type RecurringProfileDetail = Schemas['RecurringProfileDetail'];
export type RecurringStatus = RecurringProfile['status'];
export type Schedule = RecurringProfile['schedule'];
export type Frequency = Schedule['frequency'];
export type RecurringPreview = Schemas['RecurringPreview'];
export type RecurringBody = ApiRequestBody<'/api/v1/companies/{companyId}/recurring-profiles', 'post'>;
export type RecurringMode = RecurringProfile['mode'];
export type IssueDateRule = RecurringProfile['issueDateRule'];

export type RecurringRun = Schemas['RecurringRun'];
/** `GET …/recurring-profiles/summary`: the month's recurring revenue per currency, and the profiles' states. */
export type RecurringSummary = Schemas['RecurringSummary'];

export const RECURRING_STATUSES: readonly RecurringStatus[] = ['active', 'paused', 'stopped'];
export const FREQUENCIES: readonly Frequency[] = ['day', 'week', 'month', 'quarter', 'half_year', 'year'];
/** Frequencies counted in months: they take a day of the month. */
export const MONTH_BASED: ReadonlySet<Frequency> = new Set(['month', 'quarter', 'half_year', 'year']);

/** The placeholders a line's description and the notes may hold (src/modules/recurring/period-texts.ts). */
export const PERIOD_PLACEHOLDERS = ['period', 'month', 'year', 'periodStart', 'periodEnd'] as const;
export type PeriodPlaceholder = (typeof PERIOD_PLACEHOLDERS)[number];

/** Editing, pausing, deleting: what the API asks (recurring.routes.ts). */
export const RECURRING_PERMISSIONS = { read: 'invoices.read', write: 'invoices.write' } as const;

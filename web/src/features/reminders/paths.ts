import { companyPath } from '../companies/company-context';

export type RemindersTab = 'sent' | 'upcoming' | 'paused' | 'to-print';

/** A tab of the Reminders page (`/reminders` itself opens the first, what was sent). */
export const remindersPath = (companyId: string, tab: RemindersTab = 'sent') =>
  companyPath(companyId, `reminders/${tab}`);

/** Where the company's reminder rules are edited (Settings › Reminder rules). */
export const reminderRulesPath = (companyId: string) => companyPath(companyId, 'settings/reminders');

export const REMINDERS_ROUTE = '/api/v1/companies/{companyId}/reminders' as const;
export const UPCOMING_ROUTE = '/api/v1/companies/{companyId}/reminders/upcoming' as const;
export const PAUSED_ROUTE = '/api/v1/companies/{companyId}/reminders/paused' as const;
export const TO_PRINT_ROUTE = '/api/v1/companies/{companyId}/reminders/to-print' as const;
export const SUMMARY_ROUTE = '/api/v1/companies/{companyId}/reminders/summary' as const;
export const RULES_ROUTE = '/api/v1/companies/{companyId}/reminder-rules' as const;

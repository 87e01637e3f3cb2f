import { companyApiPath } from '../companies/company-context';

export const invoiceRemindersApiPath = (companyId: string, invoiceId: string) =>
  companyApiPath(companyId, `/invoices/${encodeURIComponent(invoiceId)}/reminders`);

export const reminderApiPath = (
  companyId: string,
  reminderId: string,
  sub?: 'pdf' | 'preview-email' | 'send',
) => companyApiPath(companyId, `/reminders/${encodeURIComponent(reminderId)}${sub ? `/${sub}` : ''}`);

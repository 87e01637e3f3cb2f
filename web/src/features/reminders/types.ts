export type ReminderLevel = 1 | 2 | 3;
export const REMINDER_LEVELS: readonly ReminderLevel[] = [1, 2, 3];

/** A payment reminder of an invoice, as the API returns it. */
export interface Reminder {
  id: string;
  invoiceId: string;
  invoiceNumber: string | null;
  /** 1 first reminder, 2 second reminder, 3 formal notice. */
  level: number;
  /** The level's heading in the customer's language. */
  title: string;
  language: string;
  currency: string;
  date: string;
  payBy: string;
  daysLate: number;
  amountDue: string;
  fee: string;
  total: string;
  status: 'created' | 'sent';
  pdfSha256: string;
  mailId: string | null;
  mailStatus: string | null;
  createdAt: string;
  sentAt: string | null;
}

export const isReminderLevel = (n: number): n is ReminderLevel => n === 1 || n === 2 || n === 3;

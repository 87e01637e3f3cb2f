import type { Schemas } from '../../lib/api/types';

export type ReminderLevel = 1 | 2 | 3;
export const REMINDER_LEVELS: readonly ReminderLevel[] = [1, 2, 3];

/** A payment reminder of an invoice; `level`: 1 first reminder, 2 second reminder, 3 formal notice. */
export type Reminder = Schemas['Reminder'];

export const isReminderLevel = (n: number): n is ReminderLevel => n === 1 || n === 2 || n === 3;

/** A reminder in the company's lists, with its invoice's customer. */
export type ReminderListItem = Schemas['ReminderListItem'];
/** An open invoice's next reminder step, and the day it comes. */
export type UpcomingReminder = Schemas['UpcomingReminder'];
/** A pause of an invoice's or a customer's reminders (a dispute). */
export type PausedReminder = Schemas['PausedReminder'];

export const MAIL_STATUSES = ['queued', 'retrying', 'sending', 'sent', 'local', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

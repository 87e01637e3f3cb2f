import type { Schemas } from '../../lib/api/types';

export type ReminderLevel = 1 | 2 | 3;
export const REMINDER_LEVELS: readonly ReminderLevel[] = [1, 2, 3];

/** A payment reminder of an invoice; `level`: 1 first reminder, 2 second reminder, 3 formal notice. */
export type Reminder = Schemas['Reminder'];

export const isReminderLevel = (n: number): n is ReminderLevel => n === 1 || n === 2 || n === 3;

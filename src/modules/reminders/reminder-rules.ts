/**
 * Which reminder may be made for an invoice, as pure rules (table-driven tests beside this file).
 *
 * Levels: 1 first reminder, 2 second reminder, 3 formal notice (mise en demeure, ingebrekestelling).
 * Reminders only escalate: a level may be skipped (a formal notice may come first), but a level at or
 * below one that exists is refused. Without a level, the next one after the highest is made. That a
 * level exists only once is not decided here but by the unique key (company, invoice, level).
 */
export const REMINDER_LEVELS = [1, 2, 3] as const;
export type ReminderLevel = (typeof REMINDER_LEVELS)[number];

export const isReminderLevel = (n: number): n is ReminderLevel => n === 1 || n === 2 || n === 3;

/** Invoice statuses a reminder can be made and sent for: issued and not settled. */
export const REMINDABLE_STATUSES: readonly string[] = ['issued', 'sent', 'partially_paid'];

/**
 * Days the customer gets to pay from the reminder's date. Fourteen calendar days is the delay a
 * consumer's first reminder must grant in Belgium (Code of Economic Law, art. XIX.2, § 1, book XIX
 * introduced by the law of 4 May 2023), and a fair one between businesses; the later rules may set
 * it per level.
 */
export const PAY_WITHIN_DAYS = 14;

export type LevelChoice =
  | { ok: true; level: number }
  | { ok: false; reason: 'exists'; level: number }
  | { ok: false; reason: 'lower'; highest: number };

/**
 * `count` is the number of levels of the rules that apply (3 without rules). Repetitions of the last
 * level are the run's alone: by hand, a level exists once.
 */
export function chooseLevel(existing: readonly number[], requested?: number, count = 3): LevelChoice {
  const highest = existing.reduce<number>((a, b) => Math.max(a, b), 0);
  if (requested !== undefined) {
    if (existing.includes(requested)) return { ok: false, reason: 'exists', level: requested };
    if (requested < highest) return { ok: false, reason: 'lower', highest };
    return { ok: true, level: requested };
  }
  const next = highest + 1;
  if (next > count) return { ok: false, reason: 'exists', level: highest };
  return { ok: true, level: next };
}

/**
 * The tone of a level's letter and heading: the first is a courteous reminder, the last of three or
 * more a formal notice (it puts the debtor in default), any level between a firmer second reminder.
 * Decided once, when the reminder is made (`reminderFacts`, which the preview shares), from the
 * rules in force then, and stored on the reminder: every reader takes the stored tone (`storedTone`).
 */
export function toneOf(level: number, count: number): ReminderLevel {
  if (level <= 1) return 1;
  if (level >= count && count >= 3) return 3;
  return 2;
}

/** A reminder row's `tone` (its CHECK allows 1, 2 and 3 only). */
export function storedTone(tone: number): ReminderLevel {
  if (!isReminderLevel(tone)) throw new Error(`A reminder's tone is 1, 2 or 3, not ${tone}`);
  return tone;
}

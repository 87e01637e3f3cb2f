/**
 * Reminder rules as pure functions (table-driven tests beside this file): what a level charges, the
 * Belgian presets, and which step (level, repetition) an invoice is due for on a given day.
 */
import { addDays, daysBetween } from '../../shared/dates.js';
import { Decimal, dec, roundMoney } from '../../shared/money.js';
import type { Language } from '../../shared/schemas.js';

export interface LevelTemplate {
  subject: string;
  body: string;
}

export interface RuleLevel {
  /** Days after the invoice's due date from which this level is due. */
  days: number;
  /** Fixed fee of the reminder, decimal string in the invoice's currency ("7.50"). */
  fee: string;
  /** Annual interest rate in percent ("10.5"), counted per day late on the open balance. */
  interestRate: string;
  /**
   * Fixed damages claimed at this level: `be-b2c-scale` the capped scale of art. XIX.4 CEL,
   * `b2b-40` the €40 indemnity of the law of 2 August 2002, or none.
   */
  damages: 'none' | 'be-b2c-scale' | 'b2b-40';
  /** The message carries the invoice's PDF besides the reminder letter. */
  attachInvoicePdf: boolean;
  /** The message carries the customer's statement of account as of the reminder's date. */
  attachStatement: boolean;
  /** The mail per language; a language without one uses the company's reminder template. */
  templates: Partial<Record<Language, LevelTemplate>>;
}

export interface ReminderRules {
  /** The automatic run sends reminders only when on; manual reminders work either way. */
  enabled: boolean;
  levels: RuleLevel[];
  /** The last level repeats every N days after the previous one (null: it is sent once). */
  repeatEveryDays: number | null;
  /** Days given to pay from the reminder's date. */
  payWithinDays: number;
  /** The consumer caps of art. XIX.2–XIX.4 CEL apply (set by the Belgian B2C preset). */
  consumerCaps: boolean;
}

/**
 * Interest rate for late payment in commercial transactions (law of 2 August 2002, art. 5): the
 * ECB's main refinancing rate plus eight points, rounded up to the half point, published each
 * half-year by the Federal Public Service Finance. The preset takes this value; users update it.
 */
export const LEGAL_COMMERCIAL_RATE = '10.5';

/** Art. XIX.2, § 1 CEL: the first reminder is free and gives at least 14 days to pay. */
export const CONSUMER_FREE_DAYS = 14;
/** Art. XIX.4, § 2 CEL: each later reminder costs at most €7.50 (plus postage). */
export const CONSUMER_MAX_REMINDER_FEE = '7.50';

const DEFAULT_TEMPLATES = {};

/**
 * Belgian B2C (Code of Economic Law, book XIX "Dettes du consommateur", art. XIX.2–XIX.4, law of
 * 4 May 2023): a free first reminder; nothing charged before 14 calendar days after it (the second
 * level comes 15 days after the first); later reminders €7.50; fixed damages on the capped scale.
 */
export const PRESET_BE_B2C: ReminderRules = {
  enabled: true,
  consumerCaps: true,
  payWithinDays: CONSUMER_FREE_DAYS,
  repeatEveryDays: null,
  levels: [
    l({ days: 7 }),
    l({ days: 22, fee: CONSUMER_MAX_REMINDER_FEE, interestRate: LEGAL_COMMERCIAL_RATE }),
    l({
      days: 37,
      fee: CONSUMER_MAX_REMINDER_FEE,
      interestRate: LEGAL_COMMERCIAL_RATE,
      damages: 'be-b2c-scale',
    }),
  ],
};

/** B2B (law of 2 August 2002 on late payment in commercial transactions, art. 5 and 6). */
export const PRESET_B2B: ReminderRules = {
  enabled: true,
  consumerCaps: false,
  payWithinDays: 14,
  repeatEveryDays: 30,
  levels: [
    l({ days: 7 }),
    l({ days: 21, interestRate: LEGAL_COMMERCIAL_RATE, damages: 'b2b-40' }),
    l({ days: 35, interestRate: LEGAL_COMMERCIAL_RATE, damages: 'b2b-40' }),
  ],
};

export const PRESETS = { 'be-b2c': PRESET_BE_B2C, b2b: PRESET_B2B } as const;
export type PresetName = keyof typeof PRESETS;

/** Without rules a company keeps the three levels it had (manual reminders, no automatic run). */
export const DEFAULT_RULES: ReminderRules = {
  enabled: false,
  consumerCaps: false,
  payWithinDays: 14,
  repeatEveryDays: null,
  levels: [l({ days: 1 }), l({ days: 15 }), l({ days: 30 })],
};

function l(p: Partial<RuleLevel> & { days: number }): RuleLevel {
  return {
    fee: '0',
    interestRate: '0',
    damages: 'none',
    attachInvoicePdf: false,
    attachStatement: false,
    templates: DEFAULT_TEMPLATES,
    ...p,
  };
}

/**
 * Art. XIX.4, § 2 CEL: fixed damages at most €20 for a balance up to €150; €30 plus 10 % of the part
 * from €150.01 to €500; €65 plus 5 % of the part above €500, at most €2,000.
 */
export function consumerDamagesCap(balance: string): Decimal {
  const b = dec(balance);
  if (b.lte(150)) return dec('20');
  if (b.lte(500)) return roundMoney(dec('30').plus(b.minus(150).times('0.10')));
  return Decimal.min(dec('2000'), roundMoney(dec('65').plus(b.minus(500).times('0.05'))));
}

export interface Charges {
  fee: string;
  interest: string;
  damages: string;
}

/**
 * What a level charges on an open balance `daysLate` days after the due date. Interest is simple:
 * balance × rate ÷ 100 × days ÷ 365, rounded once to the currency's decimals. With the consumer caps
 * the first level charges nothing (art. XIX.2, § 1) and a fee is capped at €7.50 (art. XIX.4, § 2).
 */
export function chargesOf(
  rules: ReminderRules,
  levelIndex: number,
  balance: string,
  daysLate: number,
  decimals: number,
): Charges {
  const lv = rules.levels[levelIndex];
  const zero = roundMoney('0', decimals).toFixed(decimals);
  if (!lv || (rules.consumerCaps && levelIndex === 0)) return { fee: zero, interest: zero, damages: zero };
  let fee = dec(lv.fee);
  if (rules.consumerCaps) fee = Decimal.min(fee, dec(CONSUMER_MAX_REMINDER_FEE));
  const interest = dec(balance).times(lv.interestRate).div(100).times(Math.max(0, daysLate)).div(365);
  const damages =
    lv.damages === 'b2b-40'
      ? dec('40')
      : lv.damages === 'be-b2c-scale'
        ? consumerDamagesCap(balance)
        : dec('0');
  return {
    fee: roundMoney(fee, decimals).toFixed(decimals),
    interest: roundMoney(interest, decimals).toFixed(decimals),
    damages: roundMoney(damages, decimals).toFixed(decimals),
  };
}

export interface ExistingStep {
  level: number;
  repeatIndex: number;
  date: string;
}

export interface Step {
  /** 1-based level of the rules. */
  level: number;
  repeatIndex: number;
}

/**
 * The step an invoice is due for today, or null. Only the level due now is sent: after a run skipped
 * for days, the highest level whose day has come (never a burst of the missed ones); a level at or
 * below one that exists (made by hand or by the run) is not sent again. The last level repeats
 * `repeatEveryDays` after the latest reminder of that level.
 */
export function dueStep(
  rules: ReminderRules,
  dueDate: string,
  today: string,
  existing: readonly ExistingStep[],
): Step | null {
  const late = daysBetween(dueDate, today);
  let reached = 0;
  rules.levels.forEach((lv, i) => {
    if (lv.days <= late) reached = i + 1;
  });
  if (reached === 0) return null;
  const highest = existing.reduce((m, e) => Math.max(m, e.level), 0);
  if (reached > highest) return { level: reached, repeatIndex: 0 };
  const last = rules.levels.length;
  if (rules.repeatEveryDays === null || highest !== last || reached !== last) return null;
  const atLast = existing.filter((e) => e.level === last);
  const latest =
    atLast
      .map((e) => e.date)
      .sort()
      .at(-1) ?? today;
  if (addDays(latest, rules.repeatEveryDays) > today) return null;
  return { level: last, repeatIndex: atLast.reduce((m, e) => Math.max(m, e.repeatIndex), 0) + 1 };
}

/**
 * The next step an invoice will get from `from` (the company's today) to `until`, and its day: the
 * first day in that span on which `dueStep` answers. A step already due is due `from`; otherwise a
 * step can only become due on a level's day (due date + its days) or on the last level's repetition
 * day, so only those days are tried.
 */
export function nextStep(
  rules: ReminderRules,
  dueDate: string,
  from: string,
  until: string,
  existing: readonly ExistingStep[],
): (Step & { on: string }) | null {
  const days = new Set([from, ...rules.levels.map((lv) => addDays(dueDate, lv.days))]);
  const last = rules.levels.length;
  if (rules.repeatEveryDays !== null)
    for (const e of existing) if (e.level === last) days.add(addDays(e.date, rules.repeatEveryDays));
  for (const day of [...days].filter((d) => d >= from && d <= until).sort()) {
    const step = dueStep(rules, dueDate, day, existing);
    if (step) return { ...step, on: day };
  }
  return null;
}

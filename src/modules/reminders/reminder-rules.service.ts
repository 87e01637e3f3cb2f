import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { assertOwned } from '../../platform/db/owned.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { dec } from '../../shared/money.js';
import { checkTemplate } from '../mail/index.js';
import * as repo from './reminder-rules.repository.js';
import {
  CONSUMER_FREE_DAYS,
  CONSUMER_MAX_REMINDER_FEE,
  DEFAULT_RULES,
  PRESETS,
  type PresetName,
  type ReminderRules,
} from './reminder-steps.js';
import type { ReminderRulesInput, ReminderRulesOut } from './reminders.schema.js';

interface Actor {
  userId: string;
}

const COMPANY = 'company';

export const parseRules = (json: string): ReminderRules => JSON.parse(json) as ReminderRules;

function out(
  rules: ReminderRules,
  scope: 'company' | 'customer',
  contactId: string | null,
  row: { updated_at: string } | undefined,
): ReminderRulesOut {
  return {
    scope,
    contactId,
    saved: row !== undefined,
    ...rules,
    levels: rules.levels.map((l) => ({ ...l, templates: { ...l.templates } })),
    updatedAt: row?.updated_at ?? null,
  };
}

/** The rules that apply to the company's invoices: its saved ones, or the built-in three levels (run off). */
export async function companyRules(ctx: AppContext, companyId: string): Promise<ReminderRules> {
  const row = await repo.findRules(ctx.db, { companyId, scope: COMPANY });
  return row ? parseRules(row.rules) : DEFAULT_RULES;
}

/** The rules for one customer: their override, else the company's. */
export async function rulesForContact(ctx: AppContext, companyId: string, contactId: string | null) {
  const own = contactId ? await repo.findRules(ctx.db, { companyId, scope: contactId }) : undefined;
  return own ? parseRules(own.rules) : companyRules(ctx, companyId);
}

export async function getCompanyRules(ctx: AppContext, companyId: string): Promise<ReminderRulesOut> {
  const row = await repo.findRules(ctx.db, { companyId, scope: COMPANY });
  return out(row ? parseRules(row.rules) : DEFAULT_RULES, 'company', null, row);
}

export async function getCustomerRules(ctx: AppContext, companyId: string, contactId: string) {
  await assertOwned(ctx.db, companyId, 'contacts', [{ id: contactId, path: 'contactId' }], 'Contact');
  const row = await repo.findRules(ctx.db, { companyId, scope: contactId });
  return out(row ? parseRules(row.rules) : await companyRules(ctx, companyId), 'customer', contactId, row);
}

const refuse = (path: string, message: string): never => {
  throw new AppError('validation_failed', message, { errors: [{ path, message }] });
};

/**
 * Every rule a level list must keep, each refused naming its field (nothing is stored): days that
 * grow from level to level, templates that parse with only the known variables, and with the
 * consumer caps the limits of the Code of Economic Law, book XIX (law of 4 May 2023): a free first
 * reminder (art. XIX.2, § 1), nothing charged before 14 days after it, fees of at most €7.50 a
 * reminder (art. XIX.4, § 2). The schema already refuses negative days and rates over 100 %.
 */
export async function validateRules(input: ReminderRulesInput): Promise<ReminderRules> {
  const rules: ReminderRules = input;
  for (const [i, lv] of rules.levels.entries()) {
    const prev = rules.levels[i - 1];
    if (prev && lv.days <= prev.days)
      refuse(`levels/${i}/days`, 'Each level comes more days after the due date than the one before');
    for (const [lang, t] of Object.entries(lv.templates)) {
      if (!t) continue;
      const problems = await checkTemplate('reminder', t);
      const first = problems[0];
      if (first) refuse(`levels/${i}/templates/${lang}/${first.field}`, first.message);
    }
    if (!rules.consumerCaps) continue;
    const first = rules.levels[0];
    const charges = !dec(lv.fee).isZero() || !dec(lv.interestRate).isZero() || lv.damages !== 'none';
    if (i === 0 && charges)
      refuse('levels/0/fee', 'A consumer’s first reminder is free (Code of Economic Law, art. XIX.2)');
    if (i > 0 && first && charges && lv.days <= first.days + CONSUMER_FREE_DAYS)
      refuse(
        `levels/${i}/days`,
        'Nothing may be charged to a consumer before 14 days after the first reminder',
      );
    if (dec(lv.fee).gt(CONSUMER_MAX_REMINDER_FEE))
      refuse(`levels/${i}/fee`, 'A reminder to a consumer costs at most €7.50');
    if (lv.damages === 'b2b-40')
      refuse(`levels/${i}/damages`, 'The €40 indemnity is for businesses: use the consumer scale');
  }
  return rules;
}

async function save(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  contactId: string | null,
  rules: ReminderRules,
  action: string,
) {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertRules(trx, {
      id: newId(),
      companyId,
      scope: contactId ?? COMPANY,
      contactId,
      rules: JSON.stringify(rules),
      userId: actor.userId,
      now,
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action,
      entityType: contactId ? 'contact' : 'company',
      entityId: contactId ?? companyId,
      data: { levels: rules.levels.length, enabled: rules.enabled },
      at: now,
    });
  });
}

export async function putCompanyRules(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: ReminderRulesInput,
) {
  await save(ctx, actor, companyId, null, await validateRules(input), 'reminder_rules.updated');
  return getCompanyRules(ctx, companyId);
}

export async function applyPreset(ctx: AppContext, actor: Actor, companyId: string, preset: PresetName) {
  await save(ctx, actor, companyId, null, PRESETS[preset], `reminder_rules.preset.${preset}`);
  return getCompanyRules(ctx, companyId);
}

export async function putCustomerRules(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  contactId: string,
  input: ReminderRulesInput,
) {
  await assertOwned(ctx.db, companyId, 'contacts', [{ id: contactId, path: 'contactId' }], 'Contact');
  await save(ctx, actor, companyId, contactId, await validateRules(input), 'reminder_rules.customer_updated');
  return getCustomerRules(ctx, companyId, contactId);
}

export async function deleteCustomerRules(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  contactId: string,
) {
  await assertOwned(ctx.db, companyId, 'contacts', [{ id: contactId, path: 'contactId' }], 'Contact');
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteRules(trx, { companyId, scope: contactId }))) throw notFound('Reminder rules');
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'reminder_rules.customer_deleted',
      entityType: 'contact',
      entityId: contactId,
      at: now,
    });
  });
}

/** Pauses the reminders of one invoice or of every invoice of a customer (a dispute), with its reason. */
export async function pauseReminders(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  target: { invoiceId: string } | { contactId: string },
  reason: string,
) {
  const invoiceId = 'invoiceId' in target ? target.invoiceId : null;
  const contactId = 'contactId' in target ? target.contactId : null;
  if (invoiceId)
    await assertOwned(ctx.db, companyId, 'documents', [{ id: invoiceId, path: 'invoiceId' }], 'Invoice');
  if (contactId)
    await assertOwned(ctx.db, companyId, 'contacts', [{ id: contactId, path: 'contactId' }], 'Contact');
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertPause(trx, {
      id: newId(),
      companyId,
      invoiceId,
      contactId,
      reason,
      userId: actor.userId,
      now,
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'reminders.paused',
      entityType: invoiceId ? 'invoice' : 'contact',
      entityId: (invoiceId ?? contactId) as string,
      data: { reason },
      at: now,
    });
  });
  return { invoiceId, contactId, reason, pausedAt: now };
}

export async function resumeReminders(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  target: { invoiceId: string } | { contactId: string },
) {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deletePause(trx, { companyId, ...target }))) throw notFound('Pause');
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'reminders.resumed',
      entityType: 'invoiceId' in target ? 'invoice' : 'contact',
      entityId: 'invoiceId' in target ? target.invoiceId : target.contactId,
      at: now,
    });
  });
}

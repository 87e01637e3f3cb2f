import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { decodeKeyset, encodeKeyset } from '../../platform/db/keyset.js';
import { assertOwnedReferences } from '../../platform/db/owned.js';
import { addDays, startOfDayInstant, startOfIsoWeek } from '../../shared/dates.js';
import { AppError, notFound } from '../../shared/errors.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import { companyToday } from '../documents/index.js';
import * as repo from './reminder-lists.repository.js';
import type { ReminderListItem, ReminderListQuery } from './reminder-lists.schema.js';
import * as rulesRepo from './reminder-rules.repository.js';
import { dueForReminder } from './reminder-run.service.js';
import { type ExistingStep, nextStep } from './reminder-steps.js';
import { companyOf, toReminderOut } from './reminders.service.js';

/**
 * The company's reminders as lists (the Reminders page): what was sent, what is due next, what is
 * paused, what waits for the post, and the week's count for the dashboard.
 */

interface Actor {
  userId: string;
}

/** The list's sort, named in the cursor (newest first: by date, then id). */
const SORT = '-date';

const toItem = (r: repo.ReminderListRow): ReminderListItem => ({
  ...toReminderOut(r),
  contactId: r.contact_id,
  contactName: r.contact_name,
});

/** The company's reminders, newest first, filtered; a page and the cursor of the next. */
export async function listCompanyReminders(ctx: AppContext, companyId: string, q: ReminderListQuery) {
  await assertOwnedReferences(ctx.db, companyId, q, 'query/');
  const rows = await repo.listCompanyReminders(ctx.db, {
    companyId,
    level: q.level,
    origin: q.origin,
    delivery: q.delivery,
    mailStatus: q.mailStatus,
    contactId: q.contactId,
    invoiceId: q.invoiceId,
    from: q.from,
    to: q.to,
    cursor: q.cursor ? decodeKeyset(q.cursor, SORT) : undefined,
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toItem),
    nextCursor:
      rows.length > q.limit && last
        ? encodeKeyset({ sort: SORT, value: last.reminder_date, id: last.id })
        : null,
  };
}

/**
 * Each open invoice's next reminder step from today to `days` ahead, with its day, level and
 * customer. The invoices are those the run would find due on the horizon's last day (a step due by
 * then is due then, see `dueStep`), so the work grows with what is due within the horizon, not with
 * every open invoice; `nextStep` then finds the day each one's step comes.
 */
export async function upcomingReminders(ctx: AppContext, companyId: string, q: { days: number }) {
  const company = await companyOf(ctx, companyId);
  const today = companyToday(ctx, company);
  const until = addDays(today, q.days);
  const due = await dueForReminder(ctx, companyId, until);
  const ids = due.map((d) => d.invoiceId);
  const steps = new Map<string, ExistingStep[]>();
  const heads = new Map<string, Awaited<ReturnType<typeof repo.invoiceHeads>>[number]>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const r of await rulesRepo.stepsOf(ctx.db, { companyId, invoiceIds: chunk })) {
      const list = steps.get(r.invoice_id) ?? [];
      list.push({ level: r.level, repeatIndex: r.repeat_index, date: r.reminder_date });
      steps.set(r.invoice_id, list);
    }
    for (const h of await repo.invoiceHeads(ctx.db, { companyId, ids: chunk })) heads.set(h.id, h);
  }
  const items = due.flatMap((d) => {
    const step = nextStep(d.rules, d.dueDate, today, until, steps.get(d.invoiceId) ?? []);
    const head = heads.get(d.invoiceId);
    if (!step || !head) return [];
    return [
      {
        invoiceId: d.invoiceId,
        invoiceNumber: head.number,
        contactId: d.contactId,
        contactName: head.contact_name,
        dueDate: d.dueDate,
        currency: head.currency,
        amountDue: fromMinor(head.balance_minor ?? 0, currencyDecimals(head.currency)),
        level: step.level,
        repeatIndex: step.repeatIndex,
        on: step.on,
      },
    ];
  });
  items.sort(
    (a, b) => a.on.localeCompare(b.on) || (a.invoiceNumber ?? '').localeCompare(b.invoiceNumber ?? ''),
  );
  return { from: today, until, items };
}

/** Reminders waiting for the post (their customer has no e-mail address), oldest first. */
export async function remindersToPrint(ctx: AppContext, companyId: string) {
  return { items: (await repo.listToPrint(ctx.db, { companyId })).map(toItem) };
}

/**
 * Pauses of invoices and of customers (disputes), newest first, with who paused them and why; for one
 * invoice (what stops its reminders) or one customer.
 */
export async function pausedReminders(
  ctx: AppContext,
  companyId: string,
  q: { invoiceId?: string; contactId?: string } = {},
) {
  await assertOwnedReferences(ctx.db, companyId, q, 'query/');
  const rows = await repo.listPauses(ctx.db, { companyId, ...q });
  return {
    items: rows.map((r) => ({
      id: r.id,
      scope: r.invoice_id ? ('invoice' as const) : ('customer' as const),
      invoiceId: r.invoice_id,
      invoiceNumber: r.invoice_number,
      contactId: r.contact_id ?? r.invoice_contact_id,
      contactName: r.contact_name,
      reason: r.reason,
      pausedAt: r.paused_at,
      pausedBy: r.paused_by && r.paused_by_name ? { id: r.paused_by, name: r.paused_by_name } : null,
    })),
  };
}

/**
 * Marks a printed reminder as posted: it leaves the "to print" list and counts as sent. Idempotent:
 * posting it again answers the same reminder and writes no second audit entry.
 */
export async function markReminderPosted(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  reminderId: string,
): Promise<ReminderListItem> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const r = await repo.findListItem(trx, { companyId, reminderId });
    if (!r) throw notFound('Reminder');
    if (r.delivery !== 'print')
      throw new AppError('conflict', 'This reminder goes by e-mail: there is nothing to post');
    if (!(await repo.markPosted(trx, { companyId, reminderId, userId: actor.userId, now }))) return;
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'reminder.posted',
      entityType: 'reminder',
      entityId: reminderId,
      data: { invoiceId: r.invoice_id, level: r.level },
      at: now,
    });
  });
  const row = await repo.findListItem(ctx.db, { companyId, reminderId });
  if (!row) throw notFound('Reminder');
  return toItem(row);
}

/** The week's count for the dashboard (ISO week, Monday, in the company's time zone) and the tabs' counts. */
export async function reminderSummary(ctx: AppContext, companyId: string) {
  const company = await companyOf(ctx, companyId);
  const weekStart = startOfIsoWeek(companyToday(ctx, company));
  const c = await repo.counts(ctx.db, {
    companyId,
    sentSince: startOfDayInstant(weekStart, company.timezone),
  });
  return { weekStart, sentThisWeek: c.sent, toPrint: c.toPrint, paused: c.paused };
}
